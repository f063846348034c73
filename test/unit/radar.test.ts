import { describe, expect, it } from 'vitest';
import { axisAngle, gridPaths, labelPosition, pointAt, polygonPath } from '../../src/domain/radar';

describe('radar geometry', () => {
  it('puts axis 0 at twelve o’clock and runs clockwise', () => {
    expect(pointAt(0, 4, 5, 5, 100)).toEqual([0, -100]);
    expect(pointAt(1, 4, 5, 5, 100)).toEqual([100, 0]);
    expect(pointAt(2, 4, 5, 5, 100)).toEqual([0, 100]);
    expect(pointAt(3, 4, 5, 5, 100)).toEqual([-100, 0]);
  });

  it('scales values linearly and clamps them to 0–max', () => {
    expect(pointAt(1, 4, 2.5, 5, 100)).toEqual([50, 0]);
    expect(pointAt(1, 4, 9, 5, 100)).toEqual([100, 0]);
    expect(pointAt(1, 4, -3, 5, 100)).toEqual([0, 0]);
  });

  it('draws a closed polygon through one point per axis', () => {
    expect(polygonPath([5, 5, 5, 5], 5, 100)).toBe('M0,-100L100,0L0,100L-100,0Z');
    expect(polygonPath([5, 0, 5, 0], 5, 100)).toBe('M0,-100L0,0L0,100L0,0Z');
  });

  it('draws one grid ring per level', () => {
    const rings = gridPaths(3, 5, 100);
    expect(rings).toHaveLength(5);
    expect(rings[4]).toBe(polygonPath([5, 5, 5], 5, 100));
  });

  it('anchors labels away from the chart', () => {
    expect(labelPosition(1, 4, 100).anchor).toBe('start');
    expect(labelPosition(3, 4, 100).anchor).toBe('end');
    expect(labelPosition(0, 4, 100).anchor).toBe('middle');
  });

  it('refuses an axis outside the chart', () => {
    expect(() => axisAngle(4, 4)).toThrow(RangeError);
  });
});
