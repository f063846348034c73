import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessmentSchema } from '../../src/domain/assessment/schema';
import { sortEntries, type Entry } from '../../src/domain/atlas';
import type { RawText } from '../../src/domain/integrity';
import {
  ASSESSMENT_EXAMPLE, SCHEMA_NAMES, apiItemSchema, buildApiFile, buildApiItem, buildIndex, endpointPath, indexPath, itemPath,
  jsonSchema, schemaPath, type SchemaName,
} from '../../src/domain/open-data';
import { KINDS, KIND_NAMES, LOCALES, type Kind } from '../../src/schemas/index';
import { validTree } from '../fixtures/tree';
import { compile, errorsOf } from '../support/json-schema';

/** The fixture tree parsed through the content schemas and joined per entry, as loadAtlas() does. */
function entriesOf(kind: Kind): Entry<unknown, unknown>[] {
  const tree = validTree()[kind];
  return sortEntries(tree.facts.map((f) => ({
    id: f.id,
    facts: KINDS[kind].facts.parse(f.data),
    text: Object.fromEntries(
      LOCALES.map((l) => [l, KINDS[kind].text.parse(tree.text.find((t) => t.id === f.id && t.locale === l)!.data)]),
    ) as Entry<unknown, unknown>['text'],
  })));
}
const bodyOf = (id: string) => (validTree().guides.text.find((t) => t.id === id) as RawText).body;
const fileOf = (kind: Kind, base = '/') => buildApiFile(base, 'ko', kind, entriesOf(kind));
const itemsOf = (kind: Kind, base = '/') => entriesOf(kind).map((e) => buildApiItem(base, 'ko', kind, e, kind === 'guides' ? bodyOf(e.id) : undefined));
const validator = (name: SchemaName) => compile(jsonSchema(name));

describe('open-data addresses', () => {
  it('puts every file under /api/v1/, not under a locale prefix, and respects a sub-path base', () => {
    expect(endpointPath('/', 'ko', 'roles')).toBe('/api/v1/ko/roles.json');
    expect(endpointPath('/atlas', 'en', 'terms')).toBe('/atlas/api/v1/en/terms.json');
    expect(schemaPath('/atlas/', 'roles.facts')).toBe('/atlas/api/v1/schemas/roles.facts.schema.json');
    expect(indexPath('/atlas/')).toBe('/atlas/api/v1/index.json');
    expect(itemPath('/atlas/', 'ko', 'roles', 'modeler')).toBe('/atlas/api/v1/ko/roles/modeler.json');
  });
});

describe('list files', () => {
  it.each(KIND_NAMES)('builds a %s list from the fixture tree that its published JSON Schema accepts', (kind) => {
    const file = fileOf(kind);
    expect(file).toMatchObject({ $schema: `/api/v1/schemas/${kind}.schema.json`, version: 1, locale: 'ko', kind });
    expect(file.items.map((i) => i.id)).toEqual(entriesOf(kind).map((e) => e.id));
    expect(errorsOf(validator(kind), JSON.parse(JSON.stringify(file)))).toEqual([]);
  });

  it('carries only a title, a summary and the address of each entry file', () => {
    expect(fileOf('terms').items[0]).toEqual({ id: 'qps', title: 'QPS', summary: 'Queries per second.', url: '/api/v1/ko/terms/qps.json' });
    expect(fileOf('guides', '/atlas/').items[0]).toEqual({ id: 'intro', title: 't', summary: 'd', url: '/atlas/api/v1/ko/guides/intro.json' });
  });

  it('names its schema under the site base', () => {
    expect(fileOf('roles', '/atlas/').$schema).toBe('/atlas/api/v1/schemas/roles.schema.json');
  });

  it('refuses a list item without a summary', () => {
    const file = JSON.parse(JSON.stringify(fileOf('terms')));
    delete file.items[0].summary;
    expect(errorsOf(validator('terms'), file).join('\n')).toContain("must have required property 'summary'");
  });
});

describe('entry files', () => {
  it.each(KIND_NAMES)('builds a file per %s entry that its published JSON Schema accepts', (kind) => {
    const items = itemsOf(kind);
    expect(items.map((i) => i.id)).toEqual(entriesOf(kind).map((e) => e.id));
    for (const item of items) {
      expect(item).toMatchObject({ $schema: `/api/v1/schemas/${kind}.item.schema.json`, version: 1, locale: 'ko', kind });
      expect(errorsOf(validator(`${kind}.item`), JSON.parse(JSON.stringify(item))), item.id).toEqual([]);
    }
  });

  it('fills in defaults in the published facts', () => {
    const term = itemsOf('terms')[0]!;
    expect(term.facts).toEqual({ related: [], sources: [], references: ['common usage'] });
    expect(term.text).toEqual({ term: 'QPS', aka: [], definition: 'Queries per second.' });
  });

  it('carries the raw MDX body of a guide in its text', () => {
    expect(itemsOf('guides')[0]!.text).toEqual({ title: 't', description: 'd', body: 'Measure <Term id="qps">QPS</Term>.' });
    expect(() => buildApiItem('/', 'en', 'guides', entriesOf('guides')[0]!)).toThrow('no en body for guide: intro');
  });

  it('refuses to publish data that does not match its schema', () => {
    const [role] = entriesOf('roles') as Entry<{ team: string }, unknown>[];
    role!.facts.team = 'marketing';
    expect(() => buildApiItem('/', 'en', 'roles', role!)).toThrow(/en\/roles\/[a-z-]+\.json does not match its schema/);
  });

  it('rejects, in the published schema, an entry file that lacks a defaulted field', () => {
    const file = JSON.parse(JSON.stringify(itemsOf('terms')[0]));
    delete file.facts.related;
    expect(errorsOf(validator('terms.item'), file).join('\n')).toContain("must have required property 'related'");
    expect(apiItemSchema('terms').safeParse(file).success).toBe(true); // zod fills the default back in
  });
});

describe('content file schemas', () => {
  const factsOf = (kind: Kind) => structuredClone(validTree()[kind].facts[0]!.data) as Record<string, unknown>;

  it.each(KIND_NAMES)('accept every %s facts and prose file of the fixture tree, as authors write them', (kind) => {
    const facts = validator(`${kind}.facts`);
    const text = validator(`${kind}.text`);
    for (const f of validTree()[kind].facts) expect(errorsOf(facts, f.data), f.file).toEqual([]);
    for (const t of validTree()[kind].text) expect(errorsOf(text, t.data), t.file).toEqual([]);
  });

  it('rejects a level outside 0–5 and a team that does not exist', () => {
    const role = factsOf('roles');
    const validate = validator('roles.facts');
    expect(errorsOf(validate, { ...role, expectations: { 'model-conversion': [2, 3, 4, 7] } }).join('\n')).toContain('must be <= 5');
    expect(errorsOf(validate, { ...role, team: 'marketing' }).join('\n')).toContain('must be equal to one of the allowed values');
    expect(KINDS.roles.facts.safeParse({ ...role, team: 'marketing' }).success).toBe(false);
  });

  it('rejects a skill with four level descriptors', () => {
    const skill = structuredClone(validTree().skills.text[0]!.data) as { levels: string[] };
    skill.levels.pop();
    expect(errorsOf(validator('skills.text'), skill).join('\n')).toContain('must NOT have fewer than 5 items');
  });

  it('states the refinements zod cannot translate: a facts file cites something, a path step is a role or a stage', () => {
    expect(errorsOf(validator('terms.facts'), { related: [] })).not.toEqual([]);
    expect(errorsOf(validator('terms.facts'), { references: [] })).not.toEqual([]);
    expect(errorsOf(validator('terms.facts'), { references: ['common usage'] })).toEqual([]);
    const path = factsOf('paths') as { steps: Record<string, unknown>[] };
    path.steps[0] = { id: 'start', stage: 'bootcamp', role: 'modeler' };
    expect(errorsOf(validator('paths.facts'), path).join('\n')).toContain('must match exactly one schema in oneOf');
    path.steps[0] = { id: 'start' };
    expect(errorsOf(validator('paths.facts'), path)).not.toEqual([]);
  });

  it('documents each schema with a title and description', () => {
    for (const name of SCHEMA_NAMES) {
      expect(jsonSchema(name)).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', title: expect.any(String), description: expect.any(String) });
    }
    expect(jsonSchema('roles.facts').title).toBe('Role facts (content/roles/<id>.yaml)');
    expect(jsonSchema('guides.text').title).toBe('Guide front matter (content/guides/<locale>/<id>.mdx)');
  });
});

describe('the assessment schema', () => {
  const validate = validator('assessment');
  const v2 = JSON.parse(readFileSync('test/fixtures/assessment/v2.json', 'utf8'));

  it('accepts an exported file and the documented example', () => {
    expect(errorsOf(validate, v2)).toEqual([]);
    expect(errorsOf(validate, ASSESSMENT_EXAMPLE)).toEqual([]);
    expect(assessmentSchema.safeParse(ASSESSMENT_EXAMPLE).success).toBe(true);
  });

  it('rejects an unknown version, a level of 6 and an unknown field', () => {
    expect(errorsOf(validate, { ...v2, version: 3 })).not.toEqual([]);
    expect(errorsOf(validate, { ...v2, ratings: { 'model-conversion': 6 } })).not.toEqual([]);
    expect(errorsOf(validate, { ...v2, extra: true })).not.toEqual([]);
  });

  it('rejects a version 1 file, which only the site migrates', () => {
    expect(errorsOf(validate, JSON.parse(readFileSync('test/fixtures/assessment/v1.json', 'utf8')))).not.toEqual([]);
  });
});

describe('the API index', () => {
  const counts = Object.fromEntries(KIND_NAMES.map((k, i) => [k, i])) as Record<Kind, number>;
  const index = buildIndex('/atlas/', counts);

  it('lists every kind in both locales with its schema and count', () => {
    expect(index.endpoints).toHaveLength(KIND_NAMES.length * LOCALES.length);
    expect(index.endpoints).toContainEqual({
      locale: 'ko', kind: 'roles', url: '/atlas/api/v1/ko/roles.json', schema: '/atlas/api/v1/schemas/roles.schema.json', count: counts.roles,
      item: '/atlas/api/v1/ko/roles/{id}.json', itemSchema: '/atlas/api/v1/schemas/roles.item.schema.json',
    });
  });

  it('lists every published schema once, and validates against its own schema', () => {
    expect(index.schemas.map((s) => s.name)).toEqual([...new Set(SCHEMA_NAMES)]);
    expect(index.schemas).toHaveLength(2 + KIND_NAMES.length * 4);
    expect(index.$schema).toBe('/atlas/api/v1/schemas/index.schema.json');
    expect(errorsOf(validator('index'), index)).toEqual([]);
  });
});
