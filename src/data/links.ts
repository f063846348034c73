/**
 * Links into paginated indexes: which page of the glossary holds a term, which page of the skills index holds
 * a skill. Computed once per build and locale (maps), so a link costs a lookup, not a sort.
 */
import { skillsByArea } from '../domain/atlas';
import { pageNumbers, pagePath } from '../domain/paginate';
import { url } from '../i18n/index';
import type { Locale } from '../schemas/common';
import { loadAtlas } from './atlas';

const glossaries = new Map<Locale, Promise<{ terms: Awaited<ReturnType<typeof loadAtlas>>['terms']; page: Map<string, number> }>>();

/** The glossary in the display order of `locale` (by term, in that language's collation) and each term's page. */
export function glossary(locale: Locale) {
  let entry = glossaries.get(locale);
  if (!entry) {
    entry = loadAtlas().then((atlas) => {
      const collator = new Intl.Collator(locale);
      const terms = [...atlas.terms].sort((a, b) => collator.compare(a.text[locale].term, b.text[locale].term));
      return { terms, page: pageNumbers(terms.map((t) => t.id)) };
    });
    glossaries.set(locale, entry);
  }
  return entry;
}

/** The URL of a glossary term: the glossary page that lists it, at its anchor. */
export async function termHref(locale: Locale, id: string): Promise<string> {
  const { page } = await glossary(locale);
  return url(locale, `${pagePath('glossary', page.get(id) ?? 1)}#${id}`);
}

let skillPages: Promise<Map<string, number>> | undefined;

/** Skills in index order (by area, then display order) and the index page of each. */
export async function skillIndex() {
  const atlas = await loadAtlas();
  const ordered = skillsByArea(atlas).flatMap((g) => g.skills);
  skillPages ??= Promise.resolve(pageNumbers(ordered.map((s) => s.id)));
  return { ordered, page: await skillPages };
}

/** The URL of a skill's area heading on the skills index page that lists the skill. */
export async function skillAreaHref(locale: Locale, skillId: string, areaId: string): Promise<string> {
  const { page } = await skillIndex();
  return url(locale, `${pagePath('skills', page.get(skillId) ?? 1)}#area-${areaId}`);
}
