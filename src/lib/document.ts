/**
 * Versioned JSON documents (files, stored values and URL payloads) validated by one zod/mini schema.
 *
 * A format names its tag, its current version and schema, the largest accepted input, and optionally how
 * to migrate earlier versions. `decodeDocument` never throws; `encodeDocument` refuses a value its own
 * schema would refuse, so nothing is written that the next read would reject.
 */
import * as z from 'zod/mini';

/**
 * When something was saved: an ISO 8601 UTC date-time as `Date.prototype.toISOString` writes it (seconds and
 * fractions optional, as zod's `z.iso.datetime()` accepts). A regular expression instead of that helper keeps
 * zod's date-time format builder out of every tool page's JavaScript.
 */
export const timestamp = () =>
  z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?Z$/, 'an ISO 8601 UTC date-time'));

/** A versioned document format. */
export interface DocumentFormat<T> {
  /** Tag in the document's `format` field, e.g. `ai-team-atlas/assessment`. */
  format: string;
  /** Current version, in the document's `version` field. */
  version: number;
  /** Schema of the current version (it checks `format` and `version` too). */
  schema: z.ZodMiniType<T>;
  /** Largest accepted input, in UTF-8 bytes. */
  maxBytes: number;
  /**
   * Turns an earlier version into the current shape (or returns the error of that version's schema), or
   * returns undefined when `data` is not an earlier version.
   */
  migrate?: (data: Record<string, unknown>) => { from: number; value: unknown } | { from: number; error: z.core.$ZodError } | undefined;
}

/** Why a document was refused. */
export type DocumentFailure =
  | { reason: 'too-large'; bytes: number }
  | { reason: 'not-json' }
  | { reason: 'wrong-format' }
  | { reason: 'unsupported-version'; version: unknown }
  | { reason: 'invalid'; field: string; message: string };

/** A decoded document, or why it was refused. */
export type Decoded<T> = { ok: true; value: T; migratedFrom?: number } | ({ ok: false } & DocumentFailure);

/** An encoded document, or why the value was refused. */
export type Encoded = { ok: true; text: string } | ({ ok: false } & DocumentFailure);

/** Byte length of a string in UTF-8. */
export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Parses and validates a document's text: size, JSON, format tag, version (migrating earlier ones), schema. */
export function decodeDocument<T>(format: DocumentFormat<T>, text: string): Decoded<T> {
  const bytes = byteLength(text);
  if (bytes > format.maxBytes) return { ok: false, reason: 'too-large', bytes };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  return parseDocument(format, data);
}

/** Validates an already parsed document (see {@link decodeDocument}). */
export function parseDocument<T>(format: DocumentFormat<T>, data: unknown): Decoded<T> {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { ok: false, reason: 'wrong-format' };
  const record = data as Record<string, unknown>;
  const migrated = format.migrate?.(record);
  if (migrated) {
    if ('error' in migrated) return invalid(migrated.error);
    const parsed = format.schema.safeParse(migrated.value);
    return parsed.success ? { ok: true, value: parsed.data, migratedFrom: migrated.from } : invalid(parsed.error);
  }
  if (record.format !== format.format) return { ok: false, reason: 'wrong-format' };
  if (record.version !== format.version) return { ok: false, reason: 'unsupported-version', version: record.version };
  const parsed = format.schema.safeParse(data);
  return parsed.success ? { ok: true, value: parsed.data } : invalid(parsed.error);
}

/** Validates a value against its format and serialises it; refuses what {@link decodeDocument} would refuse. */
export function encodeDocument<T>(format: DocumentFormat<T>, value: T): Encoded {
  const parsed = format.schema.safeParse(value);
  if (!parsed.success) return invalid(parsed.error);
  const text = JSON.stringify(parsed.data, null, 2);
  const bytes = byteLength(text);
  if (bytes > format.maxBytes) return { ok: false, reason: 'too-large', bytes };
  return { ok: true, text };
}

/** The first schema issue as a refusal naming the field. */
export function invalid(error: z.core.$ZodError): { ok: false; reason: 'invalid'; field: string; message: string } {
  const issue = error.issues[0];
  return {
    ok: false,
    reason: 'invalid',
    field: issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '(document)',
    message: issue?.message ?? 'does not match the format',
  };
}
