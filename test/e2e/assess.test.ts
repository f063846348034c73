import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axe, launch, watchedPage, type Watch } from './browser';

const base = inject('baseUrl');
const origin = new URL(base).origin;
const KEY = 'ai-team-atlas.assessment';
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

async function open(path = 'assess/'): Promise<{ page: Page; watch: Watch; close: () => Promise<void> }> {
  const context = await browser.newContext({ acceptDownloads: true });
  const { page, watch } = await watchedPage(context, origin);
  await page.goto(base + path, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => customElements.get('atlas-assess') !== undefined);
  return { page, watch, close: () => context.close() };
}

const radarPath = (page: Page) => page.getAttribute('#assess-you', 'd');
const checked = (page: Page) =>
  page.$$eval('#assess-form input[type=radio]:checked', (inputs) =>
    Object.fromEntries(inputs.map((i) => [(i as HTMLInputElement).name, (i as HTMLInputElement).value])),
  );

describe('self-assessment in a real browser', () => {
  it('is rated by keyboard only, redraws the radar, and keeps ratings across a reload', async () => {
    const { page, watch, close } = await open();
    const before = await radarPath(page);
    await page.focus('#assess-hide');
    // Tab from the last control into the first radio group (past the skill's link), then pick level 3 with arrows.
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => (document.activeElement as HTMLInputElement).type === 'radio')) break;
    }
    const focusedName = await page.evaluate(() => (document.activeElement as HTMLInputElement).name);
    expect(focusedName).toMatch(/^rate-/);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    const value = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    expect(value).toBe('3');
    expect(await radarPath(page)).not.toBe(before);
    await expect(page.textContent('#assess-progress-text')).resolves.toMatch(/^1 /);
    const ratings = await checked(page);
    await page.reload({ waitUntil: 'networkidle' });
    expect(await checked(page)).toEqual(ratings);
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
    await close();
  });

  it('compares with a target: target radar, gap list with next steps, roles ranked by fit', async () => {
    const { page, watch, close } = await open();
    await page.selectOption('#assess-target', 'model-engineer');
    await page.selectOption('#assess-seniority', 'senior');
    expect(await page.getAttribute('#assess-target-series', 'd')).not.toMatch(/^M0,0L0,0/);
    const gaps = await page.locator('#assess-gaps li').count();
    expect(gaps).toBeGreaterThan(3);
    await expect(page.locator('#assess-gaps li').first().textContent()).resolves.toContain('→');
    // The next level's descriptor and the next step are both spelled out.
    const [nextLevel, nextStep] = await page.locator('#assess-gaps li').first().locator('p').allTextContents();
    expect(nextLevel).toMatch(/^Next level \(\d\): .{20,}/);
    expect(nextStep).toMatch(/^Next step: .{20,}/);
    expect(await page.locator('#assess-fit li').count()).toBeGreaterThanOrEqual(12);
    await expect(page.textContent('#assess-table-target')).resolves.toContain('·');
    expect(await axe(page)).toEqual([]);
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('exports a file that imports into a fresh browser with the same profile', async () => {
    const first = await open();
    await first.page.check('input[name="rate-model-conversion"][value="4"]');
    await first.page.check('input[name="rate-data-pipelines"][value="2"]');
    const [download] = await Promise.all([first.page.waitForEvent('download'), first.page.click('#assess-export')]);
    const file = join(mkdtempSync(join(tmpdir(), 'atlas-')), download.suggestedFilename());
    await download.saveAs(file);
    const exported = readFileSync(file, 'utf8');
    expect(JSON.parse(exported).ratings).toMatchObject({ 'model-conversion': 4, 'data-pipelines': 2 });
    await first.close();

    const second = await open();
    await second.page.setInputFiles('#assess-import', file);
    await second.page.waitForFunction(() => document.getElementById('assess-status')!.textContent !== '');
    await expect(second.page.textContent('#assess-status')).resolves.toMatch(/Imported 2 ratings/);
    expect(await checked(second.page)).toEqual({ 'rate-model-conversion': '4', 'rate-data-pipelines': '2' });
    await second.close();
  });

  it('refuses a bad file with a message and leaves saved data exactly as it was', async () => {
    const { page, watch, close } = await open();
    await page.check('input[name="rate-monitoring"][value="2"]');
    const saved = await page.evaluate((k) => localStorage.getItem(k), KEY);
    const outOfRange = { format: 'ai-team-atlas/assessment', version: 2, ratings: { monitoring: 9 }, target: null, hideExpectations: false, snapshots: [], updatedAt: '2026-01-01T00:00:00.000Z' };
    for (const [name, body] of [['broken.json', '{ not json'], ['out-of-range.json', JSON.stringify(outOfRange)]] as const) {
      await page.evaluate(() => (document.getElementById('assess-status')!.textContent = ''));
      await page.setInputFiles('#assess-import', { name, mimeType: 'application/json', buffer: Buffer.from(body) });
      await page.waitForFunction(() => document.getElementById('assess-status')!.textContent !== '');
      await expect(page.textContent('#assess-status')).resolves.toMatch(/unchanged/);
      expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(saved);
    }
    expect(await checked(page)).toEqual({ 'rate-monitoring': '2' });
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('shows markup in an imported snapshot label as text, and the label survives a reload', async () => {
    const { page, watch, close } = await open();
    const label = '<img src=x onerror=alert(1)> Python onboarding = done';
    const file = { format: 'ai-team-atlas/assessment', version: 2, ratings: { monitoring: 5 }, target: null, hideExpectations: false, snapshots: [{ at: '2026-01-01T00:00:00.000Z', label, ratings: {} }], updatedAt: '2026-01-01T00:00:00.000Z' };
    await page.setInputFiles('#assess-import', { name: 'label.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await page.waitForFunction(() => /1/.test(document.getElementById('assess-status')!.textContent ?? ''));
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.textContent('#assess-compare')).toContain(label);
    expect(await page.textContent('#assess-status')).toBe('');
    expect(await page.locator('img[src=x]').count()).toBe(0);
    expect(await checked(page)).toEqual({ 'rate-monitoring': '5' });
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('opens a share link in a fresh browser with the same profile, without saving it', async () => {
    const first = await open();
    await first.page.check('input[name="rate-model-compression"][value="3"]');
    await first.page.selectOption('#assess-target', 'modeler');
    await first.page.click('#assess-share');
    await first.page.waitForFunction(() => (document.getElementById('assess-share-url') as HTMLInputElement).value !== '');
    const link = await first.page.inputValue('#assess-share-url');
    expect(link).toContain('#a=');
    const ratings = await checked(first.page);
    await first.close();

    const context = await browser.newContext();
    const { page, watch } = await watchedPage(context, origin);
    await page.goto(link, { waitUntil: 'networkidle' });
    await page.waitForSelector('#assess-shared:not([hidden])');
    expect(await checked(page)).toEqual(ratings);
    expect(await page.inputValue('#assess-target')).toBe('modeler');
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
    await page.click('#assess-shared-keep');
    expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!).ratings).toEqual({ 'model-compression': 3 });
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
    await context.close();
  });

  it('keeping a shared profile replaces ratings and evidence; the previous ones come back from their snapshot', async () => {
    const { page, watch, close } = await open();
    await page.check('input[name="rate-model-compression"][value="4"]');
    await page.click('#assess-share');
    await page.waitForFunction(() => (document.getElementById('assess-share-url') as HTMLInputElement).value !== '');
    const link = await page.inputValue('#assess-share-url');
    await page.click('#assess-clear');
    await page.check('input[name="rate-model-conversion"][value="2"]');
    await page.click('fieldset[data-skill="model-conversion"] summary');
    await page.fill('#evidence-note-model-conversion', 'Converted a CRNN to TFLite');
    await page.focus('#assess-export');
    await expect(page.textContent('#assess-status')).resolves.toContain('Evidence saved');
    await page.goto(link, { waitUntil: 'networkidle' });
    await page.reload({ waitUntil: 'networkidle' });
    await page.waitForSelector('#assess-shared:not([hidden])');
    await page.click('#assess-shared-keep');
    const saved = () => page.evaluate((k) => JSON.parse(localStorage.getItem(k)!), KEY);
    expect((await saved()).ratings).toEqual({ 'model-compression': 4 });
    expect((await saved()).evidence).toBeUndefined();
    expect(await page.inputValue('#evidence-note-model-conversion')).toBe('');
    expect(await page.isDisabled('#evidence-note-model-conversion')).toBe(true);
    // The newest snapshot holds what was replaced; making it current brings the note back with its rating.
    await page.selectOption('#assess-compare', String((await saved()).snapshots.length - 1));
    await page.click('#assess-snapshot-restore');
    expect((await saved()).ratings).toEqual({ 'model-conversion': 2 });
    expect((await saved()).evidence).toEqual({ 'model-conversion': { note: 'Converted a CRNN to TFLite' } });
    expect(await page.inputValue('#evidence-note-model-conversion')).toBe('Converted a CRNN to TFLite');
    expect(await page.isChecked('input[name="rate-model-conversion"][value="2"]')).toBe(true);
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('keeps corrupted storage aside and tells the user', async () => {
    const { page, close } = await open();
    await page.evaluate((k) => localStorage.setItem(k, '{"format": broken'), KEY);
    await page.reload({ waitUntil: 'networkidle' });
    await expect(page.textContent('#assess-status')).resolves.toMatch(/could not be read/);
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys.some((k) => k.startsWith(`${'ai-team-atlas.assessment'}.corrupt-`))).toBe(true);
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe('{"format": broken');
    await close();
  });

  it('saves a snapshot and shows growth against it, per area and per skill', async () => {
    const { page, watch, close } = await open();
    await page.check('input[name="rate-model-conversion"][value="1"]');
    await page.fill('#assess-snapshot-label', 'start of bootcamp');
    await page.click('#assess-snapshot');
    await expect(page.locator('#assess-compare option').last().textContent()).resolves.toContain('start of bootcamp');
    await page.check('input[name="rate-model-conversion"][value="3"]');
    await expect(page.locator('#assess-growth li').first().textContent()).resolves.toMatch(/1 → 3/);
    const rows = (table: string) => page.$$eval(`${table} tbody tr`, (trs) => trs.map((r) => [...r.children].map((c) => c.textContent)));
    // Each point averages the skills rated at that point: one area went from 1 to 3; the others had nothing rated.
    const growthRows = await rows('#assess-growth');
    expect(growthRows.filter((r) => r[1] !== '–')).toEqual([[expect.any(String), '1', '3', '+2']]);
    expect(growthRows.filter((r) => r[1] === '–').every((r) => r[2] === '–' && r[3] === '–')).toBe(true);
    // The columns are headed with the chosen points, not "then" and "now".
    expect(await page.$$eval('#assess-growth thead th', (th) => th.map((t) => t.textContent))).toEqual(['Competency area', expect.stringContaining('start of bootcamp'), 'Now', 'Change']);
    // The trend of every area across snapshots: a small chart per area and a table with a column per point.
    expect(await page.locator('#assess-trend ul.trend li').count()).toBe(await page.locator('#assess-table tbody tr').count());
    expect(await page.$$eval('#assess-trend thead th', (th) => th.map((t) => t.textContent))).toEqual(['Competency area', expect.stringContaining('start of bootcamp'), 'Now']);
    // Both tables give the same number for the same point, and the page says how a point is averaged.
    expect((await rows('#assess-trend')).map((r) => r.slice(0, 3))).toEqual(growthRows.map((r) => r.slice(0, 3)));
    await expect(page.textContent('#assess-trend')).resolves.toContain('Each point is the mean of the skills rated at that point');
    // Any two points: from the snapshot to now, then from the snapshot to itself (no change).
    await page.selectOption('#assess-compare-to', '0');
    await expect(page.locator('#assess-growth li').first().textContent()).resolves.toBe('No rating changed between these two points.');
    expect(await page.$$eval('#assess-growth thead th', (th) => th.slice(1, 3).map((t) => t.textContent))).toEqual([expect.stringContaining('start of bootcamp'), expect.stringContaining('start of bootcamp')]);
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('quick form: asks only what the target expects, says how many remain, and keeps ratings when switching to the full form', async () => {
    const { page, watch, close } = await open();
    const visible = () => page.locator('#assess-form fieldset[data-skill]:visible').count();
    const total = await page.locator('#assess-form fieldset[data-skill]').count();
    await page.check('input[name="assess-mode"][value="quick"]');
    const perArea = await visible();
    expect(perArea).toBe(await page.locator('#assess-form > section').count());
    await page.selectOption('#assess-target', 'model-engineer');
    await page.selectOption('#assess-seniority', 'junior');
    const asked = await visible();
    expect(asked).toBeGreaterThan(3);
    expect(asked).toBeLessThan(total);
    const first = page.locator('#assess-form fieldset[data-skill]:visible').first();
    const skill = await first.getAttribute('data-skill');
    await first.locator('input[value="2"]').check();
    await expect(page.textContent('#assess-remaining')).resolves.toBe(`${asked - 1} skills left in the quick form.`);
    await page.check('input[name="assess-mode"][value="full"]');
    expect(await visible()).toBe(total);
    expect(await checked(page)).toEqual({ [`rate-${skill}`]: '2' });
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.isChecked('input[name="assess-mode"][value="full"]')).toBe(true);
    expect(await axe(page)).toEqual([]);
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('keeps evidence (note and links) through an exported file and a share link, and refuses a script link', async () => {
    const first = await open();
    // Evidence backs a rating: the fields are disabled, and say why, until the skill is rated.
    await first.page.click('fieldset[data-skill="model-conversion"] summary');
    expect(await first.page.isDisabled('#evidence-note-model-conversion')).toBe(true);
    expect(await first.page.isVisible('fieldset[data-skill="model-conversion"] .evidence-hint')).toBe(true);
    await first.page.check('input[name="rate-model-conversion"][value="3"]');
    expect(await first.page.isEnabled('#evidence-note-model-conversion')).toBe(true);
    expect(await first.page.isVisible('fieldset[data-skill="model-conversion"] .evidence-hint')).toBe(false);
    await first.page.fill('#assess-name', 'Kim Min-ji');
    await first.page.press('#assess-name', 'Tab');
    await expect(first.page.textContent('#assess-status')).resolves.toContain('Name saved');
    await first.page.fill('#evidence-note-model-conversion', 'Converted YOLOv8 to TensorRT <fp16>');
    await first.page.fill('#evidence-links-model-conversion', 'https://github.com/me/yolo-trt\nhttps://demo.example.org/');
    await first.page.focus('#assess-export');
    await expect(first.page.textContent('#assess-status')).resolves.toContain('Evidence saved');
    await first.page.fill('#evidence-links-model-conversion', 'javascript:alert(1)');
    await first.page.focus('#assess-export');
    await expect(first.page.textContent('#assess-status')).resolves.toContain('http://');
    const [download] = await Promise.all([first.page.waitForEvent('download'), first.page.click('#assess-export')]);
    const file = join(mkdtempSync(join(tmpdir(), 'atlas-evidence-')), 'evidence.json');
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.evidence).toEqual({ 'model-conversion': { note: 'Converted YOLOv8 to TensorRT <fp16>', links: ['https://github.com/me/yolo-trt', 'https://demo.example.org/'] } });
    expect(exported.name).toBe('Kim Min-ji');
    await first.page.click('#assess-share');
    await first.page.waitForFunction(() => (document.getElementById('assess-share-url') as HTMLInputElement).value !== '');
    const link = await first.page.inputValue('#assess-share-url');
    await first.close();

    const second = await open();
    await second.page.setInputFiles('#assess-import', file);
    await second.page.waitForFunction(() => /Imported/.test(document.getElementById('assess-status')!.textContent ?? ''));
    expect(await second.page.inputValue('#evidence-note-model-conversion')).toBe('Converted YOLOv8 to TensorRT <fp16>');
    await second.close();

    const context = await browser.newContext();
    const { page, watch } = await watchedPage(context, origin);
    await page.goto(link, { waitUntil: 'networkidle' });
    await page.waitForSelector('#assess-shared:not([hidden])');
    expect(await page.inputValue('#evidence-links-model-conversion')).toBe('https://github.com/me/yolo-trt\nhttps://demo.example.org/');
    expect(await page.inputValue('#assess-name')).toBe('Kim Min-ji');
    expect(watch.errors).toEqual([]);
    await context.close();
  });

  it('downloads the radar as a labelled light-theme SVG and as a PNG, with the profile’s name', async () => {
    const { page, watch, close } = await open();
    await page.check('input[name="rate-model-conversion"][value="4"]');
    // A refused name says why and saves nothing; a good one is put on the chart (as text).
    await page.fill('#assess-name', 'Kim <Min-ji> {date}');
    await page.press('#assess-name', 'Enter');
    await expect(page.textContent('#assess-status')).resolves.toContain('Name saved');
    await page.evaluate(() => {
      const input = document.getElementById('assess-name') as HTMLInputElement;
      input.removeAttribute('maxlength');
      input.value = 'x'.repeat(81);
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await expect(page.textContent('#assess-status')).resolves.toContain('at most 80 characters');
    expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!).name).toBe('Kim <Min-ji> {date}');
    await page.selectOption('#assess-target', 'model-engineer');
    const dir = mkdtempSync(join(tmpdir(), 'atlas-radar-'));
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.click('#assess-radar-svg')]);
    expect(svgDownload.suggestedFilename()).toMatch(/^ai-team-atlas-radar-\d{4}-\d{2}-\d{2}\.svg$/);
    await svgDownload.saveAs(join(dir, 'radar.svg'));
    const svg = readFileSync(join(dir, 'radar.svg'), 'utf8');
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toMatch(/>Kim &lt;Min-ji&gt; \{date\} — Self-assessment, [^<]*\d[^<]* — compared with: Model engineer/);
    expect(svg).toMatch(/Model engineer · (Junior|Mid|Senior|Lead)/);
    expect(svg).toContain('fill="#ffffff"');
    expect(svg).not.toContain('var(--');
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.click('#assess-radar-png')]);
    await pngDownload.saveAs(join(dir, 'radar.png'));
    const png = readFileSync(join(dir, 'radar.png'));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(1280);
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('says so when the chart exporter or a share link cannot be made, changing nothing', async () => {
    const { page, close } = await open();
    await page.check('input[name="rate-model-conversion"][value="2"]');
    const saved = await page.evaluate((k) => localStorage.getItem(k), KEY);
    // The exporter loads on the first click; offline or blocked, the page says why.
    await page.route('**/radar-export*.js', (route) => route.abort());
    await page.click('#assess-radar-svg');
    await expect(page.waitForFunction(() => /could not be downloaded/.test(document.getElementById('assess-status')!.textContent ?? ''))).resolves.toBeTruthy();
    // A share link that cannot be encoded (here: no compression in the browser) gets a message, not silence.
    await page.evaluate(() => {
      (window as unknown as { CompressionStream: unknown }).CompressionStream = class {
        constructor() {
          throw new TypeError('unsupported');
        }
      };
    });
    await page.click('#assess-share');
    await expect(page.waitForFunction(() => /No share link was created/.test(document.getElementById('assess-status')!.textContent ?? ''))).resolves.toBeTruthy();
    expect(await page.inputValue('#assess-share-url')).toBe('');
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(saved);
    await close();
  });

  it('on a phone, links from the controls to the profile below the form; side by side, the link is not needed', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const { page, watch } = await watchedPage(context, origin);
    await page.goto(`${base}ko/assess/`, { waitUntil: 'networkidle' });
    const jump = page.locator('.assess-jump a');
    expect(await jump.isVisible()).toBe(true);
    expect(await jump.textContent()).toBe('내 프로필(레이더, 격차, 맞는 직무)로 건너뛰기');
    expect(await page.locator('#assess-results-title').isVisible()).toBe(true);
    const below = await page.$eval('#assess-results-title', (h) => h.getBoundingClientRect().top);
    expect(below).toBeGreaterThan(844);
    await jump.click();
    expect(page.url()).toMatch(/#assess-results-title$/);
    const top = await page.$eval('#assess-results-title', (h) => h.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-1); // scrolled to the heading, within sub-pixel rounding
    expect(top).toBeLessThan(844);
    expect(watch.errors).toEqual([]);
    await context.close();
    const wide = await open();
    expect(await wide.page.locator('.assess-jump a').isVisible()).toBe(false);
    await wide.close();
  });

  it('works in Korean too', async () => {
    const { page, watch, close } = await open('ko/assess/');
    expect(await page.getAttribute('html', 'lang')).toBe('ko');
    await page.check('input[name="rate-model-conversion"][value="1"]');
    await expect(page.textContent('#assess-progress-text')).resolves.toContain('1개');
    expect(await axe(page)).toEqual([]);
    expect(watch.errors).toEqual([]);
    await close();
  });
});
