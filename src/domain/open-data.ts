/**
 * The knowledge base as open data: the JSON files published under `/api/v1/`, and the JSON Schemas for them,
 * for the content files authors write and for the self-assessment export — all generated from the zod
 * schemas that validate the content. Pure: the endpoints in src/pages/api/ only feed it the loaded atlas.
 */
import { z } from 'astro/zod';
import { toJSONSchema as miniToJSONSchema } from 'zod/mini';
import { KINDS, KIND_NAMES, LOCALES, idSchema, pathStepSchema, type Kind, type Locale } from '../schemas/index';
import { ASSESSMENT_FORMAT, ASSESSMENT_VERSION, assessmentSchema, type Assessment } from './assessment/schema';
import type { Entry } from './atlas';
import { localizedPath } from './urls';

/** Version of the published API; a breaking change is published as a new version next to this one. */
export const API_VERSION = 1;
/** SPDX identifier of the licence of the published content. */
export const CONTENT_LICENSE = 'CC-BY-4.0';

/** A JSON Schema document (draft 2020-12). */
export type JsonSchema = Record<string, unknown>;

/** Name of a published schema: the API index, a list file and an entry file per kind, a content file per kind, the assessment. */
export type SchemaName = 'index' | Kind | `${Kind}.item` | `${Kind}.facts` | `${Kind}.text` | 'assessment';

/** Every published schema name, in the order the index lists them. */
export const SCHEMA_NAMES: readonly SchemaName[] = [
  'index',
  ...KIND_NAMES,
  ...KIND_NAMES.map((kind) => `${kind}.item` as const),
  ...KIND_NAMES.flatMap((kind) => [`${kind}.facts`, `${kind}.text`] as const),
  'assessment',
];

/** The path of a file under the API root, below the site base. The API is not locale-prefixed. */
export function apiPath(base: string, file: string): string {
  return localizedPath(base, 'en', `api/v${API_VERSION}/${file.replace(/^\/+/, '')}`);
}

/** The path of the data file of `kind` in `locale`, e.g. `/api/v1/ko/roles.json`. */
export function endpointPath(base: string, locale: Locale, kind: Kind): string {
  return apiPath(base, `${locale}/${kind}.json`);
}

/** The path of the file of one entry of `kind` in `locale`, e.g. `/api/v1/ko/roles/model-engineer.json`. */
export function itemPath(base: string, locale: Locale, kind: Kind, id: string): string {
  return apiPath(base, `${locale}/${kind}/${id}.json`);
}

/** The path of a published schema, e.g. `/api/v1/schemas/roles.facts.schema.json`. */
export function schemaPath(base: string, name: SchemaName): string {
  return apiPath(base, `schemas/${name}.schema.json`);
}

/** The path of the index that lists every data file and schema. */
export function indexPath(base: string): string {
  return apiPath(base, 'index.json');
}

/** Where authors keep the facts and the prose of `kind`, relative to the project root. */
export function contentFiles(kind: Kind): { facts: string; text: string } {
  return { facts: `content/${kind}/<id>.yaml`, text: `content/${kind}/<locale>/<id>.${KINDS[kind].textExt}` };
}

const NOUNS: Record<Kind, string> = {
  areas: 'competency area',
  skills: 'skill',
  roles: 'role',
  paths: 'career path',
  blueprints: 'team blueprint',
  stages: 'life-cycle stage',
  rules: 'requirement rule',
  guides: 'guide',
  terms: 'glossary term',
};

// zod drops `.refine` when it writes JSON Schema; these keywords state the same rules for other tools.
const CITES_SOMETHING: JsonSchema = {
  anyOf: ['sources', 'references'].map((field) => ({
    type: 'object',
    required: [field],
    properties: { [field]: { type: 'array', minItems: 1 } },
  })),
};
const ROLE_OR_STAGE: JsonSchema = {
  oneOf: ['role', 'stage'].map((field) => ({ type: 'object', required: [field], properties: { [field]: true } })),
};
const REFINEMENTS = new Map<unknown, JsonSchema>([
  ...KIND_NAMES.map((kind) => [KINDS[kind].facts, CITES_SOMETHING] as const),
  [pathStepSchema, ROLE_OR_STAGE],
]);

/** A guide in the API: its front matter plus the MDX body. */
const guideApiTextSchema = KINDS.guides.text.extend({
  body: z.string().describe('The MDX body of the guide, as written (Markdown with a few components such as <Term>).'),
});

/** Fields every API file starts with. */
const envelope = {
  $schema: z.string().describe('Path of the JSON Schema this file follows, below the site base.'),
  version: z.literal(API_VERSION).describe('API version.'),
};

/** The prose fields that name and summarise an entry of each kind, carried by the list files. */
export const SUMMARY_FIELDS: Readonly<Record<Kind, { title: string; summary: string }>> = {
  areas: { title: 'name', summary: 'description' },
  skills: { title: 'name', summary: 'description' },
  roles: { title: 'name', summary: 'summary' },
  paths: { title: 'title', summary: 'summary' },
  blueprints: { title: 'title', summary: 'summary' },
  stages: { title: 'name', summary: 'description' },
  rules: { title: 'name', summary: 'rationale' },
  guides: { title: 'title', summary: 'description' },
  terms: { title: 'term', summary: 'definition' },
};

/**
 * The zod schema of the list file of `kind`: `{ $schema, version, locale, kind, items: [{ id, title, summary, url }] }`.
 * A list carries summaries only, so its size per entry is bounded; the full entry is in its own file at `url`.
 */
export function apiFileSchema(kind: Kind) {
  return z.object({
    ...envelope,
    locale: z.enum(LOCALES).describe('Language of the text of every item.'),
    kind: z.literal(kind).describe('Kind of entry the file lists.'),
    items: z
      .array(
        z.object({
          id: idSchema.describe('Entry id: stable, kebab-case, the same in every locale.'),
          title: z.string().describe(`The ${NOUNS[kind]}'s ${SUMMARY_FIELDS[kind].title} in this locale.`),
          summary: z.string().describe(`The ${NOUNS[kind]}'s ${SUMMARY_FIELDS[kind].summary} in this locale.`),
          url: z.string().describe('Path of the file with the full entry (facts and text), below the site base.'),
        }),
      )
      .describe(`Every ${NOUNS[kind]}, in display order.`),
  });
}

/** The zod schema of the file of one entry: `{ $schema, version, locale, kind, id, facts, text }`. */
export function apiItemSchema(kind: Kind) {
  return z.object({
    ...envelope,
    locale: z.enum(LOCALES).describe('Language of the text.'),
    kind: z.literal(kind).describe('Kind of the entry.'),
    id: idSchema.describe('Entry id: stable, kebab-case, the same in every locale.'),
    // Not described: `.describe()` would clone the schema and lose its entry in REFINEMENTS.
    facts: KINDS[kind].facts,
    text: kind === 'guides' ? guideApiTextSchema : KINDS[kind].text,
  });
}

/** The zod schema of `/api/v1/index.json`. */
export const apiIndexSchema = z.object({
  ...envelope,
  license: z.literal(CONTENT_LICENSE).describe('SPDX identifier of the licence of the content.'),
  endpoints: z
    .array(
      z.object({
        locale: z.enum(LOCALES),
        kind: z.enum(KIND_NAMES as [Kind, ...Kind[]]),
        url: z.string().describe('Path of the data file, below the site base.'),
        schema: z.string().describe('Path of its JSON Schema.'),
        count: z.int().min(0).describe('Number of items.'),
        item: z.string().describe('Path of the file of one entry, with `{id}` standing for the entry id.'),
        itemSchema: z.string().describe('Path of the JSON Schema of an entry file.'),
      }),
    )
    .describe('Every data file: one per locale and kind.'),
  schemas: z
    .array(z.object({ name: z.string(), url: z.string(), title: z.string(), description: z.string() }))
    .describe('Every published JSON Schema.'),
  files: z
    .array(
      z.object({
        locale: z.enum(LOCALES),
        name: z.string().describe('File name without extension, the same in every locale.'),
        url: z.string().describe('Path of the file, below the site base.'),
        mediaType: z.literal('text/csv').describe('Media type: CSV (RFC 4180, UTF-8 with a byte-order mark).'),
        rows: z.int().min(0).describe('Number of data rows, the header row not counted.'),
        description: z.string().describe('What one row holds.'),
      }),
    )
    .describe('Files in other formats than JSON: the skills matrix as CSV, per locale.'),
});

/** One item of a list file: enough to show an entry and fetch the rest. */
export interface ApiSummary {
  id: string;
  title: string;
  summary: string;
  url: string;
}
/** A list file: every entry of one kind in one locale, as summaries. */
export interface ApiFile {
  $schema: string;
  version: typeof API_VERSION;
  locale: Locale;
  kind: Kind;
  items: ApiSummary[];
}
/** The file of one entry: its facts and its text in one locale. */
export interface ApiItem {
  $schema: string;
  version: typeof API_VERSION;
  locale: Locale;
  kind: Kind;
  id: string;
  facts: unknown;
  text: unknown;
}
/** The API index. */
export type ApiIndex = z.output<typeof apiIndexSchema>;

/** Builds the list file of `kind` in `locale` from loaded entries and checks it against its schema. */
export function buildApiFile(base: string, locale: Locale, kind: Kind, entries: readonly Entry<unknown, unknown>[]): ApiFile {
  const { title, summary } = SUMMARY_FIELDS[kind];
  const items = entries.map((entry): ApiSummary => {
    const text = entry.text[locale] as Record<string, string>;
    return { id: entry.id, title: text[title]!, summary: text[summary]!, url: itemPath(base, locale, kind, entry.id) };
  });
  const file: ApiFile = { $schema: schemaPath(base, kind), version: API_VERSION, locale, kind, items };
  assertValid(apiFileSchema(kind), file, `${locale}/${kind}.json`);
  return file;
}

/**
 * Builds the file of one entry of `kind` in `locale` and checks it against its schema. A guide needs `body`,
 * its raw MDX body in `locale`.
 */
export function buildApiItem(base: string, locale: Locale, kind: Kind, entry: Entry<unknown, unknown>, body?: string): ApiItem {
  let text = entry.text[locale];
  if (kind === 'guides') {
    if (body === undefined) throw new RangeError(`no ${locale} body for guide: ${entry.id}`);
    text = { ...(text as object), body };
  }
  const file: ApiItem = { $schema: schemaPath(base, `${kind}.item`), version: API_VERSION, locale, kind, id: entry.id, facts: entry.facts, text };
  assertValid(apiItemSchema(kind), file, `${locale}/${kind}/${entry.id}.json`);
  return file;
}

/** Builds `/api/v1/index.json`: every data file (with its item count) and every schema. */
export function buildIndex(
  base: string,
  counts: Readonly<Record<Kind, number>>,
  files: ApiIndex['files'] = [],
): ApiIndex {
  const index: ApiIndex = {
    $schema: schemaPath(base, 'index'),
    version: API_VERSION,
    license: CONTENT_LICENSE,
    endpoints: LOCALES.flatMap((locale) =>
      KIND_NAMES.map((kind) => ({
        locale,
        kind,
        url: endpointPath(base, locale, kind),
        schema: schemaPath(base, kind),
        count: counts[kind],
        item: itemPath(base, locale, kind, '{id}'),
        itemSchema: schemaPath(base, `${kind}.item`),
      })),
    ),
    schemas: SCHEMA_NAMES.map((name) => {
      const { title, description } = describeSchema(name);
      return { name, url: schemaPath(base, name), title, description };
    }),
    files,
  };
  assertValid(apiIndexSchema, index, 'index.json');
  return index;
}

/** Title and one-sentence description of a published schema. */
export function describeSchema(name: SchemaName): { title: string; description: string } {
  if (name === 'index') {
    return { title: 'AI Team Atlas API index', description: `The index of API v${API_VERSION}: every data file and every schema.` };
  }
  if (name === 'assessment') {
    return {
      title: 'AI Team Atlas self-assessment',
      description: `A self-assessment as exported and imported by the site (format "${ASSESSMENT_FORMAT}", version ${ASSESSMENT_VERSION}).`,
    };
  }
  const [kind, part] = name.split('.') as [Kind, 'item' | 'facts' | 'text' | undefined];
  const noun = NOUNS[kind];
  const files = contentFiles(kind);
  if (part === undefined) {
    return {
      title: `AI Team Atlas API v${API_VERSION}: ${kind}`,
      description: `A list file /api/v${API_VERSION}/<locale>/${kind}.json: every ${noun} with its id, ${SUMMARY_FIELDS[kind].title}, ${SUMMARY_FIELDS[kind].summary} and the URL of its entry file.`,
    };
  }
  if (part === 'item') {
    return {
      title: `AI Team Atlas API v${API_VERSION}: one ${noun}`,
      description: `An entry file /api/v${API_VERSION}/<locale>/${kind}/<id>.json: one ${noun} with its id, language-neutral facts and text in that locale.`,
    };
  }
  if (part === 'facts') {
    return {
      title: `${capitalize(noun)} facts (${files.facts})`,
      description: `Language-neutral facts of a ${noun}, as authors write them; fields with a default may be left out. The build also checks that every id it mentions exists.`,
    };
  }
  return {
    title: `${capitalize(noun)} ${KINDS[kind].textExt === 'mdx' ? 'front matter' : 'prose'} (${files.text})`,
    description:
      KINDS[kind].textExt === 'mdx'
        ? `The YAML front matter of a ${noun} in one locale; the MDX body follows it.`
        : `Prose of a ${noun} in one locale, as authors write it; fields with a default may be left out.`,
  };
}

/**
 * The JSON Schema (draft 2020-12) published as `<name>.schema.json`. API files describe the data as
 * published (every default filled in, no unknown field); content files describe what authors write
 * (`io: 'input'`: fields with a default are optional).
 */
export function jsonSchema(name: SchemaName): JsonSchema {
  const generated = generate(name);
  const { $schema, ...rest } = generated;
  return { $schema, ...describeSchema(name), ...rest };
}

function generate(name: SchemaName): JsonSchema {
  if (name === 'assessment') return miniToJSONSchema(assessmentSchema, { io: 'input' }) as JsonSchema;
  if (name === 'index') return toJsonSchema(apiIndexSchema, 'output');
  const [kind, part] = name.split('.') as [Kind, 'item' | 'facts' | 'text' | undefined];
  if (part === undefined) return toJsonSchema(apiFileSchema(kind), 'output');
  if (part === 'item') return toJsonSchema(apiItemSchema(kind), 'output');
  return toJsonSchema(KINDS[kind][part], 'input');
}

function toJsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  return z.toJSONSchema(schema, {
    io,
    target: 'draft-2020-12',
    unrepresentable: 'throw',
    override: ({ zodSchema, jsonSchema }) => {
      const extra = REFINEMENTS.get(zodSchema);
      if (extra) Object.assign(jsonSchema, extra);
    },
  }) as JsonSchema;
}

/** A small, valid self-assessment file, shown on the Open data page. */
export const ASSESSMENT_EXAMPLE: Assessment = {
  format: ASSESSMENT_FORMAT,
  version: ASSESSMENT_VERSION,
  ratings: { 'model-conversion': 3, 'model-compression': 2, 'inference-serving': 2 },
  target: { role: 'model-engineer', seniority: 'mid' },
  hideExpectations: false,
  snapshots: [{ at: '2026-05-01T09:00:00.000Z', label: 'end of bootcamp', ratings: { 'model-conversion': 2 } }],
  updatedAt: '2026-06-01T09:00:00.000Z',
};

function assertValid(schema: z.ZodType, value: unknown, what: string): void {
  const result = schema.safeParse(value);
  if (!result.success) throw new TypeError(`${what} does not match its schema:\n${z.prettifyError(result.error)}`);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
