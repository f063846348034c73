/** The page's URL hash as tool state: read a parameter, write parameters without a history entry, build a link and offer it to copy. */
import { hashParam } from '../lib/hash-param';

/** `a=1&b=x:y,z` from parameters; `:` and `,` stay readable (both are allowed in a fragment). */
function hashOf(params: Readonly<Record<string, string>>): string {
  return Object.entries(params)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v).replace(/%3A/gi, ':').replace(/%2C/gi, ',')}`)
    .join('&');
}

/** The value of `name` in the current location's hash, if any. */
export function readHash(name: string): string | undefined {
  return hashParam(location.hash, name);
}

/** Replaces the hash with `params` (in order), without adding a history entry. */
export function writeHash(params: Readonly<Record<string, string>>): void {
  const hash = hashOf(params);
  history.replaceState(null, '', `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`);
}

/** A full link to `page` carrying `params` in its hash. */
export function linkWithHash(page: string, params: Readonly<Record<string, string>>): string {
  return new URL(`${page}#${hashOf(params)}`, location.href).href;
}

/** Shows `link` in its read-only field, selects it and copies it when the browser allows; resolves to whether it was copied. */
export async function offerLink(field: HTMLInputElement, link: string): Promise<boolean> {
  field.value = link;
  field.select();
  try {
    await navigator.clipboard.writeText(link);
    return true;
  } catch {
    return false;
  }
}
