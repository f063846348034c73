import { describe, expect, it } from 'vitest';
import { sparkPath } from '../../src/domain/spark';

describe('sparkline geometry', () => {
  it('spreads values over the width with 0 at the bottom and 5 at the top', () => {
    expect(sparkPath([0, 2.5, 5], 100, 40)).toBe('M0,40L50,20L100,0');
  });

  it('leaves a gap for a missing value and clamps values to 0–5', () => {
    expect(sparkPath([1, null, 7, -1], 90, 50)).toBe('M0,40ZM60,0L90,50');
  });

  it('draws a single value as a flat segment across the width', () => {
    expect(sparkPath([4], 60, 50)).toBe('M0,10L60,10');
  });

  it('rounds coordinates to two decimals', () => {
    expect(sparkPath([0, 1, 2, 3], 100, 30)).toBe('M0,30L33.33,24L66.67,18L100,12');
  });

  it('draws nothing when there is no value', () => {
    expect(sparkPath([null, null], 60, 50)).toBe('');
  });
});
