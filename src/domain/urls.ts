/** Builds internal URLs. Every link of the site goes through this, so a sub-path base and the locale hold. */

/** Joins `base`, the locale prefix (none for English) and `path`; the result ends with `/` unless it names a file. */
export function localizedPath(base: string, locale: 'en' | 'ko', path = ''): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const prefix = locale === 'en' ? '' : `${locale}/`;
  const clean = path.replace(/^\/+/, '');
  const [pathname = '', hash] = clean.split('#');
  const isFile = /\.[a-z0-9]+$/i.test(pathname);
  const withSlash = pathname === '' || isFile || pathname.endsWith('/') ? pathname : `${pathname}/`;
  return `${root}${prefix}${withSlash}${hash === undefined ? '' : `#${hash}`}`;
}

/** The path of the same page in the other locale, given the current pathname and the base. */
export function switchLocale(base: string, pathname: string, to: 'en' | 'ko'): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  let rest = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\/+/, '');
  if (rest === 'ko' || rest.startsWith('ko/')) rest = rest.slice(2).replace(/^\//, '');
  return localizedPath(base, to, rest);
}
