/** The built site on disk, for the build and browser tests: where it is, its pages, one page of every kind. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The folder the site was built into (`ATLAS_DIST`, default dist/). */
export const SITE_DIR = process.env.ATLAS_DIST ?? 'dist';
/** The base path the site was built for (`ATLAS_BASE`, default /), always ending with a slash. */
export const SITE_BASE = (process.env.ATLAS_BASE ?? '/').replace(/\/?$/, '/');

/** Every file under `dir`, at any depth. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** Every page of the site: its HTML files, without Pagefind's and Astro's asset folders. */
export function htmlFiles(dir = SITE_DIR): string[] {
  return filesUnder(dir)
    .filter((path) => path.endsWith('.html'))
    .filter((path) => !path.includes(`${sep}pagefind${sep}`) && !path.includes(`${sep}_astro${sep}`))
    .sort();
}

/** The address of an HTML file relative to the base: `roles/x/index.html` → `roles/x/`, `404.html` stays. */
export function pageAddress(file: string, dir = SITE_DIR): string {
  return relative(dir, file).split(sep).join('/').replace(/(^|\/)index\.html$/, '$1');
}

/** A page that stands for all pages of its kind. */
export interface PageKind {
  /** A readable name of the kind, e.g. `roles/… (ko)`. */
  kind: string;
  /** The address of one page of that kind, relative to the base. */
  address: string;
}

/**
 * One page of every kind, in every locale: pages are of one kind when they share locale, first path segment
 * and depth (`roles/` is the roles index, `roles/x/` a role, `404.html` the not-found page). A new section or
 * tool page is picked up as soon as it is built.
 */
export function pageKinds(addresses: string[]): PageKind[] {
  const kinds = new Map<string, string>();
  for (const address of [...addresses].sort()) {
    const locale = address.startsWith('ko/') ? 'ko' : 'en';
    const segments = address.replace(/^ko\//, '').split('/').filter(Boolean);
    const name = segments.length === 0 ? 'home' : [segments[0], ...segments.slice(1).map(() => '…')].join('/');
    const kind = `${name} (${locale})`;
    if (!kinds.has(kind)) kinds.set(kind, address);
  }
  return [...kinds].map(([kind, address]) => ({ kind, address }));
}
