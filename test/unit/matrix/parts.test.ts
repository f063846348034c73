import { describe, expect, it } from 'vitest';
import { fitsOnePage, matrixParts, partMatrix, partNeighbours, type Levels, type Matrix } from '../../../src/domain/matrix/index';

const L = (n: number): Levels => [n, n, n, n];
const O: Levels = [0, 0, 0, 0];

/**
 * Five roles (columns 0–2 in the model team, 3–4 in serving) × six skills in two areas. Expected skills per column:
 * r0 {a1, a2}, r1 {a2, b1}, r2 {b2, b3}, r3 {a1}, r4 {} (a role that expects nothing).
 */
const matrix: Matrix = {
  locale: 'en',
  teams: [
    { team: 'model', roles: [{ id: 'r0', name: 'R0', team: 'model' }, { id: 'r1', name: 'R1', team: 'model' }, { id: 'r2', name: 'R2', team: 'model' }] },
    { team: 'serving', roles: [{ id: 'r3', name: 'R3', team: 'serving' }, { id: 'r4', name: 'R4', team: 'serving' }] },
  ],
  roles: [
    { id: 'r0', name: 'R0', team: 'model' }, { id: 'r1', name: 'R1', team: 'model' }, { id: 'r2', name: 'R2', team: 'model' },
    { id: 'r3', name: 'R3', team: 'serving' }, { id: 'r4', name: 'R4', team: 'serving' },
  ],
  areas: [
    {
      id: 'a', name: 'A', skills: [
        { id: 'a1', name: 'A1', area: 'a', descriptors: [], levels: [L(1), O, O, [0, 0, 1, 2], O] },
        { id: 'a2', name: 'A2', area: 'a', descriptors: [], levels: [L(2), L(3), O, O, O] },
        { id: 'a3', name: 'A3', area: 'a', descriptors: [], levels: [O, O, O, O, O] },
      ],
    },
    {
      id: 'b', name: 'B', skills: [
        { id: 'b1', name: 'B1', area: 'b', descriptors: [], levels: [O, L(4), O, O, O] },
        { id: 'b2', name: 'B2', area: 'b', descriptors: [], levels: [O, O, L(5), O, O] },
        { id: 'b3', name: 'B3', area: 'b', descriptors: [], levels: [O, O, L(1), O, O] },
      ],
    },
  ],
};

describe('splitting a large matrix into parts', () => {
  it('keeps a matrix on one page up to the cell budget (skills × roles)', () => {
    expect(fitsOnePage(matrix, 30)).toBe(true);
    expect(fitsOnePage(matrix, 29)).toBe(false);
  });

  it('cuts each team into consecutive roles while expected skills × roles fit the budget', () => {
    // Budget 4 cells: r0 (2 skills) + r1 → {a1, a2, b1} × 2 = 6 > 4: r1 starts a new part; r1 + r2 → 4 × 2 > 4.
    expect(matrixParts(matrix, 4).map((p) => [p.slug, p.team, p.index, p.columns, p.rows])).toEqual([
      ['model-1', 'model', 1, [0], [0, 1]],
      ['model-2', 'model', 2, [1], [1, 3]],
      ['model-3', 'model', 3, [2], [4, 5]],
      ['serving-1', 'serving', 1, [3, 4], [0]],
    ]);
    // Budget 6: r0 + r1 = 3 skills × 2 roles fits; adding r2 gives 5 × 3 = 15.
    expect(matrixParts(matrix, 6).map((p) => [p.slug, p.columns, p.rows])).toEqual([
      ['model-1', [0, 1], [0, 1, 3]],
      ['model-2', [2], [4, 5]],
      ['serving-1', [3, 4], [0]],
    ]);
  });

  it('never puts two teams in one part and caps the roles per part', () => {
    const parts = matrixParts(matrix, 1000, 2);
    expect(parts.map((p) => [p.slug, p.columns])).toEqual([['model-1', [0, 1]], ['model-2', [2]], ['serving-1', [3, 4]]]);
  });

  it('gives a part its own roles and only the skills they expect, grouped by area, with their columns of levels', () => {
    const [first] = matrixParts(matrix, 6);
    const part = partMatrix(matrix, first!);
    expect(part.teams).toEqual([{ team: 'model', roles: [{ id: 'r0', name: 'R0', team: 'model' }, { id: 'r1', name: 'R1', team: 'model' }] }]);
    expect(part.roles.map((r) => r.id)).toEqual(['r0', 'r1']);
    expect(part.areas.map((a) => [a.id, a.skills.map((s) => [s.id, s.levels])])).toEqual([
      ['a', [['a1', [L(1), O]], ['a2', [L(2), L(3)]]]],
      ['b', [['b1', [O, L(4)]]]],
    ]);
    // A part of a role that expects a skill only at senior level still shows it.
    const serving = partMatrix(matrix, matrixParts(matrix, 6)[2]!);
    expect(serving.areas).toEqual([{ id: 'a', name: 'A', skills: [{ id: 'a1', name: 'A1', area: 'a', descriptors: [], levels: [[0, 0, 1, 2], O] }] }]);
  });

  it('links each part to its neighbours', () => {
    expect(partNeighbours(['p1', 'p2', 'p3'], 0)).toEqual({ next: 'p2' });
    expect(partNeighbours(['p1', 'p2', 'p3'], 1)).toEqual({ previous: 'p1', next: 'p3' });
    expect(partNeighbours(['p1', 'p2', 'p3'], 2)).toEqual({ previous: 'p2' });
    expect(partNeighbours(['p1'], 0)).toEqual({});
  });
});
