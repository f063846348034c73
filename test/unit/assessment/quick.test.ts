import { describe, expect, it } from 'vitest';
import { quickSkills, remaining } from '../../../src/domain/assessment/quick';

const skills = [
  { id: 'a1', area: 'a' }, { id: 'a2', area: 'a' }, { id: 'b1', area: 'b' }, { id: 'b2', area: 'b' }, { id: 'c1', area: 'c' },
];
const roles = [
  { id: 'r1', expectations: { a2: [1, 2, 3, 4], b1: [0, 0, 1, 2], c1: [1, 1, 1, 1] } },
  { id: 'r2', expectations: { a2: [0, 1, 2, 3], b2: [1, 2, 2, 2] } },
  { id: 'r3', expectations: { a1: [1, 1, 1, 1], b1: [1, 1, 1, 1] } },
];

describe('the quick form', () => {
  it("asks about the skills the target expects at its seniority, in skill order", () => {
    expect(quickSkills(skills, roles, { role: 'r1', seniority: 'junior' })).toEqual(['a2', 'c1']);
    expect(quickSkills(skills, roles, { role: 'r1', seniority: 'senior' })).toEqual(['a2', 'b1', 'c1']);
  });

  it('asks one skill per area, the one most roles expect at mid level, without a target', () => {
    // a2 is expected by r1 and r2 at mid; b1 (r3) and b2 (r2) tie, so the first listed wins.
    expect(quickSkills(skills, roles, null)).toEqual(['a2', 'b1', 'c1']);
  });

  it('falls back to one skill per area when the target role is unknown', () => {
    expect(quickSkills(skills, roles, { role: 'gone', seniority: 'mid' })).toEqual(['a2', 'b1', 'c1']);
  });

  it('counts the asked skills not rated yet, a rating of 0 counting as rated', () => {
    expect(remaining({ a2: 0, c1: 3, b2: 1 }, ['a2', 'b1', 'c1'])).toBe(1);
  });
});


describe('the quick form without a target: what counts as demand', () => {
  it('counts only roles that expect a skill above 0 at mid level', () => {
    const two = [{ id: 'x1', area: 'x' }, { id: 'x2', area: 'x' }];
    const expecting = [
      { id: 'ra', expectations: { x1: [1, 1, 1, 1] } },
      { id: 'rb', expectations: { x2: [0, 0, 1, 1] } },
      { id: 'rc', expectations: { x2: [0, 0, 2, 2] } },
    ];
    expect(quickSkills(two, expecting, null)).toEqual(['x1']);
  });
});
