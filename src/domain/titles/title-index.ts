/**
 * The job-title index shipped to the browser: per role its names and job-posting titles (aliases) in both
 * languages, and the canonical words of its name, summary and responsibilities. Built at build time from
 * the roles in content/ (the only place titles are listed), small enough to fetch on first use.
 */
import type { Entry } from '../atlas';
import type { Locale } from '../../schemas/constants';
import type { Role, RoleText } from '../../schemas/role';
import { isHangul, tokenize, words } from './tokens';

/** Version of the index format; the client refuses another. */
export const TITLE_INDEX_VERSION = 1;

/** One role in the title index. */
export interface TitleIndexRole {
  /** Role id (its page is `roles/<id>/`). */
  id: string;
  /** The role's name per locale. */
  name: Record<Locale, string>;
  /** Job-posting titles that usually mean this role, per locale, as written in content/. */
  titles: Record<Locale, string[]>;
  /** Canonical words of its name, summary and responsibilities in both locales, space-separated. */
  words: string;
}

/** The whole title index. */
export interface TitleIndex {
  /** Format version (`TITLE_INDEX_VERSION`). */
  version: number;
  /** Every role, in atlas order. */
  roles: TitleIndexRole[];
}

/** The Korean words written in the roles' names and titles: the vocabulary used to split Korean compounds. */
export function titleVocabulary(roles: readonly Pick<TitleIndexRole, 'name' | 'titles'>[]): Set<string> {
  const all = roles.flatMap((r) => [r.name.en, r.name.ko, ...r.titles.en, ...r.titles.ko]);
  return new Set(all.flatMap((t) => words(t)).filter(isHangul));
}

/** Builds the title index from the roles of the atlas. */
export function buildTitleIndex(roles: readonly Entry<Role, RoleText>[]): TitleIndex {
  const entries = roles.map((role) => ({
    id: role.id,
    name: { en: role.text.en.name, ko: role.text.ko.name },
    titles: { en: [...role.text.en.aliases], ko: [...role.text.ko.aliases] },
  }));
  const vocabulary = titleVocabulary(entries);
  return {
    version: TITLE_INDEX_VERSION,
    roles: entries.map((entry, i) => {
      const text = roles[i]!.text;
      const prose = (['en', 'ko'] as const).flatMap((l) => [text[l].name, text[l].summary, ...text[l].responsibilities]);
      const canon = new Set(prose.flatMap((p) => tokenize(p, vocabulary, 'prose')).map((t) => t.canon));
      return { ...entry, words: [...canon].join(' ') };
    }),
  };
}

/** Whether `value` has the shape of a title index of the current version (the client checks what it fetched). */
export function isTitleIndex(value: unknown): value is TitleIndex {
  if (typeof value !== 'object' || value === null) return false;
  const index = value as Partial<TitleIndex>;
  return (
    index.version === TITLE_INDEX_VERSION &&
    Array.isArray(index.roles) &&
    index.roles.every(
      (r) => typeof r?.id === 'string' && typeof r.words === 'string' && Array.isArray(r.titles?.en) && Array.isArray(r.titles?.ko) && typeof r.name?.en === 'string',
    )
  );
}
