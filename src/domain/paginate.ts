/**
 * Static pagination of index pages: a list longer than a page is split, page 1 keeps the index URL
 * (`glossary/`) and page n lives at `glossary/page/<n>/`, so no index page grows with the atlas. Pure.
 */

/** Entries per index page: past this, an index is split. */
export const PAGE_SIZE = 200;

/** One page of a split list. */
export interface Page<T> {
  /** 1-based page number. */
  number: number;
  /** Entries on this page, in list order. */
  items: T[];
}

/** The number of pages `count` entries fill; an empty list still has one page. */
export function pageCount(count: number, size = PAGE_SIZE): number {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`invalid page size: ${size}`);
  return Math.max(1, Math.ceil(count / size));
}

/** Splits `list` into pages of at most `size` entries; an empty list is one empty page. */
export function paginate<T>(list: readonly T[], size = PAGE_SIZE): Page<T>[] {
  return Array.from({ length: pageCount(list.length, size) }, (_, i) => ({ number: i + 1, items: list.slice(i * size, (i + 1) * size) }));
}

/** The path of page `n` of the index at `section` (`glossary/` → `glossary/page/2/`), locale-free. */
export function pagePath(section: string, n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`invalid page: ${n}`);
  const root = section.replace(/^\/+|\/+$/g, '');
  return n === 1 ? `${root}/` : `${root}/page/${n}/`;
}

/** The page number each id lands on when `ids` are split into pages of `size`. */
export function pageNumbers(ids: readonly string[], size = PAGE_SIZE): Map<string, number> {
  return new Map(ids.map((id, i) => [id, Math.floor(i / size) + 1]));
}

/** A link in the page list: a page number, or a gap between distant pages. */
export type PageLink = { number: number; current: boolean } | { gap: true };

/**
 * The page numbers a pagination bar shows: first, last, and the current page with `around` neighbours on each
 * side, gaps marked; never more than 2 × around + 5 links, however many pages there are.
 */
export function pageLinks(current: number, total: number, around = 2): PageLink[] {
  const shown = new Set([1, total]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= total) shown.add(n);
  const links: PageLink[] = [];
  let previous = 0;
  for (const n of [...shown].sort((a, b) => a - b)) {
    if (n - previous > 1) links.push({ gap: true });
    links.push({ number: n, current: n === current });
    previous = n;
  }
  return links;
}
