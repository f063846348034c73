// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { drawRadar } from '../../../src/client/radar';

/** The markup Radar.astro renders for four axes (radius 100, levels 0–5), without grid lines. */
function figure(): HTMLElement {
  const node = document.createElement('figure');
  // Test fixture markup only.
  node.innerHTML = `<svg class="radar" data-radius="100" data-max="5"><g class="plot">
    <text class="label">Data</text><text class="label">Serving</text><text class="label">Software</text><text class="label">Teamwork</text>
  </g></svg><figcaption><ul class="legend"></ul></figcaption>`;
  return node;
}
const missingNote = (axes: string[]) => `not assessed: ${axes.join(', ')}`;

describe('the shared radar renderer with values not assessed', () => {
  it('draws a series without a vertex on a missing axis, marks the axis with a hollow ring, and notes it in the legend', () => {
    const fig = figure();
    drawRadar(fig, [
      { label: 'Position', values: [5, 5, 5, 5] },
      { label: 'Ana', values: [5, null, 5, 5] },
    ], { missingNote });
    expect([...fig.querySelectorAll('path.series')].map((p) => p.getAttribute('d'))).toEqual([
      'M0,-100L100,0L0,100L-100,0Z',
      'M0,-100L0,100L-100,0Z',
    ]);
    const rings = [...fig.querySelectorAll('circle.missing')];
    expect(rings.map((c) => [c.getAttribute('class'), c.getAttribute('cx'), c.getAttribute('cy'), c.getAttribute('data-axis')])).toEqual([['missing s2', '106', '0', '1']]);
    expect([...fig.querySelectorAll('.legend li')].map((li) => li.textContent)).toEqual(['Position', 'Ana — not assessed: Serving']);
    // Series and rings sit under the axis labels.
    expect(fig.querySelector('g.plot')!.lastElementChild!.classList.contains('label')).toBe(true);
  });

  it('puts the rings of two series lacking the same axis side by side, and removes them when the values come', () => {
    const fig = figure();
    drawRadar(fig, [
      { label: 'Position', values: [3, 3, 3, 3] },
      { label: 'Ana', values: [null, 2, 2, 2] },
      { label: 'Bo', values: [null, 1, 1, 1] },
    ], { missingNote });
    expect([...fig.querySelectorAll('circle.missing')].map((c) => [c.getAttribute('class'), c.getAttribute('cx'), c.getAttribute('cy')])).toEqual([
      ['missing s2', '-4', '-106'],
      ['missing s3', '4', '-106'],
    ]);
    drawRadar(fig, [{ label: 'Position', values: [3, 3, 3, 3] }, { label: 'Ana', values: [2, 2, 2, 2] }], { missingNote });
    expect(fig.querySelectorAll('circle.missing')).toHaveLength(0);
    expect([...fig.querySelectorAll('.legend li')].map((li) => li.textContent)).toEqual(['Position', 'Ana']);
  });
});
