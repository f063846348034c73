/** Keyboard movement in the matrix table: arrow keys, Home and End over the cells that hold a control. Pure. */

/** A key that moves the focus in the grid. */
export type GridKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End';

/** Whether `key` is a grid movement key. */
export function isGridKey(key: string): key is GridKey {
  return ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(key);
}

/**
 * The position focus moves to from (`row`, `col`) on `key`, where `present[r][c]` tells whether a control
 * sits there. Cells without one are skipped; at an edge the position stays. Home and End go to the first
 * and last control of the row.
 */
export function moveInGrid(
  present: readonly (readonly boolean[])[],
  row: number,
  col: number,
  key: GridKey,
): [number, number] {
  const has = (r: number, c: number) => present[r]?.[c] === true;
  const cols = present[row]?.length ?? 0;
  if (key === 'Home' || key === 'End') {
    const indexes = [...Array(cols).keys()].filter((c) => has(row, c));
    const target = key === 'Home' ? indexes[0] : indexes.at(-1);
    return [row, target ?? col];
  }
  const steps: Record<typeof key, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
  const [dr, dc] = steps[key];
  for (let r = row + dr, c = col + dc; r >= 0 && r < present.length && c >= 0 && c < cols; r += dr, c += dc) {
    if (has(r, c)) return [r, c];
  }
  return [row, col];
}
