/** UI strings for an island: the server passes the translated strings in `data-strings`; placeholders are filled here. */
import { fillTemplate } from '../i18n/format';

/** Rewrites a template before it is filled (src/i18n/particle.ts `withParticles`). */
type Prepare = (template: string, vars: Readonly<Record<string, string | number>>) => string;

/**
 * A translator over the strings of one element: `t('team.gaps', { n: 3 })`; an unknown key returns the key.
 * An island whose Korean strings put a particle after a value passes `withParticles` (src/i18n/particle.ts).
 */
export function islandStrings(host: HTMLElement, prepare: Prepare = (s) => s): (key: string, vars?: Record<string, string | number>) => string {
  const strings = JSON.parse(host.dataset.strings ?? '{}') as Record<string, string>;
  const locale = document.documentElement.lang || 'en';
  return (key, vars = {}) => fillTemplate(prepare(strings[key] ?? key, vars), vars, locale);
}

/** Reads a JSON `data-*` attribute of the host element. */
export function islandData<T>(host: HTMLElement, name: string): T {
  return JSON.parse(host.dataset[name] ?? 'null') as T;
}
