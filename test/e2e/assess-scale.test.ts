/**
 * The self-assessment with a large atlas, in a real browser: the site's index and chunk files are replaced (by
 * request interception) with a synthetic atlas of 270 skills in 27 chunks (the site's nine areas), so the form's area-by-area loading
 * is exercised as it runs with thousands of skills: which chunks are fetched, "show more", the quick form.
 */
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, watchedPage } from './browser';

const base = inject('baseUrl');
const origin = new URL(base).origin;
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const AREAS = 9;
const PER_AREA = 30; // 30 skills per area: chunks of 12, 12 and 6
const skillId = (area: number, i: number) => `big-${area}-${i}`;
const sizes = Array.from({ length: AREAS }, () => [12, 12, 6]).flat();
const skills = Array.from({ length: AREAS }, (_, a) => Array.from({ length: PER_AREA }, (_, i) => [skillId(a, i), a, `Big skill ${a}.${i}`])).flat();
/** One role (under a real role's id, so the page's role select has it) expecting two skills deep in the form (areas 7 and 8). */
const role = { id: 'modeler', name: 'Big role', expectations: { [skillId(7, 25)]: [1, 2, 3, 4], [skillId(8, 0)]: [2, 2, 3, 4] } };

async function open(): Promise<{ page: Page; fetched: number[]; close: () => Promise<void> }> {
  // Requests a service worker answers never reach page.route: keep the worker out of this page.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const { page } = await watchedPage(context, origin);
  const fetched: number[] = [];
  await page.route(/\/assess\/data\/index\.json$/, async (route: Route) => {
    const real = await (await route.fetch()).json() as { areas: { id: string; name: string }[] };
    expect(real.areas).toHaveLength(AREAS);
    await route.fulfill({ json: { areas: real.areas, skills, chunks: sizes, roles: [role] } });
  });
  await page.route(/\/assess\/data\/(\d+)\.json$/, async (route: Route) => {
    const n = Number(/(\d+)\.json$/.exec(route.request().url())![1]);
    fetched.push(n);
    const start = sizes.slice(0, n).reduce((a, b) => a + b, 0);
    await route.fulfill({
      json: {
        skills: skills.slice(start, start + sizes[n]!).map(([id, , name]) => ({
          id, name, description: `What ${name} is about.`, levels: [1, 2, 3, 4, 5].map((l) => `${name} at level ${l}.`), next: [1, 2, 3, 4, 5].map((l) => `Reach ${l + 1}.`),
        })),
      },
    });
  });
  await page.goto(`${base}assess/`, { waitUntil: 'networkidle' });
  await page.waitForSelector('#assess-form fieldset[data-skill]');
  return { page, fetched, close: () => context.close() };
}

const shown = (page: Page) => page.locator('#assess-form fieldset[data-skill]:visible').count();

describe('self-assessment with 270 skills', () => {
  it('ships no skill in the page, fetches the first 120 skills, and shows more on request', async () => {
    const html = await (await fetch(`${base}assess/`)).text();
    expect(html).not.toMatch(/data-skill="[a-z]/);
    const { page, fetched, close } = await open();
    expect([...fetched].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]); // 12 + 12 + 6 per area: four areas
    expect(await shown(page)).toBe(120);
    await expect(page.textContent('#assess-progress-text')).resolves.toBe('0 of 270 skills rated');
    await expect(page.textContent('#assess-more')).resolves.toBe('Show more skills (150 not shown yet)');
    await page.click('#assess-more');
    await page.waitForFunction(() => document.querySelectorAll('#assess-form fieldset[data-skill]').length === 240);
    expect(fetched).toHaveLength(24);
    await expect(page.textContent('#assess-more')).resolves.toBe('Show more skills (30 not shown yet)');
    // Skills stay in form order, area by area: area 3's are chunks 9, 10 and 11.
    const ids = await page.$$eval('#assess-form fieldset[data-skill]', (f) => f.map((x) => (x as HTMLElement).dataset.skill));
    expect(ids.slice(90, 120)).toEqual(Array.from({ length: 30 }, (_, i) => skillId(3, i)));
    await close();
  });

  it('quick form with a target fetches only the chunks of the skills it asks, and the gaps explain them', async () => {
    const { page, fetched, close } = await open();
    await page.selectOption('#assess-target', 'modeler');
    // The gap list's skills are fetched, but the full form still shows its first 120 skills only.
    await page.waitForSelector(`fieldset[data-skill="${skillId(8, 0)}"]`, { state: 'attached' });
    expect(await shown(page)).toBe(120);
    await page.check('input[name="assess-mode"][value="quick"]');
    await page.waitForSelector(`fieldset[data-skill="${skillId(8, 0)}"]`);
    await page.waitForSelector(`fieldset[data-skill="${skillId(7, 25)}"]`);
    // Besides the full form's first twelve chunks: area 7's 26th skill is in chunk 7 × 3 + 2 = 23, area 8's first in chunk 24.
    expect([...new Set(fetched)].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 23, 24]);
    expect(await shown(page)).toBe(2);
    await expect(page.isVisible('#assess-more')).resolves.toBe(false);
    await page.check(`input[name="rate-${skillId(8, 0)}"][value="1"]`);
    await expect(page.textContent('#assess-remaining')).resolves.toBe('1 skill left in the quick form.');
    const gap = page.locator('#assess-gaps li').first();
    await expect(gap.locator('p').first().textContent()).resolves.toMatch(/^Next level \(\d\): Big skill \d\.\d+ at level \d\.$/);
    await close();
  });
});
