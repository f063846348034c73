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
const paths = (fig: Element) => [...fig.querySelectorAll('path.series')].map((p) => p.getAttribute('d'));

describe('the shared radar renderer with values not assessed', () => {
  it('draws a series without a vertex on a missing axis, not at the centre', () => {
    const fig = figure();
    drawRadar(fig, [
      { label: 'Position', values: [5, 5, 5, 5] },
      { label: 'Ana — not assessed: Serving', values: [5, null, 5, 5] },
    ]);
    expect(paths(fig)).toEqual(['M0,-100L100,0L0,100L-100,0Z', 'M0,-100L0,100L-100,0Z']);
    expect([...fig.querySelectorAll('.legend li')].map((li) => li.textContent)).toEqual(['Position', 'Ana — not assessed: Serving']);
    // Series sit under the axis labels.
    expect(fig.querySelector('g.plot')!.lastElementChild!.classList.contains('label')).toBe(true);
  });

  it('redraws the same series with the vertex once the value comes, and draws nothing for a series with no value', () => {
    const fig = figure();
    drawRadar(fig, [{ label: 'Ana', values: [null, 2.5, null, 5] }, { label: 'Bo', values: [null, null, null, null] }]);
    expect(paths(fig)).toEqual(['M50,0L-100,0Z', '']);
    drawRadar(fig, [{ label: 'Ana', values: [5, 2.5, 0, 5] }, { label: 'Bo', values: [1, 1, 1, 1] }]);
    expect(paths(fig)).toEqual(['M0,-100L50,0L0,0L-100,0Z', 'M0,-20L20,0L0,20L-20,0Z']);
  });
});
