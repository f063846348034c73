/**
 * All content queries live here; pages only consume `loadAtlas()`. Loading also runs the integrity check
 * (src/domain/integrity), so `astro build` fails on a dangling reference or a missing locale, naming the file.
 */
import { AstroError } from 'astro/errors';
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortEntries, type Atlas, type Entry } from '../domain/atlas';
import { checkContent, formatProblems, type ContentTree } from '../domain/integrity';
import { KIND_NAMES, LOCALES, type Kind, type Locale } from '../schemas/index';

type TextCollection = `${Kind}Text`;

let cached: Promise<Atlas> | undefined;

/** Loads, checks and joins the whole knowledge base (once per build). */
export function loadAtlas(): Promise<Atlas> {
  cached ??= load();
  return cached;
}

/** Guide prose entries by `<locale>/<id>`, from the one `getCollection` call that `load()` makes. */
let guideTexts: Map<string, CollectionEntry<'guidesText'>> | undefined;

/** The guide prose entry, for `render()`. O(1): no page queries a collection. */
export async function guideEntry(locale: Locale, id: string): Promise<CollectionEntry<'guidesText'>> {
  await loadAtlas();
  const entry = guideTexts?.get(`${locale}/${id}`);
  if (!entry) throw new AstroError(`No ${locale} text for guide "${id}".`);
  return entry;
}

/** The raw MDX body of the guide `id` in `locale` (published as open data). */
export async function guideBody(locale: Locale, id: string): Promise<string> {
  return (await guideEntry(locale, id)).body ?? '';
}

async function load(): Promise<Atlas> {
  const tree = {} as ContentTree;
  const raw = {} as Record<Kind, { facts: CollectionEntry<Kind>[]; text: CollectionEntry<TextCollection>[] }>;
  for (const kind of KIND_NAMES) {
    const facts = await getCollection(kind);
    const text = await getCollection(`${kind}Text` as TextCollection);
    raw[kind] = { facts, text };
    tree[kind] = {
      facts: facts.map((e) => ({ id: e.id, file: e.filePath ?? `content/${kind}/${e.id}.yaml`, data: e.data })),
      text: text.map((e) => {
        const [locale = '', id = ''] = e.id.split('/');
        return { id, locale, file: e.filePath ?? `content/${kind}/${e.id}`, data: e.data, ...(e.body ? { body: e.body } : {}) };
      }),
    };
  }
  const problems = checkContent(tree);
  if (problems.length > 0) {
    throw new AstroError(
      `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${formatProblems(problems)}`,
      'Fix each file named above; every entry needs a facts file and one prose file per locale (en, ko), and every id it mentions must exist.',
    );
  }
  guideTexts = new Map((raw.guides.text as CollectionEntry<'guidesText'>[]).map((e) => [e.id, e]));
  const atlas = {} as Record<Kind, Entry<unknown, unknown>[]>;
  for (const kind of KIND_NAMES) {
    const text = new Map<string, unknown>(raw[kind].text.map((t) => [t.id, t.data])); // `<locale>/<id>` → prose
    atlas[kind] = sortEntries(
      raw[kind].facts.map((f) => ({
        id: f.id,
        facts: f.data,
        text: Object.fromEntries(LOCALES.map((locale) => [locale, text.get(`${locale}/${f.id}`)])) as Record<Locale, unknown>,
      })),
    );
  }
  return atlas as unknown as Atlas;
}
