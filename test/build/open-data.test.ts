/** The built open data (dist/api/v1/): every file validates against its published schema, as a client would check it. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { KIND_NAMES, LOCALES } from '../../src/schemas/index';
import { createAjv, errorsOf } from '../support/json-schema';
import { readContentTree } from '../support/read-content';
import { SITE_BASE as base, SITE_DIR } from '../support/site';

const API = join(SITE_DIR, 'api/v1');

interface DataFile {
  $schema: string;
  locale: string;
  kind: string;
  items: { id: string; title: string; summary: string; url: string }[];
}
interface EntryFile {
  $schema: string;
  id: string;
  text: Record<string, unknown>;
}
interface Index {
  endpoints: { locale: string; kind: string; url: string; schema: string; count: number; item: string; itemSchema: string }[];
  schemas: { name: string; url: string }[];
}

const readJson = <T = unknown>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
/** The file in dist/ that serves `path`, an absolute path below the site base. */
function distFile(path: string): string {
  if (!path.startsWith(base)) throw new Error(`${path} is not below the site base ${base}`);
  return join(SITE_DIR, path.slice(base.length));
}
/** Every .json file below `dir`, recursively. */
function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsonFiles(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : [],
  );
}
const validators = new Map<string, ValidateFunction>();
/** The validator of a published schema, by its file in dist/. */
function validatorOf(schemaFile: string): ValidateFunction {
  let validate = validators.get(schemaFile);
  if (!validate) {
    validate = createAjv().compile(readJson(schemaFile));
    validators.set(schemaFile, validate);
  }
  return validate;
}
const schemaFile = (name: string) => join(API, 'schemas', `${name}.schema.json`);

describe('the published open data', () => {
  it('has been built', () => {
    expect(existsSync(join(API, 'index.json')), 'run `npm run build` first').toBe(true);
  });

  it('compiles every published schema in strict mode, and lists each in the index', () => {
    const files = jsonFiles(join(API, 'schemas')).sort();
    for (const file of files) expect(() => validatorOf(file), file).not.toThrow();
    const index = readJson<Index>(join(API, 'index.json'));
    expect(index.schemas.map((s) => distFile(s.url)).sort()).toEqual(files);
  });

  it('validates every data file and the index against the schema it names in $schema', () => {
    const files = jsonFiles(API).filter((f) => !f.startsWith(join(API, 'schemas')));
    const index = readJson<Index>(join(API, 'index.json'));
    const entries = index.endpoints.reduce((sum, e) => sum + e.count, 0);
    expect(files).toHaveLength(1 + LOCALES.length * KIND_NAMES.length + entries); // the index, the lists, one file per entry
    for (const file of files) {
      const data = readJson<{ $schema: string }>(file);
      expect(data.$schema, file).toMatch(new RegExp(`^${base}api/v1/schemas/[a-z.]+\\.schema\\.json$`));
      expect(errorsOf(validatorOf(distFile(data.$schema)), data), file).toEqual([]);
    }
  });

  it('lists in the index every kind in both locales, with a file of that many items', () => {
    const index = readJson<Index>(join(API, 'index.json'));
    for (const locale of LOCALES) {
      for (const kind of KIND_NAMES) {
        const endpoint = index.endpoints.find((e) => e.locale === locale && e.kind === kind);
        expect(endpoint, `${locale}/${kind}`).toBeDefined();
        const file = readJson<DataFile>(distFile(endpoint!.url));
        expect(file).toMatchObject({ locale, kind, $schema: endpoint!.schema });
        expect(file.items.length, `${locale}/${kind}`).toBe(endpoint!.count);
        expect(file.items.length, `${locale}/${kind}`).toBeGreaterThan(0);
        for (const item of file.items) {
          expect(item.url, `${locale}/${kind}/${item.id}`).toBe(endpoint!.item.replace('{id}', item.id));
          const entry = readJson<EntryFile>(distFile(item.url));
          expect(entry, item.url).toMatchObject({ id: item.id, $schema: endpoint!.itemSchema });
          expect(item.title, item.url).toMatch(/\S/);
          expect(item.summary, item.url).toMatch(/\S/);
        }
      }
    }
  });

  it('has the same entries in both locales, and the MDX body of every guide', () => {
    for (const kind of KIND_NAMES) {
      const [en, ko] = LOCALES.map((locale) => readJson<DataFile>(join(API, locale, `${kind}.json`)).items.map((i) => i.id));
      expect(ko, kind).toEqual(en);
    }
    for (const locale of LOCALES) {
      for (const guide of readJson<DataFile>(join(API, locale, 'guides.json')).items) {
        expect(readJson<EntryFile>(distFile(guide.url)).text.body, `${locale}/${guide.id}`).toMatch(/\S/);
      }
    }
  });
});

describe('the published content schemas', () => {
  it('accept every facts and prose file in content/ (guides: their front matter)', () => {
    const tree = readContentTree(process.cwd());
    const failures: string[] = [];
    let checked = 0;
    for (const kind of KIND_NAMES) {
      const facts = validatorOf(schemaFile(`${kind}.facts`));
      const text = validatorOf(schemaFile(`${kind}.text`));
      for (const entry of tree[kind].facts) failures.push(...errorsOf(facts, entry.data).map((e) => `${entry.file}: ${e}`));
      for (const entry of tree[kind].text) failures.push(...errorsOf(text, entry.data).map((e) => `${entry.file}: ${e}`));
      checked += tree[kind].facts.length + tree[kind].text.length;
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it('reject a content file with a level out of range', () => {
    const role = readContentTree(process.cwd()).roles.facts[0]!;
    const data = structuredClone(role.data) as { expectations: Record<string, number[]> };
    const skill = Object.keys(data.expectations)[0]!;
    data.expectations[skill] = [1, 2, 3, 9];
    expect(errorsOf(validatorOf(schemaFile('roles.facts')), data)).not.toEqual([]);
  });
});

describe('the cross-walk in the open data', () => {
  const tree = readContentTree(process.cwd());
  it('carries every role\'s ESCO and DDaT links and every skill\'s SFIA link in the entry files of both locales', () => {
    let links = 0;
    for (const locale of LOCALES) {
      for (const kind of ['roles', 'skills'] as const) {
        for (const entry of tree[kind].facts) {
          const field = kind === 'roles' ? 'crosswalk' : 'sfia';
          const published = readJson<{ facts: Record<string, unknown> }>(join(API, locale, kind, `${entry.id}.json`)).facts[field];
          const written = (entry.data as Record<string, unknown>)[field];
          expect(published, `${locale}/${kind}/${entry.id}`).toEqual(written);
          if (written) links++;
        }
      }
    }
    expect(links).toBeGreaterThan(2 * 40);
  });

  it('publish schemas that state the code formats, so other tools reject a malformed code', () => {
    const role = structuredClone(tree.roles.facts.find((r) => (r.data as { crosswalk?: unknown }).crosswalk)!.data) as {
      crosswalk: { esco?: { uri: string; code: string }; ddat?: { url: string } };
    };
    const roleFacts = validatorOf(schemaFile('roles.facts'));
    expect(errorsOf(roleFacts, role)).toEqual([]);
    const badUri = structuredClone(role);
    badUri.crosswalk.esco = { ...badUri.crosswalk.esco!, uri: 'http://data.europa.eu/esco/skill/258e46f9-0075-4a2e-adae-1ff0477e0f30' };
    expect(errorsOf(roleFacts, badUri)).not.toEqual([]);
    const badCode = structuredClone(role);
    badCode.crosswalk.esco = { ...badCode.crosswalk.esco!, code: '2511' };
    expect(errorsOf(roleFacts, badCode)).not.toEqual([]);
    const badHost = structuredClone(role);
    badHost.crosswalk.ddat = { role: 'Data engineer', url: 'https://example.com/role/data-engineer', match: 'close' } as never;
    expect(errorsOf(roleFacts, badHost)).not.toEqual([]);
    const skill = structuredClone(tree.skills.facts.find((e) => (e.data as { sfia?: unknown }).sfia)!.data) as { sfia: { code: string } };
    const skillFacts = validatorOf(schemaFile('skills.facts'));
    expect(errorsOf(skillFacts, skill)).toEqual([]);
    expect(errorsOf(skillFacts, { ...skill, sfia: { ...skill.sfia, code: 'Mlng' } })).not.toEqual([]);
  });
});

describe('the published assessment schema', () => {
  it('accepts an exported assessment file', () => {
    const exported = readJson('test/fixtures/assessment/v2.json');
    expect(errorsOf(validatorOf(schemaFile('assessment')), exported)).toEqual([]);
  });
});
