import { describe, expect, it } from 'vitest';
import { areaLevels, areaMeans, assertLevel, expectedLevels, expectedSkills } from '../../src/domain/levels';

const skills = [
  { id: 'a1', area: 'a' },
  { id: 'a2', area: 'a' },
  { id: 'b1', area: 'b' },
];

describe('levels', () => {
  it('picks the expected level of each skill at a seniority', () => {
    expect(expectedLevels({ a1: [1, 2, 3, 4], b1: [0, 1, 1, 2] }, 'senior')).toEqual({ a1: 3, b1: 1 });
  });

  it('averages an area over all of its skills, unrated skills counting as 0', () => {
    expect(areaLevels({ a1: 4 }, skills, ['a', 'b', 'c'])).toEqual({ a: 2, b: 0, c: 0 });
    expect(areaLevels({ a1: 4, a2: 3, b1: 5 }, skills, ['a', 'b'])).toEqual({ a: 3.5, b: 5 });
  });

  it('refuses levels outside 0–5', () => {
    expect(assertLevel(5)).toBe(5);
    expect(() => assertLevel(6)).toThrow('invalid level: 6');
    expect(() => assertLevel(1.5)).toThrow(RangeError);
  });
});

describe('formatLevel', () => {
  it('shows whole levels as they are and averages to one decimal', async () => {
    const { formatLevel } = await import('../../src/domain/levels');
    expect(formatLevel(3)).toBe('3');
    expect(formatLevel(2.25)).toBe('2.3');
  });
});

describe('like-with-like area means', () => {
  const skills = [{ id: 'a1', area: 'a' }, { id: 'a2', area: 'a' }, { id: 'a3', area: 'a' }, { id: 'b1', area: 'b' }];

  it('averages only over the given skills, counting a given skill without a level as 0', () => {
    expect(areaMeans({ a1: 3, a2: 4, a3: 5, b1: 2 }, skills, ['a', 'b', 'c'], new Set(['a1', 'a2']))).toEqual({ a: 3.5, b: null, c: null });
    expect(areaMeans({ a1: 4 }, skills, ['a'], new Set(['a1', 'a3']))).toEqual({ a: 2 });
  });

  it("takes a role's expected skills as the skills above 0", () => {
    expect([...expectedSkills({ a1: 2, a2: 0, b1: 1 })]).toEqual(['a1', 'b1']);
  });
});

describe('levels: bounds and stray data', () => {
  it('accepts 0 and refuses -1, NaN and infinity', () => {
    expect(assertLevel(0)).toBe(0);
    expect(() => assertLevel(-1)).toThrow(new RangeError('invalid level: -1'));
    expect(() => assertLevel(Number.NaN)).toThrow(new RangeError('invalid level: NaN'));
    expect(() => assertLevel(Number.POSITIVE_INFINITY)).toThrow(new RangeError('invalid level: Infinity'));
  });

  it('reads a missing level of a short expectation list as 0', () => {
    expect(expectedLevels({ a1: [2, 3] }, 'lead')).toEqual({ a1: 0 });
    expect(expectedLevels({ a1: [1, 2, 3, 4] }, 'junior')).toEqual({ a1: 1 });
  });

  it('ignores skills of areas it was not asked about', () => {
    expect(areaLevels({ a1: 4, b1: 5 }, [{ id: 'b1', area: 'b' }, { id: 'a1', area: 'a' }], ['a'])).toEqual({ a: 4 });
  });

  it('does not count a skill with level 0 as expected', () => {
    expect([...expectedSkills({ a1: 0, a2: 1 })]).toEqual(['a2']);
  });
});
