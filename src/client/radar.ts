/**
 * The one client radar renderer. It redraws the series of a radar that Radar.astro drew on the server
 * (grid, axes and labels stay; the svg states its own radius and scale in data-* attributes), with any
 * number of series, each with its own stroke pattern (classes s1…s6) and a legend entry (l1…l6), so
 * series are told apart without colour. A value may be null ("not assessed"): the series then has no vertex on
 * that axis (its outline runs straight past it; the caller's legend label says which axes). Geometry comes from
 * src/domain/radar.ts.
 */
import { seriesPath } from '../domain/radar';
import { joinChildren } from './join';

/** One polygon on the radar. */
export interface RadarSeries {
  /** Legend text. */
  label: string;
  /** One value per axis, in axis order; null where the series has no value (no vertex there). */
  values: readonly (number | null)[];
  /** Element id for the path (optional; tests and styles may use it). */
  id?: string;
}

/** Most series a radar shows (one stroke pattern each). */
export const MAX_SERIES = 6;

/** Redraws every series of the radar `figure` (the `<figure class="radar-figure">` of Radar.astro). */
export function drawRadar(figure: Element, series: readonly RadarSeries[]): void {
  const svg = figure.querySelector<SVGSVGElement>('svg.radar');
  if (!svg) throw new RangeError('no radar svg in figure');
  const radius = Number(svg.dataset.radius);
  const max = Number(svg.dataset.max);
  const shown = series.slice(0, MAX_SERIES);
  const ns = 'http://www.w3.org/2000/svg';
  const group = svg.querySelector('g.plot');
  if (!group) throw new RangeError('no plot group in radar svg');
  // Series paths sit under the axis labels, so the labels stay readable.
  joinChildren(group, 'path.series', shown, () => document.createElementNS(ns, 'path'), (path, s, i) => {
    path.setAttribute('class', `series s${i + 1}`);
    if (s.id) path.id = s.id;
    else path.removeAttribute('id');
    path.setAttribute('d', seriesPath(s.values, max, radius));
  }, { before: group.querySelector('text.label') });
  const legend = figure.querySelector('.legend');
  if (!legend) return;
  joinChildren(legend, 'li', shown, () => document.createElement('li'), (li, s, i) => {
    const icon = document.createElementNS(ns, 'svg');
    icon.setAttribute('width', '28');
    icon.setAttribute('height', '10');
    icon.setAttribute('aria-hidden', 'true');
    const line = document.createElementNS(ns, 'line');
    for (const [k, v] of Object.entries({ class: `l${i + 1}`, x1: '0', y1: '5', x2: '28', y2: '5', 'stroke-width': '3' })) line.setAttribute(k, v);
    icon.append(line);
    const text = document.createElement('span');
    if (s.id) text.id = `${s.id}-label`;
    text.textContent = s.label;
    li.replaceChildren(icon, text);
  });
}
