/** UI strings per locale (flat dotted keys; Korean falls back to English) and locale-aware URLs. */
import { localizedPath } from '../domain/urls';
import { fillTemplate } from './format';
import { withParticles } from './particle';
import type { Locale } from '../schemas/common';
import en from './en.json';
import ko from './ko.json';

/** A UI string key. */
export type UiKey = keyof typeof en;

const dictionaries: Record<Locale, Partial<Record<UiKey, string>>> = { en, ko };

/** Returns a translator for `locale`: `t('skills.count', { n: 3 })`. */
export function useTranslations(locale: Locale) {
  return (key: UiKey, vars: Record<string, string | number> = {}): string => {
    return fillTemplate(withParticles(dictionaries[locale][key] ?? en[key], vars), vars, locale);
  };
}

/** The site URL of `path` (e.g. `roles/modeler/`) in `locale`, under the configured base. */
export function url(locale: Locale, path = ''): string {
  return localizedPath(import.meta.env.BASE_URL, locale, path);
}

/** The locale of a page from its `[...lang]` route parameter. */
export function localeFromParam(lang: string | undefined): Locale {
  return lang === 'ko' ? 'ko' : 'en';
}

/** `getStaticPaths` entries for a page that exists once per locale. */
export function localeParams() {
  return [
    { params: { lang: undefined }, props: { locale: 'en' as Locale } },
    { params: { lang: 'ko' }, props: { locale: 'ko' as Locale } },
  ];
}
