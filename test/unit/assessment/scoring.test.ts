import { describe, expect, it } from 'vitest';
import { fitTo, gaps, growth, growthSeries, highestMet, matchRoles, rankRoles, shapeSimilarity } from '../../../src/domain/assessment/scoring';

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
  const skills = [{ id: 'a1', area: 'a' }, { id: 'a2', area: 'a' }, { id: 'b1', area: 'b' }, { id: 'c1', area: 'c' }];

  it('reports change per area and per changed skill', () => {
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

  it('averages each point over the skills rated at that point, never counting an unrated skill as 0', () => {
    // Before: only a1 rated (1), and c1 (2). After: a1 3, a2 2, b1 1; c1 no longer rated.
    expect(growth({ a1: 3, a2: 2, b1: 1 }, { a1: 1, c1: 2 }, skills, ['a', 'b', 'c'])).toEqual({
      areas: [
        { area: 'a', before: 1, after: 2.5, delta: 1.5 },
        { area: 'b', before: null, after: 1, delta: null },
        { area: 'c', before: 2, after: null, delta: null },
      ],
      skills: [
        { skill: 'a1', before: 1, after: 3, delta: 2 },
        { skill: 'a2', before: null, after: 2, delta: null },
        { skill: 'b1', before: null, after: 1, delta: null },
        { skill: 'c1', before: 2, after: null, delta: null },
      ],
    });
  });

  it('lists a changed rating before a skill rated at only one of the two points, whatever the skill order', () => {
    // a1 comes first in the skill list but was not rated before; a2 rose from 1 to 3.
    expect(growth({ a1: 2, a2: 3 }, { a2: 1 }, skills, ['a']).skills).toEqual([
      { skill: 'a2', before: 1, after: 3, delta: 2 },
      { skill: 'a1', before: null, after: 2, delta: null },
    ]);
  });

  it('gives each area the same level for a point as the growth series does', () => {
    const snapshots = [{ at: '2026-01-01T00:00:00.000Z', ratings: { a1: 1 } }, { at: '2026-03-01T00:00:00.000Z', ratings: { a1: 2, b1: 1 } }];
    const now = { a1: 4, a2: 1, b1: 3 };
    const series = growthSeries(snapshots, now, skills, ['a', 'b']);
    expect(series.areas).toEqual([{ area: 'a', values: [1, 2, 2.5] }, { area: 'b', values: [null, 1, 3] }]);
    expect(growth(now, snapshots[0]!.ratings, skills, ['a', 'b']).areas).toEqual([
      { area: 'a', before: 1, after: 2.5, delta: 1.5 },
      { area: 'b', before: null, after: 3, delta: null },
    ]);
    expect(growth(snapshots[1]!.ratings, snapshots[0]!.ratings, skills, ['a', 'b']).areas).toEqual([
      { area: 'a', before: 1, after: 2, delta: 1 },
      { area: 'b', before: null, after: 1, delta: null },
    ]);
  });
});

describe('role match for a learner', () => {
  const roles = [
    { id: 'generalist', expectations: { a: [1, 2, 3, 3], b: [1, 2, 3, 3], c: [1, 2, 3, 3], d: [1, 2, 3, 3] } },
    { id: 'converter', expectations: { a: [2, 3, 4, 5], b: [1, 1, 2, 2] } },
    { id: 'curator', expectations: { c: [2, 3, 4, 4], d: [1, 2, 3, 4] } },
  ];

  it('ranks the specialist role first for a specialist profile, though broad roles cover more points', () => {
    const ranked = matchRoles({ a: 3, b: 1 }, roles);
    expect(ranked.map((r) => r.role)).toEqual(['converter', 'generalist', 'curator']);
    expect(ranked[0]!.shape).toBeCloseTo((3 * 5 + 1 * 2) / (Math.sqrt(10) * Math.sqrt(29)), 10);
    expect(ranked[2]!.shape).toBe(0);
  });

  it('ranks the broad role first for a flat profile', () => {
    expect(matchRoles({ a: 2, b: 2, c: 2, d: 2 }, roles)[0]!.role).toBe('generalist');
  });

  it('reports the highest seniority met: fit at least 85 % and no skill more than one level short', () => {
    expect(highestMet({ a: 3, b: 1 }, roles[1]!.expectations)).toBe('mid');
    expect(highestMet({ a: 4, b: 2 }, roles[1]!.expectations)).toBe('lead');
    expect(highestMet({ a: 1, b: 1 }, roles[1]!.expectations)).toBeNull();
    // 5/6 = 83 % < 85 % at junior, although no skill is more than one level short.
    expect(highestMet({ c: 1, d: 1 }, roles[2]!.expectations)).toBeNull();
    // Fit 13/15 = 87 % at mid, but skill a is two levels short: mid is not met, junior is.
    const wide = { a: [1, 3, 4, 5], b: [1, 2, 3, 4], c: [1, 2, 3, 4], d: [1, 2, 3, 4], e: [1, 2, 3, 4], f: [1, 2, 3, 4], g: [1, 2, 3, 4] };
    expect(highestMet({ a: 1, b: 2, c: 2, d: 2, e: 2, f: 2, g: 2 }, wide)).toBe('junior');
  });

  it('breaks equal shapes by the seniority met, then by id', () => {
    const twins = [
      { id: 'b-role', expectations: { a: [1, 1, 1, 1] } },
      { id: 'a-role', expectations: { a: [1, 1, 1, 1] } },
      { id: 'c-role', expectations: { a: [3, 3, 3, 3] } },
    ];
    expect(matchRoles({ a: 1 }, twins).map((r) => [r.role, r.met])).toEqual([['a-role', 'lead'], ['b-role', 'lead'], ['c-role', null]]);
  });

  it('gives an empty profile no shape and no seniority', () => {
    expect(matchRoles({}, roles).every((r) => r.shape === 0 && r.met === null)).toBe(true);
  });
});

describe('shape similarity', () => {
  it('is 1 for proportional profiles, 0 for disjoint ones, and symmetric', () => {
    expect(shapeSimilarity({ a: 1, b: 2 }, { a: 2, b: 4 })).toBeCloseTo(1, 12);
    expect(shapeSimilarity({ a: 1 }, { b: 3 })).toBe(0);
    expect(shapeSimilarity({ a: 1, b: 3 }, { a: 2, c: 1 })).toBeCloseTo(shapeSimilarity({ a: 2, c: 1 }, { a: 1, b: 3 }), 12);
    expect(shapeSimilarity({ a: 3, b: 4 }, { a: 4, b: 3 })).toBeCloseTo(24 / 25, 12);
  });
});

describe('growth over all snapshots', () => {
  const skills = [{ id: 'a1', area: 'a' }, { id: 'a2', area: 'a' }, { id: 'b1', area: 'b' }, { id: 'c1', area: 'c' }];

  it('averages at every point the skills rated at that point', () => {
    const snapshots = [
      { at: '2026-01-01T00:00:00.000Z', label: 'start', ratings: { a1: 1 } },
      { at: '2026-03-01T00:00:00.000Z', ratings: { a1: 2, b1: 1 } },
    ];
    expect(growthSeries(snapshots, { a1: 3, a2: 3, b1: 2 }, skills, ['a', 'b', 'c'])).toEqual({
      points: [{ at: '2026-01-01T00:00:00.000Z', label: 'start' }, { at: '2026-03-01T00:00:00.000Z' }, { at: null }],
      areas: [
        { area: 'a', values: [1, 2, 3] },
        { area: 'b', values: [null, 1, 2] },
        { area: 'c', values: [null, null, null] },
      ],
    });
  });

  it('has just the present point without snapshots', () => {
    expect(growthSeries([], { b1: 4 }, skills, ['b'])).toEqual({ points: [{ at: null }], areas: [{ area: 'b', values: [4] }] });
  });
});
