import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessmentSchema } from '../../src/domain/assessment/schema';
import { sortEntries, type Entry } from '../../src/domain/atlas';
import type { RawText } from '../../src/domain/integrity';
import {
  ASSESSMENT_EXAMPLE, SCHEMA_NAMES, apiItemSchema, apiPath, buildApiFile, buildApiItem, buildIndex, contentFiles, describeSchema,
  endpointPath, indexPath, itemPath, jsonSchema, schemaPath, type SchemaName,
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
    expect(index.endpoints).toHaveLength(18); // 9 kinds × 2 locales
    expect(index.endpoints).toContainEqual({
      locale: 'ko', kind: 'roles', url: '/atlas/api/v1/ko/roles.json', schema: '/atlas/api/v1/schemas/roles.schema.json', count: counts.roles,
      item: '/atlas/api/v1/ko/roles/{id}.json', itemSchema: '/atlas/api/v1/schemas/roles.item.schema.json',
    });
  });

  it('lists every published schema once, and validates against its own schema', () => {
    expect(new Set(index.schemas.map((s) => s.name)).size).toBe(38); // index, assessment, and 9 kinds × list/item/facts/text
    expect(index.schemas).toHaveLength(38);
    expect(index.$schema).toBe('/atlas/api/v1/schemas/index.schema.json');
    expect(errorsOf(validator('index'), index)).toEqual([]);
  });
});

describe('list files: the title and summary of each kind', () => {
  it.each([
    ['areas', 'serving', 'Serving', 'd'],
    ['skills', 'model-architecture', 'Model conversion', 'Converting models.'],
    ['roles', 'model-engineer', 'Model engineer', 's'],
    ['paths', 'becoming', 't', 's'],
    ['blueprints', 'cards', 't', 's'],
    ['stages', 'serving', 'Serving', 'd'],
    ['rules', 'mobile-serving', 'Serving on the phone', 'Convert the model.'],
    ['guides', 'intro', 't', 'd'],
    ['terms', 'qps', 'QPS', 'Queries per second.'],
  ] as const)('lists %s by the right prose fields', (kind, id, title, summary) => {
    expect(fileOf(kind).items[0]).toEqual({ id, title, summary, url: `/api/v1/ko/${kind}/${id}.json` });
  });

  it('names the file in the error when a list does not match its schema', () => {
    const [term] = entriesOf('terms');
    expect(() => buildApiFile('/', 'en', 'terms', [{ ...term!, id: 'Not_An_Id' }])).toThrow(/^en\/terms\.json does not match its schema:\n/);
  });
});

describe('entry files', () => {
  it('carries the facts with defaults filled in and the text in one locale, under the site base', () => {
    const [term] = entriesOf('terms');
    expect(buildApiItem('/atlas/', 'en', 'terms', term!)).toEqual({
      $schema: '/atlas/api/v1/schemas/terms.item.schema.json',
      version: 1,
      locale: 'en',
      kind: 'terms',
      id: 'qps',
      facts: { related: [], sources: [], references: ['common usage'] },
      text: { term: 'QPS', aka: [], definition: 'Queries per second.' },
    });
  });

  it('adds the MDX body to the text of a guide, and refuses a guide without one', () => {
    const [guide] = entriesOf('guides');
    expect(buildApiItem('/', 'ko', 'guides', guide!, 'Body').text).toEqual({ title: 't', description: 'd', body: 'Body' });
    expect(() => buildApiItem('/', 'ko', 'guides', guide!)).toThrow(new RangeError('no ko body for guide: intro'));
  });

  it('names the entry file in the error when it does not match its schema', () => {
    const [role] = entriesOf('roles') as Entry<{ team: string }, unknown>[];
    expect(() => buildApiItem('/', 'ko', 'roles', { ...role!, facts: { ...role!.facts, team: 'marketing' } })).toThrow(
      /^ko\/roles\/model-engineer\.json does not match its schema:\n/,
    );
  });
});

describe('schema titles and descriptions', () => {
  it.each([
    ['areas', 'Competency area facts (content/areas/<id>.yaml)', 'Competency area prose (content/areas/<locale>/<id>.yaml)'],
    ['skills', 'Skill facts (content/skills/<id>.yaml)', 'Skill prose (content/skills/<locale>/<id>.yaml)'],
    ['roles', 'Role facts (content/roles/<id>.yaml)', 'Role prose (content/roles/<locale>/<id>.yaml)'],
    ['paths', 'Career path facts (content/paths/<id>.yaml)', 'Career path prose (content/paths/<locale>/<id>.yaml)'],
    ['blueprints', 'Team blueprint facts (content/blueprints/<id>.yaml)', 'Team blueprint prose (content/blueprints/<locale>/<id>.yaml)'],
    ['stages', 'Life-cycle stage facts (content/stages/<id>.yaml)', 'Life-cycle stage prose (content/stages/<locale>/<id>.yaml)'],
    ['rules', 'Requirement rule facts (content/rules/<id>.yaml)', 'Requirement rule prose (content/rules/<locale>/<id>.yaml)'],
    ['guides', 'Guide facts (content/guides/<id>.yaml)', 'Guide front matter (content/guides/<locale>/<id>.mdx)'],
    ['terms', 'Glossary term facts (content/terms/<id>.yaml)', 'Glossary term prose (content/terms/<locale>/<id>.yaml)'],
  ] as const)('titles the %s content schemas by noun and file', (kind, facts, text) => {
    expect(describeSchema(`${kind}.facts`).title).toBe(facts);
    expect(describeSchema(`${kind}.text`).title).toBe(text);
  });

  it('describes each kind of schema in a sentence', () => {
    expect(describeSchema('index')).toEqual({ title: 'AI Team Atlas API index', description: 'The index of API v1: every data file and every schema.' });
    expect(describeSchema('assessment')).toEqual({
      title: 'AI Team Atlas self-assessment',
      description: 'A self-assessment as exported and imported by the site (format "ai-team-atlas/assessment", version 2).',
    });
    expect(describeSchema('roles')).toEqual({
      title: 'AI Team Atlas API v1: roles',
      description: 'A list file /api/v1/<locale>/roles.json: every role with its id, name, summary and the URL of its entry file.',
    });
    expect(describeSchema('terms.item')).toEqual({
      title: 'AI Team Atlas API v1: one glossary term',
      description: 'An entry file /api/v1/<locale>/terms/<id>.json: one glossary term with its id, language-neutral facts and text in that locale.',
    });
    expect(describeSchema('skills.facts').description).toBe(
      'Language-neutral facts of a skill, as authors write them; fields with a default may be left out. The build also checks that every id it mentions exists.',
    );
    expect(describeSchema('guides.text').description).toBe('The YAML front matter of a guide in one locale; the MDX body follows it.');
    expect(describeSchema('roles.text').description).toBe('Prose of a role in one locale, as authors write it; fields with a default may be left out.');
  });

  it('puts title and description into the published schema, after $schema', () => {
    const schema = jsonSchema('terms.facts');
    expect(Object.keys(schema).slice(0, 3)).toEqual(['$schema', 'title', 'description']);
    expect(schema.title).toBe('Glossary term facts (content/terms/<id>.yaml)');
  });

  it('never publishes an empty description for a field', () => {
    const empty: string[] = [];
    const walk = (node: unknown, at: string) => {
      if (node === null || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node)) {
        if (key === 'description' && value === '') empty.push(at);
        walk(value, `${at}.${key}`);
      }
    };
    for (const name of SCHEMA_NAMES) walk(jsonSchema(name), name);
    expect(empty).toEqual([]);
  });

  it('describes the fields of a list file and of the index for readers of the JSON Schema', () => {
    const list = jsonSchema('roles') as { properties: Record<string, { description?: string; items?: { properties: Record<string, { description?: string }> } }> };
    expect(list.properties.locale!.description).toBe('Language of the text of every item.');
    expect(list.properties.items!.description).toBe('Every role, in display order.');
    expect(list.properties.items!.items!.properties.title!.description).toBe("The role's name in this locale.");
    expect(list.properties.items!.items!.properties.summary!.description).toBe("The role's summary in this locale.");
    const item = jsonSchema('roles.item') as { properties: Record<string, { description?: string }> };
    expect(item.properties.kind!.description).toBe('Kind of the entry.');
    expect(item.properties.id!.description).toBe('Entry id: stable, kebab-case, the same in every locale.');
  });
});

describe('the API index, written out', () => {
  it('lists 9 kinds × 2 locales and 38 schemas in a fixed order', () => {
    const index = buildIndex('/', { areas: 9, skills: 36, roles: 13, paths: 6, blueprints: 2, stages: 8, rules: 17, guides: 7, terms: 25 });
    expect(index.license).toBe('CC-BY-4.0');
    expect(index.$schema).toBe('/api/v1/schemas/index.schema.json');
    expect(index.endpoints.map((e) => `${e.locale}/${e.kind}:${e.count}`)).toEqual([
      'en/areas:9', 'en/skills:36', 'en/roles:13', 'en/paths:6', 'en/blueprints:2', 'en/stages:8', 'en/rules:17', 'en/guides:7', 'en/terms:25',
      'ko/areas:9', 'ko/skills:36', 'ko/roles:13', 'ko/paths:6', 'ko/blueprints:2', 'ko/stages:8', 'ko/rules:17', 'ko/guides:7', 'ko/terms:25',
    ]);
    expect(index.endpoints[0]).toEqual({
      locale: 'en', kind: 'areas', url: '/api/v1/en/areas.json', schema: '/api/v1/schemas/areas.schema.json', count: 9,
      item: '/api/v1/en/areas/{id}.json', itemSchema: '/api/v1/schemas/areas.item.schema.json',
    });
    const names = index.schemas.map((s) => s.name);
    expect(names).toHaveLength(38);
    expect(names.slice(0, 11)).toEqual(['index', 'areas', 'skills', 'roles', 'paths', 'blueprints', 'stages', 'rules', 'guides', 'terms', 'areas.item']);
    expect(names.slice(-3)).toEqual(['terms.facts', 'terms.text', 'assessment']);
    expect(index.schemas[0]).toEqual({
      name: 'index', url: '/api/v1/schemas/index.schema.json', title: 'AI Team Atlas API index', description: 'The index of API v1: every data file and every schema.',
    });
    expect(index.files).toEqual([]);
  });

  it('refuses a negative count', () => {
    expect(() => buildIndex('/', { areas: -1, skills: 0, roles: 0, paths: 0, blueprints: 0, stages: 0, rules: 0, guides: 0, terms: 0 })).toThrow(
      /^index\.json does not match its schema/,
    );
  });

  it('joins a file name to the API root whatever slashes lead it, and names where authors keep each kind', () => {
    expect(apiPath('/atlas', '//ko/roles.json')).toBe('/atlas/api/v1/ko/roles.json');
    expect(contentFiles('guides')).toEqual({ facts: 'content/guides/<id>.yaml', text: 'content/guides/<locale>/<id>.mdx' });
  });
});
