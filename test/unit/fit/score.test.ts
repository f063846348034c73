import { describe, expect, it } from 'vitest';
import { assessedAreaMeans as areaMeans, candidateFit, rankCandidates, type CandidateFit } from '../../../src/domain/fit/score';

const order = ['a', 'b', 'c', 'd', 'z'];
const expected = { a: 3, b: 2, c: 4, d: 1, z: 0 };

describe('a candidate measured against a position', () => {
  it('scores only the skills the candidate rated and reports the rest as not assessed, never as zero', () => {
    const fit = candidateFit({ a: 4, b: 1, d: 0, z: 5 }, expected, [], order);
    // Assessed a, b, d: covered min(4,3) + min(1,2) + min(0,1) = 4 of 3 + 2 + 1 = 6 expected points.
    expect(fit.score).toBeCloseTo(4 / 6, 10);
    expect(fit.score).not.toBeCloseTo(0.4, 5); // what counting c as 0 would give (4 / 10)
    expect([fit.covered, fit.required, fit.assessed, fit.expected]).toEqual([4, 6, 3, 4]);
    expect(fit.notAssessed).toEqual(['c']);
  });

  it('counts a rating of 0 ("not yet") as assessed', () => {
    const fit = candidateFit({ d: 0 }, { d: 1 }, [], ['d']);
    expect(fit.score).toBe(0);
    expect(fit.assessed).toBe(1);
    expect(fit.gaps).toEqual([{ skill: 'd', current: 0, expected: 1, gap: 1 }]);
  });

  it('has no score when nothing the position expects was rated', () => {
    const fit = candidateFit({ z: 5 }, expected, ['a'], order);
    expect(fit.score).toBeNull();
    expect(fit.assessed).toBe(0);
    expect(fit.notAssessed).toEqual(['a', 'b', 'c', 'd']);
    expect(fit.mustNotAssessed).toEqual(['a']);
    expect(fit.mustBelow).toEqual([]);
  });

  it('lists strengths at or above expectation and gaps biggest first', () => {
    const fit = candidateFit({ a: 3, b: 5, c: 1, d: 0 }, expected, [], order);
    expect(fit.strengths).toEqual([
      { skill: 'a', rated: 3, expected: 3 },
      { skill: 'b', rated: 5, expected: 2 },
    ]);
    expect(fit.gaps).toEqual([
      { skill: 'c', current: 1, expected: 4, gap: 3 },
      { skill: 'd', current: 0, expected: 1, gap: 1 },
    ]);
  });

  it('flags must-haves below expectation apart from must-haves not assessed', () => {
    const fit = candidateFit({ a: 4, b: 1 }, expected, ['c', 'b', 'a', 'z'], order);
    expect(fit.mustBelow).toEqual(['b']);
    expect(fit.mustNotAssessed).toEqual(['c']);
  });
});

describe('ranking candidates', () => {
  const fit = (score: number | null, assessed: number, mustBelow: string[] = []): CandidateFit => ({
    score, covered: 0, required: 0, assessed, expected: 5, strengths: [], gaps: [], notAssessed: [], mustBelow, mustNotAssessed: [],
  });

  it('puts candidates who meet every must-have first, then higher fit, then more assessed, then name', () => {
    const ranked = rankCandidates([
      { name: 'Xavier', fit: fit(0.9, 5, ['a']) },
      { name: 'Yuna', fit: fit(0.7, 3) },
      { name: 'Zoe', fit: fit(0.7, 4) },
      { name: 'Wen', fit: fit(null, 0) },
      { name: 'Ari', fit: fit(0.7, 3) },
    ]);
    expect(ranked.map((c) => c.name)).toEqual(['Zoe', 'Ari', 'Yuna', 'Wen', 'Xavier']);
  });
});

describe('area means for the radar', () => {
  it('averages each area over the position’s skills that have a level, leaving unrated skills out', () => {
    const area = new Map([['a', 'p'], ['b', 'p'], ['c', 'q'], ['d', 'r'], ['z', 'p']]);
    expect(areaMeans({ a: 4, b: 1, d: 0, z: 5 }, ['a', 'b', 'c', 'd'], area, ['p', 'q', 'r', 's'])).toEqual({ p: 2.5, q: null, r: 0, s: null });
  });
});

describe('the order of a candidate’s lists', () => {
  it('lists expected skills in atlas order whatever order the position gives them, then skills outside the atlas by id', () => {
    const fit = candidateFit({}, { zz: 1, c: 2, yy: 3, a: 1, b: 1 }, [], ['c', 'b', 'a']);
    expect(fit.notAssessed).toEqual(['c', 'b', 'a', 'yy', 'zz']);
  });

  it('lists strengths by expected level, then by how far above it, then in atlas order', () => {
    const fit = candidateFit({ a: 4, b: 2, c: 4, d: 3, z: 1 }, { a: 2, b: 2, c: 4, d: 2, z: 0 }, [], order);
    expect(fit.strengths).toEqual([
      { skill: 'c', rated: 4, expected: 4 },
      { skill: 'a', rated: 4, expected: 2 },
      { skill: 'd', rated: 3, expected: 2 },
      { skill: 'b', rated: 2, expected: 2 },
    ]);
    const tied = candidateFit({ d: 2, b: 2, a: 2 }, { d: 2, b: 2, a: 2 }, [], order);
    expect(tied.strengths.map((s) => s.skill)).toEqual(['a', 'b', 'd']);
  });
});
