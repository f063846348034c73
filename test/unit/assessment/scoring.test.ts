import { describe, expect, it } from 'vitest';
import { fitTo, gaps, growth, rankRoles } from '../../../src/domain/assessment/scoring';

describe('gaps', () => {
  it('lists skills below expectation, largest gap first', () => {
    expect(gaps({ a: 1, b: 3, c: 0 }, { a: 3, b: 3, c: 2, d: 1 })).toEqual([
      { skill: 'a', current: 1, expected: 3, gap: 2 },
      { skill: 'c', current: 0, expected: 2, gap: 2 },
      { skill: 'd', current: 0, expected: 1, gap: 1 },
    ]);
  });
});

describe('fit', () => {
  it('is the share of expected level points covered, surplus earning nothing', () => {
    expect(fitTo({ a: 2, b: 5 }, { a: 4, b: 2 })).toEqual({ score: 4 / 6, covered: 4, required: 6, gapCount: 1 });
    expect(fitTo({}, {})).toEqual({ score: 1, covered: 0, required: 0, gapCount: 0 });
  });

  it('ranks roles at a seniority, best fit first', () => {
    const roles = [
      { id: 'modeler', expectations: { a: [2, 3, 4, 5], b: [1, 1, 2, 2] } },
      { id: 'model-engineer', expectations: { c: [2, 3, 4, 5] } },
    ];
    const ranked = rankRoles({ c: 3, a: 1 }, roles, 'mid');
    expect(ranked.map((r) => r.role)).toEqual(['model-engineer', 'modeler']);
    expect(ranked[0]!.score).toBe(1);
    expect(ranked[1]!.score).toBeCloseTo(1 / 4);
  });
});

describe('growth', () => {
  it('reports change per area and per changed skill', () => {
    const skills = [{ id: 'a1', area: 'a' }, { id: 'a2', area: 'a' }, { id: 'b1', area: 'b' }];
    expect(growth({ a1: 3, a2: 2, b1: 1 }, { a1: 1, a2: 2, b1: 2 }, skills, ['a', 'b'])).toEqual({
      areas: [
        { area: 'a', before: 1.5, after: 2.5, delta: 1 },
        { area: 'b', before: 2, after: 1, delta: -1 },
      ],
      skills: [
        { skill: 'a1', before: 1, after: 3, delta: 2 },
        { skill: 'b1', before: 2, after: 1, delta: -1 },
      ],
    });
  });
});
