import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axe, launch, watchedPage, type Watch } from './browser';

const base = inject('baseUrl');
const origin = new URL(base).origin;
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

async function open(path: string, colorScheme: 'light' | 'dark' = 'light'): Promise<{ page: Page; watch: Watch; close: () => Promise<void> }> {
  const context = await browser.newContext({ colorScheme });
  const { page, watch } = await watchedPage(context, origin);
  await page.goto(base + path, { waitUntil: 'networkidle' });
  if (path.includes('compare/')) await page.waitForFunction(() => customElements.get('atlas-compare') !== undefined);
  return { page, watch, close: () => context.close() };
}

const seriesCount = (page: Page) => page.locator('#compare-radar path.series').count();
const diffRows = (page: Page) => page.$$eval('#compare-diff tbody tr', (rows) => rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')));

describe('comparing roles in a real browser', () => {
  it('shows two roles from the link: radar overlay, area table, biggest differences first, hand-offs', async () => {
    const { page, watch, close } = await open('compare/#roles=modeler:mid,model-engineer:senior');
    expect(await seriesCount(page)).toBe(2);
    expect(await page.$$eval('#compare-radar + figcaption li, figure:has(#compare-radar) .legend li', (li) => li.map((l) => l.textContent))).toEqual(['Modeler · Mid', 'Model engineer · Senior']);
    expect(await page.$$eval('#compare-areas thead th', (th) => th.map((t) => t.textContent))).toEqual(['Competency area', 'Modeler · Mid', 'Model engineer · Senior']);
    const rows = await diffRows(page);
    expect(rows.length).toBeGreaterThan(3);
    const spreads = rows.map((r) => Number(r.at(-1)));
    expect(spreads).toEqual([...spreads].sort((a, b) => b - a));
    expect(spreads[0]).toBeGreaterThanOrEqual(2);
    expect(await page.textContent('#compare-handoffs')).toMatch(/Modeler|Model engineer/);
    expect(await page.textContent('#compare-status')).toContain('Comparing Modeler · Mid, Model engineer · Senior');
    expect(await axe(page)).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
    await close();
  });

  it('compares one role at two seniorities, chosen with the keyboard, and a reload reproduces it from the URL', async () => {
    const { page, watch, close } = await open('compare/#roles=modeler:mid');
    expect(await page.textContent('#compare-status')).toContain('Choose at least two roles');
    await page.focus('#compare-role-1');
    await page.keyboard.type('Modeler');
    await page.focus('#compare-seniority-1');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => location.hash === '#roles=modeler:mid,modeler:senior');
    expect(await seriesCount(page)).toBe(2);
    const before = await diffRows(page);
    expect(before.length).toBeGreaterThan(0);
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.inputValue('#compare-role-1')).toBe('modeler');
    expect(await page.inputValue('#compare-seniority-1')).toBe('senior');
    expect(await diffRows(page)).toEqual(before);
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('says what is wrong with a bad link and still shows the usable part', async () => {
    const { page, watch, close } = await open('compare/#roles=wizard:mid,modeler:guru,modeler:lead,data-curator:junior,%3Cscript%3E');
    const status = await page.textContent('#compare-status');
    expect(status).toContain('“wizard”');
    expect(status).toContain('“guru”');
    expect(status).toContain('“<script>”');
    expect(await seriesCount(page)).toBe(2);
    expect(await page.locator('script:not([src]):not([type])').count()).toBe(0);
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('works in Korean, in the dark theme, with no accessibility violations', async () => {
    const { page, watch, close } = await open('ko/compare/#roles=data-curator:junior,modeler:junior,model-engineer:junior', 'dark');
    expect(await seriesCount(page)).toBe(3);
    expect(await page.textContent('#compare-status')).toContain('비교 중');
    expect(await axe(page)).toEqual([]);
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('is linked from a role page, for the next seniority', async () => {
    const { page, close } = await open('roles/modeler/');
    await page.click('a[href$="compare/#roles=modeler:mid,modeler:senior"]');
    await page.waitForFunction(() => customElements.get('atlas-compare') !== undefined && document.querySelectorAll('#compare-radar path.series').length === 2);
    expect(await page.inputValue('#compare-seniority-1')).toBe('senior');
    await close();
  });
});

describe.each([
  ['en', '', 'Senior MLOps Engineer', 'AIOps / MLOps engineer · Senior', 'Senior'],
  ['ko', 'ko/', '[네이버] AI 모델 경량화 엔지니어 (경력 5년 이상)', '모델 엔지니어 · 미들', '미들'],
] as const)('title lookup on the comparison page (%s)', (_, prefix, title, first, seniority) => {
  it('looks up a job title and compares the roles it may mean, on the same page', async () => {
    const { page, watch, close } = await open(`${prefix}compare/`);
    expect(await page.locator('script[src*="TitleLookup"]').count()).toBe(1);
    await page.fill('#compare-title-lookup-q', title);
    await page.waitForFunction((q) => (document.getElementById('compare-title-lookup-status')?.textContent ?? '').includes(q), title);
    const names = await page.$$eval('#compare-title-lookup-results li > a', (links) => links.map((a) => a.textContent));
    expect(names).toHaveLength(3);
    expect(await page.getAttribute('#compare-title-lookup-results li > a', 'href')).toMatch(new RegExp(`/${prefix}roles/[a-z-]+/$`));
    await page.click('.title-compare a');
    await page.waitForFunction(() => location.hash.startsWith('#roles='));
    await page.waitForFunction((n) => document.querySelectorAll('#compare-radar path.series').length === n, 3);
    const legend = await page.$$eval('figure:has(#compare-radar) .legend li', (li) => li.map((l) => l.textContent));
    expect(legend[0]).toBe(first);
    expect(legend).toEqual(names.map((n) => `${n} · ${seniority}`));
    expect(await page.$$eval('#compare-areas thead th', (th) => th.slice(1).map((t) => t.textContent))).toEqual(legend);
    expect(await page.inputValue('#compare-role-2')).not.toBe('');
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
    await close();
  });
});
