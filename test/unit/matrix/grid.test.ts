import { describe, expect, it } from 'vitest';
import { isGridKey, moveInGrid } from '../../../src/domain/matrix/grid';

// Header row: an empty corner, then two role buttons; two skill rows of header + two cells.
const grid = [
  [false, true, true],
  [true, true, true],
  [true, true, true],
];

describe('moving in the matrix grid', () => {
  it('moves one cell with the arrow keys', () => {
    expect(moveInGrid(grid, 1, 1, 'ArrowDown')).toEqual([2, 1]);
    expect(moveInGrid(grid, 1, 1, 'ArrowUp')).toEqual([0, 1]);
    expect(moveInGrid(grid, 1, 1, 'ArrowLeft')).toEqual([1, 0]);
    expect(moveInGrid(grid, 1, 1, 'ArrowRight')).toEqual([1, 2]);
  });

  it('stays at the edges and does not enter the empty corner', () => {
    expect(moveInGrid(grid, 0, 1, 'ArrowUp')).toEqual([0, 1]);
    expect(moveInGrid(grid, 0, 1, 'ArrowLeft')).toEqual([0, 1]);
    expect(moveInGrid(grid, 2, 2, 'ArrowRight')).toEqual([2, 2]);
    expect(moveInGrid(grid, 2, 2, 'ArrowDown')).toEqual([2, 2]);
    expect(moveInGrid(grid, 1, 0, 'ArrowUp')).toEqual([1, 0]);
  });

  it('skips cells without a control', () => {
    const gaps = [
      [true, false, true],
      [false, false, false],
      [true, true, true],
    ];
    expect(moveInGrid(gaps, 0, 0, 'ArrowRight')).toEqual([0, 2]);
    expect(moveInGrid(gaps, 0, 0, 'ArrowDown')).toEqual([2, 0]);
  });

  it('goes to the first and last control of the row with Home and End', () => {
    expect(moveInGrid(grid, 0, 2, 'Home')).toEqual([0, 1]);
    expect(moveInGrid(grid, 2, 1, 'Home')).toEqual([2, 0]);
    expect(moveInGrid(grid, 2, 0, 'End')).toEqual([2, 2]);
  });

  it('stays put when the focused row is no longer in the grid', () => {
    expect(moveInGrid(grid, 5, 1, 'ArrowUp')).toEqual([5, 1]);
    expect(moveInGrid(grid, 5, 1, 'End')).toEqual([5, 1]);
  });

  it('knows which keys move', () => {
    expect(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'].every(isGridKey)).toBe(true);
    expect(['Enter', ' ', 'Tab', 'PageDown'].some(isGridKey)).toBe(false);
  });
});
