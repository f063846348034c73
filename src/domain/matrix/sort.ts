/** Sort orders of the skills matrix: rows by one role's levels, columns by one skill's levels. Pure, no DOM. */

/** Direction of a sort, as `aria-sort` names it. */
export type SortDirection = 'descending' | 'ascending';

/** A sort of one axis: by the levels of the header with id `key`. */
export interface Sort {
  /** Id of the role (sorting rows) or skill (sorting columns) whose levels order the other axis. */
  key: string;
  /** Highest level first (`descending`) or lowest first. */
  direction: SortDirection;
}

/**
 * The sort after activating the header `key`: a new key starts highest first, then lowest first, then the
 * default order again (`null`).
 */
export function nextSort(current: Sort | null, key: string): Sort | null {
  if (current?.key !== key) return { key, direction: 'descending' };
  return current.direction === 'descending' ? { key, direction: 'ascending' } : null;
}

/**
 * The order in which to show `levels` (indexes into it): by level in `direction`, ties and `sort === null`
 * in the default (given) order.
 */
export function sortOrder(levels: readonly number[], direction: SortDirection | null): number[] {
  const indexes = levels.map((_, i) => i);
  if (direction === null) return indexes;
  const sign = direction === 'descending' ? -1 : 1;
  return indexes.sort((a, b) => sign * (levels[a]! - levels[b]!) || a - b);
}

/**
 * The order of items that sit in contiguous groups (`groups[i]` is the group of item i), sorted by level
 * within each group, groups kept in place: area header rows and team header cells stay valid.
 */
export function groupedSortOrder(
  levels: readonly number[],
  groups: readonly string[],
  direction: SortDirection | null,
): number[] {
  if (levels.length !== groups.length) throw new RangeError(`levels and groups differ: ${levels.length} ≠ ${groups.length}`);
  const result: number[] = [];
  let start = 0;
  while (start < levels.length) {
    let end = start;
    while (end < levels.length && groups[end] === groups[start]) end++;
    for (const i of sortOrder(levels.slice(start, end), direction)) result.push(start + i);
    start = end;
  }
  return result;
}
