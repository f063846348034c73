/**
 * The content integrity check: validates every entry against its schema and checks what schemas cannot —
 * references between entries, both locales present and agreeing, sane role expectations. Pure: it takes
 * the raw content tree and returns problems; the build (src/data/atlas.ts) and the content tests throw
 * when the list is not empty.
 */
import type { z } from 'astro/zod';
import { KINDS, KIND_NAMES, LOCALES, SENIORITIES, type Kind } from '../schemas/index';
import { checkCrosswalk } from './integrity-crosswalk';

/** One content file as read from disk (or from Astro's data store). */
export interface RawEntry {
  /** Entry id: the kebab-case file name. */
  id: string;
  /** Path of the file, relative to the project root. */
  file: string;
  /** Parsed but unvalidated data (YAML document or MDX front matter). */
  data: unknown;
}

/** A prose file: an entry in one locale. */
export interface RawText extends RawEntry {
  /** Locale folder the file sits in. */
  locale: string;
  /** MDX body, for guides. */
  body?: string;
}

/** The whole content tree, per kind. */
export type ContentTree = Record<Kind, { facts: RawEntry[]; text: RawText[] }>;

/** One thing wrong with the content. */
export interface Problem {
  /** File to fix, relative to the project root. */
  file: string;
  /** Field inside the file, dotted (`expectations.model-conversion.2`), or empty for the whole file. */
  field: string;
  /** What is wrong and what is allowed. */
  message: string;
  /** The offending value, when there is one. */
  value?: string;
}

const LOCALE_NAMES: Record<string, string> = { en: 'English', ko: 'Korean' };

/** Renders problems as one readable block, one line per problem. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems
    .map((p) => {
      const where = p.field ? `${p.file} › ${p.field}` : p.file;
      const found = p.value === undefined ? '' : ` (found: ${p.value})`;
      return `- ${where}: ${p.message}${found}`;
    })
    .join('\n');
}

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
}

function pick(data: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = data;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

function validate<S extends z.ZodType>(schema: S, entry: RawEntry, problems: Problem[]): z.output<S> | undefined {
  const result = schema.safeParse(entry.data ?? {});
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const value = pick(entry.data, issue.path);
    problems.push({
      file: entry.file,
      field: issue.path.map(String).join('.'),
      message: issue.message,
      ...(value === undefined ? {} : { value: show(value) }),
    });
  }
  return undefined;
}

type Parsed<K extends Kind> = {
  facts: Map<string, { entry: RawEntry; data: z.output<(typeof KINDS)[K]['facts']> }>;
  text: Map<string, { entry: RawText; data: z.output<(typeof KINDS)[K]['text']> }>;
};

/** Checks the whole tree and returns every problem found (empty when the content is sound). */
export function checkContent(tree: ContentTree, locales: readonly string[] = LOCALES): Problem[] {
  const problems: Problem[] = [];
  const parsed = {} as { [K in Kind]: Parsed<K> };

  for (const kind of KIND_NAMES) {
    const spec = KINDS[kind];
    const facts = new Map();
    const text = new Map();
    for (const entry of tree[kind].facts) {
      const data = validate(spec.facts, entry, problems);
      if (data) facts.set(entry.id, { entry, data });
    }
    for (const entry of tree[kind].text) {
      if (!locales.includes(entry.locale)) {
        problems.push({
          file: entry.file,
          field: '',
          message: `locale folder "${entry.locale}" is not a site locale; allowed: ${locales.join(', ')}`,
        });
        continue;
      }
      const data = validate(spec.text, entry, problems);
      if (data) text.set(`${entry.locale}/${entry.id}`, { entry, data });
    }
    parsed[kind] = { facts, text } as never;

    // Every entry exists in every locale, and no prose file lacks its facts.
    const factIds = new Set(tree[kind].facts.map((e) => e.id));
    const texts = new Set(tree[kind].text.map((t) => `${t.locale}/${t.id}`)); // one lookup per entry and locale, not a scan
    const dir = `content/${kind}`;
    for (const entry of tree[kind].facts) {
      for (const locale of locales) {
        if (!texts.has(`${locale}/${entry.id}`)) {
          problems.push({
            file: entry.file,
            field: '',
            message: `missing ${LOCALE_NAMES[locale] ?? locale} (${locale}) text: create ${dir}/${locale}/${entry.id}.${spec.textExt}`,
          });
        }
      }
    }
    for (const entry of tree[kind].text) {
      if (!factIds.has(entry.id)) {
        problems.push({
          file: entry.file,
          field: '',
          message: `no language-neutral facts for "${entry.id}": create ${dir}/${entry.id}.yaml or rename this file`,
        });
      }
    }
  }

  const ids = (kind: Kind) => new Set(tree[kind].facts.map((e) => e.id));
  const known = { areas: ids('areas'), skills: ids('skills'), roles: ids('roles'), terms: ids('terms') };
  const ref = (file: string, field: string, value: string, kind: keyof typeof known) => {
    if (known[kind].has(value)) return;
    const sample = [...known[kind]].slice(0, 6).join(', ');
    problems.push({
      file,
      field,
      value: show(value),
      message: `no ${kind.replace(/s$/, '')} has this id; allowed: an id of a file in content/${kind}/ (${sample}${known[kind].size > 6 ? ', …' : ''})`,
    });
  };
  const refs = (file: string, field: string, values: readonly string[], kind: keyof typeof known) =>
    values.forEach((v, i) => ref(file, `${field}.${i}`, v, kind));

  for (const { entry, data } of parsed.areas.facts.values()) {
    for (const other of parsed.areas.facts.values()) {
      if (other.entry.id < entry.id && other.data.order === data.order) {
        problems.push({ file: entry.file, field: 'order', value: show(data.order), message: `another area (${other.entry.file}) has the same order; each axis needs its own position` });
      }
    }
  }
  for (const { entry, data } of parsed.skills.facts.values()) {
    ref(entry.file, 'area', data.area, 'areas');
    refs(entry.file, 'terms', data.terms, 'terms');
  }
  for (const { entry, data } of parsed.roles.facts.values()) {
    refs(entry.file, 'collaborators', data.collaborators, 'roles');
    refs(entry.file, 'next', data.next, 'roles');
    refs(entry.file, 'terms', data.terms, 'terms');
    for (const [skill, levels] of Object.entries(data.expectations)) {
      ref(entry.file, `expectations.${skill}`, skill, 'skills');
      for (let i = 1; i < levels.length; i++) {
        if (levels[i]! < levels[i - 1]!) {
          problems.push({
            file: entry.file,
            field: `expectations.${skill}`,
            value: show(levels),
            message: `${SENIORITIES[i]} expects less (${levels[i]}) than ${SENIORITIES[i - 1]} (${levels[i - 1]}); allowed: levels that never decrease from junior to lead`,
          });
        }
      }
    }
  }
  for (const locale of locales) checkTitles([...parsed.roles.text.values()].filter((t) => t.entry.locale === locale), problems);
  checkCrosswalk([...parsed.roles.facts.values()], [...parsed.roles.text.values()], [...parsed.skills.facts.values()], problems);
  for (const { entry, data } of parsed.paths.facts.values()) {
    const stepIds = data.steps.map((s) => s.id);
    data.steps.forEach((step, i) => {
      if (step.role) ref(entry.file, `steps.${i}.role`, step.role, 'roles');
      if (stepIds.indexOf(step.id) !== i) {
        problems.push({ file: entry.file, field: `steps.${i}.id`, value: show(step.id), message: 'step ids must be unique within a path' });
      }
    });
    for (const locale of locales) {
      const text = parsed.paths.text.get(`${locale}/${entry.id}`);
      if (text) sameKeys(text.entry.file, 'steps', Object.keys(text.data.steps), stepIds, entry.file, problems);
    }
  }
  for (const { entry, data } of parsed.blueprints.facts.values()) {
    data.teams.forEach((team, t) =>
      team.members.forEach((m, i) => ref(entry.file, `teams.${t}.members.${i}.role`, m.role, 'roles')),
    );
    for (const locale of locales) {
      const text = parsed.blueprints.text.get(`${locale}/${entry.id}`);
      if (text) sameKeys(text.entry.file, 'teams', Object.keys(text.data.teams), data.teams.map((t) => t.team), entry.file, problems);
    }
  }
  for (const { entry, data } of parsed.rules.facts.values()) {
    data.requires.forEach((line, i) => {
      ref(entry.file, `requires.${i}.skill`, line.skill, 'skills');
      if (data.requires.findIndex((other) => other.skill === line.skill) !== i) {
        problems.push({ file: entry.file, field: `requires.${i}.skill`, value: show(line.skill), message: 'a rule requires each skill once; merge the two lines' });
      }
    });
  }
  for (const { entry, data } of parsed.stages.facts.values()) {
    ref(entry.file, 'owner', data.owner, 'roles');
    refs(entry.file, 'contributors', data.contributors, 'roles');
  }
  for (const { entry, data } of parsed.guides.facts.values()) {
    refs(entry.file, 'roles', data.roles, 'roles');
    refs(entry.file, 'terms', data.terms, 'terms');
  }
  for (const { entry } of parsed.guides.text.values()) {
    for (const [, tag, id] of (entry.body ?? '').matchAll(/<(Term|RoleLink)\s+id=["']([^"']*)["']/g)) {
      ref(entry.file, `body <${tag}>`, id!, tag === 'Term' ? 'terms' : 'roles');
    }
  }
  for (const { entry, data } of parsed.terms.facts.values()) refs(entry.file, 'related', data.related, 'terms');

  return problems;
}

/** Locale prose keyed by language-neutral ids must use exactly the ids of the facts file. */
function sameKeys(file: string, field: string, keys: string[], expected: string[], factsFile: string, problems: Problem[]) {
  for (const key of keys) {
    if (!expected.includes(key)) {
      problems.push({ file, field: `${field}.${key}`, message: `not in ${factsFile}; allowed: ${expected.join(', ')}` });
    }
  }
  for (const key of expected) {
    if (!keys.includes(key)) {
      problems.push({ file, field: `${field}.${key}`, message: `missing: ${factsFile} lists it, so every locale must describe it` });
    }
  }
}

/** A job title as compared between roles: case-insensitive, white space collapsed. */
export function titleKey(title: string): string {
  return title.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Job titles of one locale: a title listed by two roles needs a note on both saying how to tell them apart,
 * and every note must belong to one of the role's own titles.
 */
function checkTitles(roles: { entry: RawText; data: { aliases: string[]; titleNotes: Record<string, string> } }[], problems: Problem[]) {
  const owners = new Map<string, Set<string>>();
  for (const { entry, data } of roles) {
    for (const alias of data.aliases) {
      const key = titleKey(alias);
      owners.set(key, (owners.get(key) ?? new Set()).add(entry.id));
    }
  }
  for (const { entry, data } of roles) {
    for (const alias of data.aliases) {
      const others = [...owners.get(titleKey(alias))!].filter((id) => id !== entry.id);
      if (others.length && !data.titleNotes[alias]) {
        problems.push({
          file: entry.file,
          field: 'titleNotes',
          value: show(alias),
          message: `this title is also listed by ${others.join(', ')}; add titleNotes["${alias}"] saying how to tell the roles apart from a posting's text`,
        });
      }
    }
    for (const key of Object.keys(data.titleNotes)) {
      if (!data.aliases.includes(key)) {
        problems.push({
          file: entry.file,
          field: `titleNotes.${key}`,
          message: 'a note must be keyed by one of this role\'s aliases, exactly as listed; allowed: ' + data.aliases.map((a) => JSON.stringify(a)).join(', '),
        });
      }
    }
  }
}

