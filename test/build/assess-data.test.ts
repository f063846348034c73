/** The self-assessment's data files (<dist>/[ko/]assess/data/): an index and the form in chunks, and a page without any skill's form. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentTree } from '../support/read-content';
import { SITE_DIR } from '../support/site';

const tree = readContentTree('.');
const areaOf = new Map(tree.skills.facts.map((f) => [f.id, (f.data as { area: string }).area]));
const textOf = (locale: string, id: string) => tree.skills.text.find((t) => t.locale === locale && t.id === id)!.data as { name: string; description: string; levels: string[]; next: string[] };

describe.each([['en', ''], ['ko', 'ko/']])('the %s assessment data', (locale, prefix) => {
  const dir = join(SITE_DIR, prefix, 'assess');
  const index = JSON.parse(readFileSync(join(dir, 'data/index.json'), 'utf8')) as { areas: { id: string }[]; skills: [string, number, string][]; chunks: number[]; roles: { id: string }[] };

  it('indexes every skill once, with its area and its name in the locale, and every role', () => {
    expect(index.skills.map(([id]) => id).sort()).toEqual([...areaOf.keys()].sort());
    for (const [id, area, name] of index.skills) {
      expect(index.areas[area]!.id, id).toBe(areaOf.get(id));
      expect(name).toBe(textOf(locale, id).name);
    }
    expect(index.roles).toHaveLength(tree.roles.facts.length);
  });

  it('cuts the skills into chunks of at most 12 skills of one area, in area order, each file holding its skills’ form text', () => {
    expect(index.chunks.reduce((a, b) => a + b, 0)).toBe(index.skills.length);
    const areaOrder = index.skills.map(([, area]) => area);
    expect(areaOrder).toEqual([...areaOrder].sort((a, b) => a - b));
    let at = 0;
    index.chunks.forEach((size, n) => {
      expect(size).toBeGreaterThan(0);
      expect(size).toBeLessThanOrEqual(12);
      const chunk = JSON.parse(readFileSync(join(dir, `data/${n}.json`), 'utf8')) as { skills: { id: string; description: string; levels: string[]; next: string[] }[] };
      const ids = index.skills.slice(at, at + size).map(([id]) => id);
      expect(chunk.skills.map((s) => s.id)).toEqual(ids);
      expect(new Set(ids.map((id) => areaOf.get(id))).size).toBe(1);
      for (const s of chunk.skills) {
        const text = textOf(locale, s.id);
        expect([s.description, s.levels, s.next]).toEqual([text.description, text.levels, text.next]);
      }
      at += size;
    });
  });

  it('leaves every skill’s form out of the page: one template, no skill', () => {
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(html.match(/<template id="assess-skill">/g)).toHaveLength(1);
    expect(html).not.toMatch(/data-skill="[a-z]/);
    expect(html).not.toContain(textOf(locale, 'model-conversion').levels[2]);
  });
});
