/** The UI strings an island needs, translated at build time and passed in `data-strings`. */
import { useTranslations, type UiKey } from '../i18n/index';
import en from '../i18n/en.json';
import type { Locale } from '../schemas/index';

/** Every UI string whose key matches `keys` (plus `skills.area`), translated into `locale`. */
export function islandStringsFor(locale: Locale, keys: RegExp): Record<string, string> {
  const t = useTranslations(locale);
  return Object.fromEntries(
    (Object.keys(en) as UiKey[]).filter((k) => keys.test(k) || k === 'skills.area').map((k) => [k, t(k)]),
  );
}
