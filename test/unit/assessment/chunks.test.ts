import { describe, expect, it } from 'vitest';
import { chunkMap, chunksOf, leadingChunks, neededChunks, planChunks } from '../../../src/domain/assessment/chunks';

const skills = [
  { id: 'a1', area: 'a' }, { id: 'a2', area: 'a' }, { id: 'a3', area: 'a' },
  { id: 'b1', area: 'b' },
  { id: 'c1', area: 'c' }, { id: 'c2', area: 'c' },
];

describe('the form in chunks, area by area', () => {
  it('cuts skills into chunks of consecutive skills of one area, at most `size` each', () => {
    expect(planChunks(skills, 2)).toEqual([['a1', 'a2'], ['a3'], ['b1'], ['c1', 'c2']]);
    expect(planChunks(skills, 12)).toEqual([['a1', 'a2', 'a3'], ['b1'], ['c1', 'c2']]);
    expect(planChunks(skills, 1)).toEqual([['a1'], ['a2'], ['a3'], ['b1'], ['c1'], ['c2']]);
    expect(planChunks([], 3)).toEqual([]);
    expect(() => planChunks(skills, 0)).toThrow(RangeError);
  });

  it('starts a new chunk when the area comes back after another one', () => {
    expect(planChunks([{ id: 'x', area: 'a' }, { id: 'y', area: 'b' }, { id: 'z', area: 'a' }], 5)).toEqual([['x'], ['y'], ['z']]);
  });

  it('finds the chunks that hold some skills, ascending and once each, ignoring unknown ids', () => {
    const chunkOf = new Map([['a1', 0], ['a2', 0], ['a3', 1], ['b1', 2], ['c1', 3]]);
    expect(chunksOf(['c1', 'a2', 'a1', 'nope', 'a3'], chunkOf)).toEqual([0, 1, 3]);
    expect(chunksOf([], chunkOf)).toEqual([]);
  });

  it('shows as many leading chunks as fit the budget, at least one', () => {
    expect(leadingChunks([12, 12, 5, 12], 24)).toBe(2);
    expect(leadingChunks([12, 12, 5, 12], 29)).toBe(3);
    expect(leadingChunks([12, 12, 5, 12], 1000)).toBe(4);
    expect(leadingChunks([12, 12], 3)).toBe(1);
    expect(leadingChunks([], 120)).toBe(0);
  });

  it('needs the full form’s leading chunks or the quick form’s, plus the chunks behind the gap list', () => {
    const chunkOf = new Map([['a1', 0], ['a2', 0], ['a3', 1], ['b1', 2], ['c1', 3], ['c2', 3]]);
    const sizes = [2, 1, 1, 2];
    expect(neededChunks({ mode: 'full', asked: ['c1'], explained: [], sizes, budget: 3, chunkOf })).toEqual([0, 1]);
    expect(neededChunks({ mode: 'full', asked: [], explained: ['c2', 'a1'], sizes, budget: 3, chunkOf })).toEqual([0, 1, 3]);
    expect(neededChunks({ mode: 'quick', asked: ['c1', 'b1'], explained: [], sizes, budget: 3, chunkOf })).toEqual([2, 3]);
    expect(neededChunks({ mode: 'quick', asked: ['b1'], explained: ['a3'], sizes, budget: 100, chunkOf })).toEqual([1, 2]);
  });
});

describe('the chunk of each skill, from the index', () => {
  it('walks the skills in order, chunk after chunk', () => {
    const map = chunkMap(skills, [2, 1, 1, 2]);
    expect([...map]).toEqual([['a1', 0], ['a2', 0], ['a3', 1], ['b1', 2], ['c1', 3], ['c2', 3]]);
    expect(chunkMap(skills.slice(0, 2), [3])).toEqual(new Map([['a1', 0], ['a2', 0]]));
  });
});
