/** Sparkline geometry for small multiples: a pure function of values that returns an SVG path string. */
import { line } from 'd3-shape';

/**
 * Path through `values` (0–max, null = no value, leaving a gap) spread evenly over `width`, with 0 at the
 * bottom of `height`. A single value draws a short flat segment so it stays visible.
 */
export function sparkPath(values: readonly (number | null)[], width: number, height: number, max = 5): string {
  const n = values.length;
  const x = (i: number) => (n <= 1 ? 0 : (i / (n - 1)) * width);
  const y = (v: number) => height - (Math.max(0, Math.min(v, max)) / max) * height;
  const points = n === 1 && values[0] !== null ? [values[0]!, values[0]!] : values;
  const xs = (i: number) => (n === 1 ? i * width : x(i));
  const path = line<number | null>()
    .defined((v) => v !== null)
    .x((_, i) => xs(i))
    .y((v) => y(v!))(points);
  return (path ?? '').replace(/-?\d+(?:\.\d+)?/g, (m) => String(Math.round(Number(m) * 100) / 100));
}
