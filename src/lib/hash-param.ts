/**
 * Reading one parameter of a URL hash, kept apart from the share-link codec (url-state.ts, token.ts) so a
 * page that only reads its hash does not load the compression code.
 */

/** Reads one `name=value` parameter from a URL hash such as `#a=…&b=…`. */
export function hashParam(hash: string, name: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(name) ?? undefined;
}
