// Tie-breaks and boundaries of the scoring functions (gaps, fit ranking, growth); the main behaviour is in scoring.test.ts.
import { describe, expect, it } from 'vitest';
import { fitTo, gaps, growth, highestMet, matchRoles, rankRoles, shapeSimilarity } from '../../../src/domain/assessment/scoring';

describe('gaps: equal gaps', () => {
  it('puts the higher expectation first, then orders by skill id', () => {
    expect(gaps({ a: 1, b: 0, c: 2, d: 0 }, { d: 2, c: 4, b: 2, a: 3 })).toEqual([
      { skill: 'c', current: 2, expected: 4, gap: 2 },
      { skill: 'a', current: 1, expected: 3, gap: 2 },
      { skill: 'b', current: 0, expected: 2, gap: 2 },
      { skill: 'd', current: 0, expected: 2, gap: 2 },
    ]);
  });

  it('leaves out skills met exactly or exceeded, and counts an unrated skill as 0', () => {
    expect(gaps({ a: 3, b: 5 }, { a: 3, b: 2, c: 1 })).toEqual([{ skill: 'c', current: 0, expected: 1, gap: 1 }]);
  });
});

describe('fit: boundaries', () => {
  it('counts a skill rated exactly at its expectation as covered, not as a gap', () => {
    expect(fitTo({ a: 3, b: 1 }, { a: 3, b: 2 })).toEqual({ score: 0.8, covered: 4, required: 5, gapCount: 1 });
  });

  it('ignores ratings of skills the position does not expect', () => {
    expect(fitTo({ a: 1, z: 5 }, { a: 2 })).toEqual({ score: 0.5, covered: 1, required: 2, gapCount: 1 });
  });
});

describe('rankRoles: equal fit', () => {
  // ratings a = 2, b = 2 at mid: every role below covers half of what it expects.
  const roles = [
    { id: 'zeta', expectations: { a: [4, 4, 4, 4] } }, // 2 / 4, one gap
    { id: 'alpha', expectations: { a: [4, 4, 4, 4], b: [4, 4, 4, 4] } }, // 4 / 8, two gaps
    { id: 'beta', expectations: { b: [1, 4, 4, 4] } }, // 2 / 4, one gap
  ];

  it('ranks the role with fewer gaps first, then by id', () => {
    const ranked = rankRoles({ a: 2, b: 2 }, roles, 'mid');
    expect(ranked).toEqual([
      { role: 'beta', score: 0.5, covered: 2, required: 4, gapCount: 1 },
      { role: 'zeta', score: 0.5, covered: 2, required: 4, gapCount: 1 },
      { role: 'alpha', score: 0.5, covered: 4, required: 8, gapCount: 2 },
    ]);
  });

  it('uses the expectations of the seniority asked for', () => {
    expect(rankRoles({ a: 2, b: 2 }, roles, 'junior').map((r) => [r.role, r.score])).toEqual([
      ['beta', 1],
      ['zeta', 0.5],
      ['alpha', 0.5],
    ]);
  });
});

describe('growth: equal changes', () => {
  it('lists skills that changed by the same amount by id, and leaves out unchanged ones', () => {
    const skills = [{ id: 'b1', area: 'b' }, { id: 'a2', area: 'a' }, { id: 'a1', area: 'a' }];
    expect(growth({ b1: 2, a1: 1, a2: 3 }, { b1: 1, a1: 0, a2: 3 }, skills, ['a', 'b']).skills).toEqual([
      { skill: 'a1', before: 0, after: 1, delta: 1 },
      { skill: 'b1', before: 1, after: 2, delta: 1 },
    ]);
  });
});

describe('role match: equal shapes and boundaries', () => {
  it('ranks equal shapes by the seniority met, highest first, before the id', () => {
    // One skill each, so every shape is 1; a rating of 1 meets lead, mid and nothing.
    const roles = [
      { id: 'a-unmet', expectations: { a: [3, 3, 3, 3] } },
      { id: 'b-lead', expectations: { a: [1, 1, 1, 1] } },
      { id: 'c-mid', expectations: { a: [1, 1, 2, 2] } },
    ];
    expect(matchRoles({ a: 1 }, roles)).toEqual([
      { role: 'b-lead', shape: 1, met: 'lead' },
      { role: 'c-mid', shape: 1, met: 'mid' },
      { role: 'a-unmet', shape: 1, met: null },
    ]);
  });

  it('meets a seniority at a fit of exactly 85 %', () => {
    // Lead expects 20 points; 5 + 4 + 4 + 4 = 17 covered, no skill more than one level short.
    const expectations = { a: [1, 2, 4, 5], b: [1, 2, 4, 5], c: [1, 2, 4, 5], d: [1, 2, 4, 5] };
    expect(highestMet({ a: 5, b: 4, c: 4, d: 4 }, expectations)).toBe('lead');
  });

  it('gives no shape against a role that expects nothing', () => {
    expect(shapeSimilarity({ a: 1 }, {})).toBe(0);
    expect(shapeSimilarity({ a: 1 }, { a: 0 })).toBe(0);
  });
});
