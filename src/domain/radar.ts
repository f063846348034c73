/**
 * Radar chart geometry: pure functions of numbers that return coordinates and SVG path strings, used both at
 * build time (static SVG, no JavaScript) and by the client radar. Axis 0 points up; axes run clockwise.
 * Coordinates are relative to the chart's centre.
 */
import { curveLinearClosed, lineRadial } from 'd3-shape';

/** Angle of axis `i` of `n`, in radians, 0 at twelve o'clock, clockwise (d3's radial convention). */
export function axisAngle(i: number, n: number): number {
  if (n < 1 || i < 0 || i >= n) throw new RangeError(`invalid axis: ${i} of ${n}`);
  return (2 * Math.PI * i) / n;
}

/** Cartesian point (SVG y grows downwards) at `value` on axis `i` of `n`, where `max` reaches `radius`. */
export function pointAt(i: number, n: number, value: number, max: number, radius: number): [number, number] {
  const r = (Math.max(0, Math.min(value, max)) / max) * radius;
  const a = axisAngle(i, n);
  return [round(r * Math.sin(a)), round(-r * Math.cos(a))];
}

const radial = lineRadial<[number, number]>()
  .angle((d) => d[0])
  .radius((d) => d[1])
  .curve(curveLinearClosed);

/** Closed polygon through one value per axis, clamped to 0–max. */
export function polygonPath(values: readonly number[], max: number, radius: number): string {
  const n = values.length;
  const points = values.map((v, i): [number, number] => [axisAngle(i, n), (Math.max(0, Math.min(v, max)) / max) * radius]);
  return roundPath(radial(points) ?? '');
}

/**
 * Closed polygon through the axes that have a value (clamped to 0–max); an axis whose value is null ("not
 * assessed") gets no vertex: the outline runs straight from the axis before it to the one after. Empty when no
 * axis has a value. With every value present it is `polygonPath`.
 */
export function seriesPath(values: readonly (number | null)[], max: number, radius: number): string {
  const n = values.length;
  const points = values.flatMap((v, i): [number, number][] => (v === null ? [] : [[axisAngle(i, n), (Math.max(0, Math.min(v, max)) / max) * radius]]));
  return points.length === 0 ? '' : roundPath(radial(points) ?? '');
}

/** Grid rings: one closed polygon per level 1..max. */
export function gridPaths(n: number, max: number, radius: number): string[] {
  return Array.from({ length: max }, (_, k) => polygonPath(Array<number>(n).fill(k + 1), max, radius));
}

/** Where to put an axis label: just outside the ring, with the text anchor that keeps it off the chart. */
export function labelPosition(i: number, n: number, radius: number, offset = 14) {
  const a = axisAngle(i, n);
  const x = round((radius + offset) * Math.sin(a));
  const y = round(-(radius + offset) * Math.cos(a));
  const sin = Math.sin(a);
  const anchor = Math.abs(sin) < 0.2 ? 'middle' : sin > 0 ? 'start' : 'end';
  const baseline = Math.cos(a) > 0.5 ? 'auto' : Math.cos(a) < -0.5 ? 'hanging' : 'middle';
  return { x, y, anchor, baseline } as const;
}

function round(v: number): number {
  const r = Math.round(v * 100) / 100;
  return Object.is(r, -0) ? 0 : r;
}

function roundPath(d: string): string {
  return d.replace(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g, (m) => String(round(Number(m))));
}
