/** A strict JSON Schema (draft 2020-12) validator as a third party would use it, for the published schemas. */
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import type { JsonSchema } from '../../src/domain/open-data';

/** Ajv in strict mode, with the one string format the schemas use (`date-time`, also pinned by a pattern). */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
  return ajv;
}

/** Compiles `schema` with a fresh validator. */
export function compile(schema: JsonSchema): ValidateFunction {
  return createAjv().compile(schema);
}

/** Validates `data`; returns Ajv's errors as readable lines (empty when valid). */
export function errorsOf(validate: ValidateFunction, data: unknown): string[] {
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
