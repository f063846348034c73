/** `/api/v1/schemas/<name>.schema.json`: the JSON Schemas, generated from the zod schemas at build time. */
import type { APIRoute } from 'astro';
import { SCHEMA_NAMES, jsonSchema, type SchemaName } from '../../../../domain/open-data';

interface Props {
  name: SchemaName;
}

export function getStaticPaths() {
  return SCHEMA_NAMES.map((name) => ({ params: { name }, props: { name } }));
}

export const GET: APIRoute<Props> = ({ props: { name } }) =>
  new Response(JSON.stringify(jsonSchema(name), null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
