/** The page's URL hash as tool state: read a parameter, write parameters without a history entry, clear. */
import { hashParam } from '../lib/url-state';

/** The value of `name` in the current location's hash, if any. */
export function readHash(name: string): string | undefined {
  return hashParam(location.hash, name);
}

/** Replaces the hash with `params` (in order), without adding a history entry. */
export function writeHash(params: Readonly<Record<string, string>>): void {
  const hash = new URLSearchParams(params).toString();
  history.replaceState(null, '', `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`);
}

/** A full link to this page carrying `params` in its hash. */
export function linkWithHash(page: string, params: Readonly<Record<string, string>>): string {
  return new URL(`${page}#${new URLSearchParams(params).toString()}`, location.href).href;
}
