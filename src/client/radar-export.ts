/**
 * Downloads a radar (Radar.astro + drawRadar) as a standalone SVG or PNG file for a CV or a one-on-one:
 * light theme whatever the page's theme, labelled, with a title line (e.g. the profile's name and date)
 * and a legend, so the file reads on its own. Colours are presentation attributes on a detached copy;
 * the page itself is never restyled. The PNG is drawn from the SVG via a data: URL (allowed by the CSP).
 */
import { downloadBlob, downloadText } from './files';

/** Light-theme colours of the series s1…s6 and their dash patterns (as in global.css). */
const SERIES = [
  ['#1d4ed8', ''], ['#b4450a', '6 4'], ['#0f766e', '2 3'], ['#7e22ce', '10 3 2 3'], ['#a16207', '1 5'], ['#be123c', '14 6'],
] as const;
const INK = '#1a1c20';
const LINE = '#d6d9df';
const FONT = "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans KR', 'Apple SD Gothic Neo', sans-serif";

/** The radar in `figure` as standalone SVG text with `title` on top and a legend below. */
export function radarSvgText(figure: Element, title: string): string {
  const source = figure.querySelector<SVGSVGElement>('svg.radar');
  if (!source) throw new RangeError('no radar svg in figure');
  const [, , width = 640, height = 350] = (source.getAttribute('viewBox') ?? '0 0 640 350').split(/\s+/).map(Number);
  const ns = 'http://www.w3.org/2000/svg';
  const labels = [...figure.querySelectorAll('.legend li')].map((li) => li.textContent ?? '');
  const legendHeight = 24 * labels.length;
  const svg = document.createElementNS(ns, 'svg');
  for (const [k, v] of Object.entries({ xmlns: ns, width: String(width), height: String(height + 40 + legendHeight), viewBox: `0 0 ${width} ${height + 40 + legendHeight}`, 'font-family': FONT })) svg.setAttribute(k, v);
  const add = (tag: string, attrs: Record<string, string>, text?: string) => {
    const node = document.createElementNS(ns, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    svg.append(node);
    return node;
  };
  add('rect', { x: '0', y: '0', width: '100%', height: '100%', fill: '#ffffff' });
  add('text', { x: '16', y: '26', 'font-size': '16', 'font-weight': '700', fill: INK }, title);
  const chart = source.querySelector('g.plot')!.cloneNode(true) as SVGGElement;
  chart.setAttribute('transform', `translate(${width / 2} ${height / 2 + 40})`);
  for (const node of chart.querySelectorAll('path.grid, line.axis')) node.setAttribute('fill', 'none'), node.setAttribute('stroke', LINE);
  for (const node of chart.querySelectorAll('text')) node.setAttribute('fill', INK), node.setAttribute('font-size', node.classList.contains('tick') ? '10' : '12');
  for (const [i, node] of [...chart.querySelectorAll('path.series')].entries()) {
    const [colour, dash] = SERIES[i % SERIES.length]!;
    for (const [k, v] of Object.entries({ fill: colour, 'fill-opacity': i === 0 ? '0.14' : '0.06', stroke: colour, 'stroke-width': '2.5', 'stroke-dasharray': dash })) node.setAttribute(k, v);
  }
  svg.append(chart);
  labels.forEach((label, i) => {
    const [colour, dash] = SERIES[i % SERIES.length]!;
    const y = height + 40 + 16 + 24 * i;
    add('line', { x1: '16', y1: String(y - 4), x2: '44', y2: String(y - 4), stroke: colour, 'stroke-width': '3', 'stroke-dasharray': dash });
    add('text', { x: '52', y: String(y), 'font-size': '13', fill: INK }, label);
  });
  return new XMLSerializer().serializeToString(svg);
}

/** Offers the radar in `figure` as `name.svg` or `name.png`. */
export async function downloadRadar(figure: Element, name: string, title: string, kind: 'svg' | 'png'): Promise<void> {
  const text = radarSvgText(figure, title);
  if (kind === 'svg') return downloadText(`${name}.svg`, text, 'image/svg+xml');
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await image.decode();
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth * scale;
  canvas.height = image.naturalHeight * scale;
  const context = canvas.getContext('2d')!;
  context.scale(scale, scale);
  context.drawImage(image, 0, 0);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the browser could not draw the PNG');
  downloadBlob(`${name}.png`, blob);
}
