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
    // The modeler's stage is followed by evaluation; the model engineer takes the model up two stages later.
    expect(await page.$$eval('#compare-handoffs li', (li) => li.map((l) => l.textContent))).toEqual([
      'Modeler hands over the output of “Modeling” to Model engineer, who works in “Optimization”.',
    ]);
    expect(await page.isVisible('#compare-scope')).toBe(false);
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
    // The hash changes at once; the comparison is drawn when its data has loaded (mid vs mid before it had no differences).
    await page.waitForFunction(() => document.querySelectorAll('#compare-diff tbody tr').length > 0);
    expect(await seriesCount(page)).toBe(2);
    const before = await diffRows(page);
    expect(before.length).toBeGreaterThan(0);
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.inputValue('#compare-role-1')).toBe('modeler');
    expect(await page.inputValue('#compare-seniority-1')).toBe('senior');
    await page.waitForFunction(() => document.querySelectorAll('#compare-diff tbody tr').length > 0);
    expect(await diffRows(page)).toEqual(before);
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('compares one role at two seniorities in Korean, and a reload reproduces it from the URL', async () => {
    const { page, watch, close } = await open('ko/compare/#roles=modeler:mid');
    expect(await page.textContent('#compare-status')).toContain('직무를 두 개 이상 고르거나, 한 직무를 두 연차로 고르세요.');
    await page.selectOption('#compare-role-1', 'modeler');
    await page.selectOption('#compare-seniority-1', 'senior');
    await page.waitForFunction(() => location.hash === '#roles=modeler:mid,modeler:senior');
    await page.waitForFunction(() => document.querySelectorAll('#compare-diff tbody tr').length > 0);
    const legend = () => page.$$eval('figure:has(#compare-radar) .legend li', (li) => li.map((l) => l.textContent));
    expect(await legend()).toEqual(['모델러 · 미들', '모델러 · 시니어']);
    const before = await diffRows(page);
    await page.reload({ waitUntil: 'networkidle' });
    await page.waitForFunction(() => customElements.get('atlas-compare') !== undefined && document.querySelectorAll('#compare-diff tbody tr').length > 0);
    expect(await page.inputValue('#compare-role-1')).toBe('modeler');
    expect(await page.inputValue('#compare-seniority-1')).toBe('senior');
    expect(await diffRows(page)).toEqual(before);
    expect(await legend()).toEqual(['모델러 · 미들', '모델러 · 시니어']);
    expect(await page.textContent('#compare-status')).toContain('비교 중: 모델러 · 미들, 모델러 · 시니어.');
    // One role: no hand-offs to itself, but what changes in scope.
    expect(await page.isVisible('#compare-handoffs')).toBe(false);
    expect(await page.isVisible('#compare-stages')).toBe(false);
    expect(await page.textContent('#compare-scope')).toMatch(/^모델러, 미들 → 시니어: 두 연차에 모두 기대하는 역량 \d+개 가운데 \d+개는 기대 레벨이 오르고/);
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('says what is wrong with a bad link and still shows the usable part', async () => {
    const { page, watch, close } = await open('compare/#roles=wizard:mid,modeler:guru,modeler:lead,data-curator:junior,%3Cscript%3E');
    const status = await page.textContent('#compare-status');
    expect(status).toContain('“wizard”');
    expect(status).toContain('“guru”');
    expect(status).toContain('“<script>”');
    // modeler:guru keeps the modeler, at mid level.
    expect(status).toContain('The role is shown at mid level instead.');
    expect(await seriesCount(page)).toBe(3);
    expect(await page.$$eval('figure:has(#compare-radar) .legend li', (li) => li.map((l) => l.textContent))).toEqual(['Modeler · Mid', 'Modeler · Lead', 'Data curator · Junior']);
    expect(await page.locator('script:not([src]):not([type])').count()).toBe(0);
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('resets the seniority of rows a new link leaves empty, so a role chosen there starts at mid level', async () => {
    const { page, watch, close } = await open('compare/#roles=modeler:mid,model-engineer:lead,data-curator:junior');
    expect(await page.inputValue('#compare-seniority-2')).toBe('junior');
    await page.evaluate(() => (location.hash = '#roles=modeler:mid,model-engineer:lead'));
    await page.waitForFunction(() => (document.getElementById('compare-role-2') as HTMLSelectElement).value === '');
    expect(await page.inputValue('#compare-seniority-2')).toBe('mid');
    await page.selectOption('#compare-role-2', 'data-curator');
    await page.waitForFunction(() => location.hash === '#roles=modeler:mid,model-engineer:lead,data-curator:mid');
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

  it('fetches only the chosen roles’ files and the descriptor chunks of the rows shown, more on "show all"', async () => {
    const context = await browser.newContext();
    const { page, watch } = await watchedPage(context, origin);
    const fetched: string[] = [];
    page.on('request', (req) => {
      const path = new URL(req.url()).pathname;
      if (/\/(compare|assess)\/data\//.test(path)) fetched.push(path.replace(/^.*\/(compare|assess)\/data\//, '$1/'));
    });
    await page.goto(`${base}compare/#roles=modeler:mid,model-engineer:senior,modeler:lead`, { waitUntil: 'networkidle' });
    expect(fetched.filter((f) => f.startsWith('compare/')).sort()).toEqual(['compare/model-engineer.json', 'compare/modeler.json']);
    const chunks = fetched.filter((f) => f.startsWith('assess/'));
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.length).toBeLessThanOrEqual(12);
    expect(chunks).not.toContain('assess/index.json');
    const descriptors = () => page.$$eval('#compare-diff tbody tr', (rows) => rows.map((r) => [r.querySelector('th a')?.textContent ?? '', [...r.querySelectorAll('.descriptor')].map((p) => p.textContent ?? '')]));
    const top = await descriptors();
    expect(top).toHaveLength(12);
    for (const [name, texts] of top) {
      expect(name).not.toMatch(/^[a-z0-9-]+$/);
      expect((texts as string[]).every((t) => t.length > 10), String(name)).toBe(true);
    }
    const before = fetched.length;
    await page.click('#compare-more');
    await page.waitForFunction(() => document.querySelectorAll('#compare-diff tbody tr').length > 12);
    await page.waitForLoadState('networkidle');
    const all = await descriptors();
    expect(all.slice(0, 12)).toEqual(top);
    expect(all.every(([, texts]) => (texts as string[]).every((t) => t.length > 10))).toBe(true);
    expect(fetched.slice(before).every((f) => f.startsWith('assess/'))).toBe(true);
    expect(await page.getAttribute('#compare-more', 'aria-expanded')).toBe('true');
    expect(watch.errors).toEqual([]);
    await context.close();
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
  ['en', '', 'The data for this comparison could not be loaded.'],
  ['ko', 'ko/', '이 비교에 필요한 데이터를 불러오지 못했습니다.'],
] as const)('a comparison whose data cannot be fetched (%s)', (_, prefix, message) => {
  it('says so, draws nothing stale, and works again once the data can be fetched', async () => {
    const context = await browser.newContext();
    const { page } = await watchedPage(context, origin);
    await page.route('**/compare/data/model-engineer.json', (route) => route.abort());
    await page.goto(`${base}${prefix}compare/#roles=modeler:mid,model-engineer:senior`, { waitUntil: 'networkidle' });
    await page.waitForFunction((m) => (document.getElementById('compare-status')?.textContent ?? '').includes(m), message);
    expect(await seriesCount(page)).toBe(0);
    expect(await diffRows(page)).toEqual([]);
    expect(await page.inputValue('#compare-role-1')).toBe('model-engineer');
    expect(await page.locator('#compare-diff').isHidden()).toBe(true);
    expect(await axe(page)).toEqual([]);
    await page.unroute('**/compare/data/model-engineer.json');
    await page.focus('#compare-seniority-1');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => location.hash === '#roles=modeler:mid,model-engineer:lead');
    await page.waitForFunction(() => document.querySelectorAll('#compare-radar path.series').length === 2);
    expect((await diffRows(page)).length).toBeGreaterThan(3);
    expect(await page.textContent('#compare-status')).not.toContain(message);
    await context.close();
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
