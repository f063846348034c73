import { describe, expect, it } from 'vitest';
import { axisAngle, gridPaths, labelPosition, pointAt, polygonPath, seriesPath } from '../../src/domain/radar';

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
    expect(gridPaths(3, 5, 100)).toEqual([
      'M0,-20L17.32,10L-17.32,10Z',
      'M0,-40L34.64,20L-34.64,20Z',
      'M0,-60L51.96,30L-51.96,30Z',
      'M0,-80L69.28,40L-69.28,40Z',
      'M0,-100L86.6,50L-86.6,50Z',
    ]);
  });

  it('anchors labels away from the chart', () => {
    expect(labelPosition(1, 4, 100).anchor).toBe('start');
    expect(labelPosition(3, 4, 100).anchor).toBe('end');
    expect(labelPosition(0, 4, 100).anchor).toBe('middle');
  });

  it('refuses an axis outside the chart, and a chart without axes', () => {
    expect(() => axisAngle(4, 4)).toThrow(new RangeError('invalid axis: 4 of 4'));
    expect(() => axisAngle(-1, 4)).toThrow(new RangeError('invalid axis: -1 of 4'));
    expect(() => axisAngle(0, 0)).toThrow(new RangeError('invalid axis: 0 of 0'));
    expect(axisAngle(0, 1)).toBe(0);
    expect(axisAngle(3, 4)).toBeCloseTo((3 * Math.PI) / 2, 12);
  });

  it('rounds every coordinate of a path to two decimals, tiny ones to 0', () => {
    // A pentagon: sin 72° = 0.95106, cos 72° = 0.30902, sin 144° = 0.58779, cos 144° = -0.80902.
    expect(polygonPath([5, 5, 5, 5, 5], 5, 100)).toBe('M0,-100L95.11,-30.9L58.78,80.9L-58.78,80.9L-95.11,-30.9Z');
    // d3 writes cos 90° · 19.996 as -1.22e-15; 19.996 rounds up to 20 (a carry into the tens).
    expect(polygonPath([1, 1, 1, 1], 1, 19.996)).toBe('M0,-20L20,0L0,20L-20,0Z');
    expect(polygonPath([], 5, 100)).toBe('');
  });

  it('places labels just outside the ring (14 units by default), with a baseline that keeps them off the chart', () => {
    expect(labelPosition(0, 4, 100)).toEqual({ x: 0, y: -114, anchor: 'middle', baseline: 'auto' });
    expect(labelPosition(1, 4, 100)).toEqual({ x: 114, y: 0, anchor: 'start', baseline: 'middle' });
    expect(labelPosition(2, 4, 100)).toEqual({ x: 0, y: 114, anchor: 'middle', baseline: 'hanging' });
    expect(labelPosition(3, 4, 100, 20)).toEqual({ x: -120, y: 0, anchor: 'end', baseline: 'middle' });
    // At 60° and 120° from the top (cos = ±0.5) the label sits beside the axis end: 'auto' above, 'middle' below.
    expect(labelPosition(1, 6, 100)).toEqual({ x: 98.73, y: -57, anchor: 'start', baseline: 'auto' });
    expect(labelPosition(2, 6, 100)).toEqual({ x: 98.73, y: 57, anchor: 'start', baseline: 'middle' });
  });
});

describe('a series with axes not assessed', () => {
  it('has no vertex on a missing axis: the outline goes from the axis before it to the one after', () => {
    // Four axes, the right one (1) missing: top, bottom, left only; not the centre, where 0 would put it.
    expect(seriesPath([5, null, 5, 5], 5, 100)).toBe('M0,-100L0,100L-100,0Z');
    expect(seriesPath([5, 0, 5, 5], 5, 100)).toBe('M0,-100L0,0L0,100L-100,0Z');
    expect(seriesPath([null, 2.5, null, 5], 5, 100)).toBe('M50,0L-100,0Z');
  });

  it('is the plain polygon when nothing is missing, and empty when everything is', () => {
    expect(seriesPath([5, 5, 5, 5], 5, 100)).toBe(polygonPath([5, 5, 5, 5], 5, 100));
    expect(seriesPath([null, null, null], 5, 100)).toBe('');
  });
});
