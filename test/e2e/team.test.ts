import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { encodeToken } from '../../src/lib/token';
import { DEFAULT_INPUTS } from '../../src/domain/team/state';
import { axe, focused, launch, requestedFiles, watchedPage, type Watch } from './browser';

const base = inject('baseUrl');
const origin = new URL(base).origin;
const KEY = 'ai-team-atlas.team-plan';
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

async function open(path: string): Promise<{ page: Page; watch: Watch; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const { page, watch } = await watchedPage(context, origin);
  await page.goto(base + path, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => customElements.get('atlas-team') !== undefined && document.querySelector('#tp-teams section') !== null);
  return { page, watch, close: () => context.close() };
}

const lines = (page: Page) => page.$$eval('#tp-skills tr', (rows) => rows.map((r) => `${r.getAttribute('data-skill')} ${r.getAttribute('data-status')}`));
const total = (page: Page) => page.textContent('#tp-total');

async function loadCardBlueprint(page: Page) {
  await page.selectOption('#tp-preset', 'card-recognition-mobile');
  await page.click('#tp-load-preset');
  await page.waitForFunction(() => document.querySelectorAll('#tp-teams section.plan-team').length === 3);
}

const assessment = (ratings: Record<string, number>, role: string) =>
  Buffer.from(JSON.stringify({ format: 'ai-team-atlas/assessment', version: 2, ratings, target: { role, seniority: 'mid' }, hideExpectations: false, snapshots: [], updatedAt: '2026-11-30T09:00:00.000Z' }));

describe.each([
  ['English', ''],
  ['Korean', 'ko/'],
])('team planner in a real browser (%s)', (_, prefix) => {
  it('builds a team from a blueprint: derived requirements, risks, suggestions; axe finds nothing', async () => {
    const { page, watch, close } = await open(`${prefix}team/`);
    await loadCardBlueprint(page);
    const derived = await lines(page);
    expect(derived).toHaveLength(21);
    expect(derived).toContain('model-conversion ok');
    // The 60 ms budget on a phone asks for on-device deployment (phone tight-latency rule), not GPU kernels.
    expect(derived).toContain('on-device-deployment single');
    expect(await total(page)).toMatch(/14/);
    expect(await page.$$eval('#tp-spofs li', (li) => li.length)).toBeGreaterThan(1);
    expect(await page.textContent('#tp-bus')).toMatch(/^1/);
    expect(await page.getAttribute('#tp-series-team', 'd')).toMatch(/^M/);
    // The same inputs drive the same rules: switching to 24/7 adds the on-call line for eight people.
    await page.check('#tp-in-allDay');
    await page.waitForFunction(() => document.querySelector('#tp-skills tr[data-skill="monitoring"]') !== null);
    expect(await page.textContent('#tp-skills tr[data-skill="monitoring"] td:nth-of-type(2)')).toBe('8');
    expect(await axe(page)).toEqual([]);
    await page.reload({ waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.querySelector('#tp-skills tr[data-skill="monitoring"]') !== null);
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
    await close();
  });

  it('fetches a blueprint only when it is loaded, and keeps the plan and its draft when it cannot be fetched', async () => {
    const { page, close } = await open(`${prefix}team/`);
    const fetched = requestedFiles(page, '/team/data/');
    await loadCardBlueprint(page);
    const draft = await page.evaluate((k) => localStorage.getItem(k), KEY);
    const shown = await lines(page);
    await page.route('**/team/data/*.json', (route) => route.abort());
    await page.selectOption('#tp-preset', 'support-assistant-rag');
    await page.click('#tp-load-preset');
    await page.waitForFunction(() => /could not be loaded|불러오지 못했습니다/.test(document.getElementById('tp-status')?.textContent ?? ''));
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(draft);
    expect(await lines(page)).toEqual(shown);
    await page.unroute('**/team/data/*.json');
    await page.click('#tp-load-preset');
    await page.waitForFunction((k) => JSON.parse(localStorage.getItem(k) ?? '{}').preset === 'support-assistant-rag', KEY);
    expect(fetched).toEqual(['card-recognition-mobile.json', 'support-assistant-rag.json', 'support-assistant-rag.json']);
    await close();
  });

  it('adds and removes members with the keyboard only', async () => {
    const { page, watch, close } = await open(`${prefix}team/`);
    await page.focus('#tp-new');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#tp-t1-add-role') !== null && document.querySelectorAll('.plan-member input').length === 0);
    await page.focus('#tp-t1-add-role');
    await page.keyboard.press('ArrowDown');
    const role = await page.$eval('#tp-t1-add-role', (s) => (s as HTMLSelectElement).value);
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('input#tp-t1-add-count');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button#tp-t1-add');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#tp-l1-count') !== null);
    expect(await page.$eval('#tp-l1-role', (s) => (s as HTMLSelectElement).value)).toBe(role);
    expect(await page.$eval('#tp-l1-count', (i) => (i as HTMLInputElement).value)).toBe('3');
    expect(await page.$$eval('.plan-member .away input', (boxes) => boxes.length)).toBe(3);
    expect(await focused(page)).toBe('select#tp-t1-add-role');
    // A head count of 10,000 is refused with a message, and nothing changes.
    await page.focus('#tp-l1-count');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('10000');
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => /10000/.test(document.querySelector('#tp-status')!.textContent ?? ''));
    expect(await page.$eval('#tp-l1-count', (i) => (i as HTMLInputElement).value)).toBe('3');
    const saved = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!);
    expect(saved.teams[0].lines[0].count).toBe(3);
    // Back to the line's remove button by Shift+Tab, then remove it with the keyboard.
    await page.focus('#tp-t1-add-role');
    for (let i = 0; i < 12 && !(await focused(page)).startsWith('button'); i++) await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.action)).toBe('remove-member');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#tp-l1-count') === null);
    expect(await focused(page)).toBe('select#tp-t1-add-role');
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('reproduces the plan from its share link in a fresh browser, without touching that browser’s draft', async () => {
    const first = await open(`${prefix}team/`);
    await loadCardBlueprint(first.page);
    await first.page.check('#tp-away-l2-0');
    await first.page.click('#tp-share');
    await first.page.waitForFunction(() => document.querySelector<HTMLInputElement>('#tp-share-url')!.value !== '');
    const link = await first.page.inputValue('#tp-share-url');
    expect(link).toMatch(/#p=[A-Za-z0-9_-]+$/);
    const expected = { lines: await lines(first.page), total: await total(first.page), bus: await first.page.textContent('#tp-bus') };
    await first.close();

    const context = await browser.newContext();
    const { page, watch } = await watchedPage(context, origin);
    await page.goto(link, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => !document.querySelector<HTMLElement>('#tp-shared')!.hidden);
    expect({ lines: await lines(page), total: await total(page), bus: await page.textContent('#tp-bus') }).toEqual(expected);
    expect(await page.isChecked('#tp-away-l2-0')).toBe(true);
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
    await page.click('#tp-shared-keep');
    expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!).preset).toBe('card-recognition-mobile');
    expect(watch.errors).toEqual([]);
    await context.close();
  });

  it('opens a share link pasted into a tab already on the planner (a hash change), saving nothing until it is kept', async () => {
    const { page, watch, close } = await open(`${prefix}team/`);
    await loadCardBlueprint(page);
    await page.check('#tp-away-l2-0');
    await page.click('#tp-share');
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('#tp-share-url')!.value !== '');
    const link = await page.inputValue('#tp-share-url');
    const expected = { lines: await lines(page), total: await total(page), bus: await page.textContent('#tp-bus') };
    await page.click('#tp-new');
    await page.waitForFunction(() => document.querySelectorAll('#tp-teams section.plan-team').length === 1);
    const draft = await page.evaluate((k) => localStorage.getItem(k), KEY);
    expect(JSON.parse(draft!).preset).toBeNull();

    await page.evaluate((hash) => { location.hash = hash; }, new URL(link).hash);
    await page.waitForFunction(() => !document.querySelector<HTMLElement>('#tp-shared')!.hidden);
    expect({ lines: await lines(page), total: await total(page), bus: await page.textContent('#tp-bus') }).toEqual(expected);
    expect(await page.isChecked('#tp-away-l2-0')).toBe(true);
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(draft);

    // A bad link in the same tab is refused with a message; the shared plan on screen and the draft stay.
    await page.evaluate(() => { location.hash = '#p=AAAA'; });
    await page.waitForFunction(() => /could not be opened|열 수 없습니다/.test(document.getElementById('tp-status')?.textContent ?? ''));
    expect(await lines(page)).toEqual(expected.lines);
    expect(await page.isHidden('#tp-shared')).toBe(false);
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(draft);

    await page.click('#tp-shared-keep');
    expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!).preset).toBe('card-recognition-mobile');
    // A rule's name in the coverage table leads to its entry in the rule list, and that hash opens no plan.
    await page.click('#tp-skills tr[data-skill="model-conversion"] td:last-child a');
    await page.waitForFunction(() => location.hash.startsWith('#rule-'));
    const anchor = await page.evaluate(() => location.hash.slice(1));
    expect(await page.isVisible(`#${anchor} h3`)).toBe(true);
    expect(await page.isHidden('#tp-shared')).toBe(true);
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('imports two members’ self-assessment files at once, and refuses a batch with a bad file', async () => {
    const { page, watch, close } = await open(`${prefix}team/`);
    await loadCardBlueprint(page);
    await page.selectOption('#tp-import-team', 't3');
    await page.setInputFiles('#tp-import-members', [
      { name: 'jisoo.json', mimeType: 'application/json', buffer: assessment({ 'on-device-deployment': 4, 'model-conversion': 3 }, 'model-engineer') },
      { name: 'minho.json', mimeType: 'application/json', buffer: assessment({ 'client-app-development': 3 }, 'serving-app-developer') },
    ]);
    await page.waitForFunction(() => document.querySelector('#tp-p2-name') !== null);
    expect(await page.inputValue('#tp-p1-name')).toBe('jisoo');
    expect(await page.inputValue('#tp-p2-name')).toBe('minho');
    expect(await page.$eval('#tp-p1-role', (s) => (s as HTMLSelectElement).value)).toBe('model-engineer');
    expect(await lines(page)).toContain('on-device-deployment ok');
    const saved = await page.evaluate((k) => localStorage.getItem(k), KEY);
    await page.setInputFiles('#tp-import-members', [
      { name: 'ok.json', mimeType: 'application/json', buffer: assessment({}, 'modeler') },
      { name: 'evil.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"ai-team-atlas/assessment","version":2,"ratings":{"x":9}}') },
    ]);
    await page.waitForFunction(() => /evil\.json/.test(document.querySelector('#tp-status')!.textContent ?? ''));
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(saved);
    expect(await page.$('#tp-p3-name')).toBeNull();
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('refuses a malformed or hostile share link with a message and keeps the saved draft', async () => {
    const first = await open(`${prefix}team/`);
    await loadCardBlueprint(first.page);
    const saved = await first.page.evaluate((k) => localStorage.getItem(k), KEY);
    for (const token of ['not!a!token', 'AAAA', 'q'.repeat(70_000)]) {
      await first.page.goto(`${base}${prefix}team/#p=${token}`, { waitUntil: 'networkidle' });
      await first.page.reload({ waitUntil: 'networkidle' });
      await first.page.waitForFunction(() => (document.querySelector('#tp-status')!.textContent ?? '').length > 0);
      expect(await first.page.isHidden('#tp-shared')).toBe(true);
      expect(await first.page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(saved);
      expect(await total(first.page)).toMatch(/14/);
    }
    expect(first.watch.errors).toEqual([]);
    await first.close();
  });

  it('says in the page’s language which line of a refused link is wrong and what is allowed; drops an unknown blueprint', async () => {
    const first = await open(`${prefix}team/`);
    await loadCardBlueprint(first.page);
    const saved = await first.page.evaluate((k) => localStorage.getItem(k), KEY);
    const line = { id: 'l1', role: 'modeler', seniority: 'mid', count: 10_000, away: [] };
    const payload = (preset: string | null, count: number) => ({ v: 1, preset, inputs: DEFAULT_INPUTS, teams: [{ id: 't1', team: 'model', lines: [line, { ...line, id: 'l2', count }], people: [] }] });
    await first.page.goto(`${base}${prefix}team/#p=${await encodeToken(payload(null, 10_000))}`);
    await first.page.reload({ waitUntil: 'networkidle' });
    await first.page.waitForFunction(() => (document.querySelector('#tp-status')!.textContent ?? '').length > 0);
    const status = await first.page.textContent('#tp-status');
    expect(status).toContain(prefix ? '1번 팀의 1번째 줄: 인원은 1에서 50 사이의 정수여야 합니다.' : 'Team 1, line 1: a head count is a whole number from 1 to 50;');
    expect(status).not.toMatch(/teams\.0|Invalid|at most 50 per line/);
    expect(await first.page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(saved);
    // An unknown blueprint is left out with a message; the plan itself opens.
    await first.page.evaluate(async (hash) => { location.hash = hash; }, `#p=${await encodeToken({ ...payload('no-such-blueprint', 2), teams: [{ id: 't1', team: 'model', lines: [{ ...line, count: 2 }], people: [] }] })}`);
    await first.page.waitForFunction(() => !document.querySelector<HTMLElement>('#tp-shared')!.hidden);
    expect(await first.page.textContent('#tp-status')).toContain(prefix ? '팀 구성안(no-such-blueprint)이 아틀라스에 없어서' : 'a blueprint the atlas does not have (no-such-blueprint)');
    expect(await first.page.textContent('#tp-preset-note')).toBe('');
    expect(await first.page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(saved);
    expect(first.watch.errors).toEqual([]);
    await first.close();
  });
});

describe.each([
  ['English', '', { title: 'Staffing proposal', serving: 'Mobile (on device)', allDay: 'Office hours, no on-call rotation', line: '2 × Serving app developer (Mid)', leaves: 'What if Model team manager (Lead) #1 leaves' }],
  ['Korean', 'ko/', { title: '인력 구성안', serving: '모바일(온디바이스)', allDay: '업무 시간 운영, 온콜 없음', line: '서빙 앱 개발자(미들) 2명', leaves: '모델팀 매니저(리드) 1번이 빠진다면' }],
])('team planner printout (%s)', (_, prefix, text) => {
  it('prints a staffing proposal: requirements, teams and members, coverage with its table, risks; no control', async () => {
    const { page, watch, close } = await open(`${prefix}team/`);
    await loadCardBlueprint(page);
    const away = await page.$$eval('#tp-teams .plan-member', (items) => items
      .find((li) => li.querySelector<HTMLSelectElement>('select[data-action="line-role"]')?.value === 'model-team-manager')!
      .querySelector('input[data-action="away"]')!.id);
    await page.check(`#${away}`);
    await page.emulateMedia({ media: 'print' });
    const visibleControls = await page.$$eval('main input, main select, main button, main textarea, main summary', (els) =>
      els.filter((e) => (e as HTMLElement).checkVisibility()).map((e) => e.id || e.outerHTML.slice(0, 60)));
    expect(visibleControls).toEqual([]);
    expect(await page.isVisible('main h1')).toBe(false);
    expect((await page.textContent('.print-title'))?.trim()).toBe(text.title);
    expect(await page.isVisible('.print-title')).toBe(true);
    // Requirements as text: every field's label and value.
    expect(await page.isVisible('#tp-req-title')).toBe(true);
    const summary = await page.$$eval('#tp-req-summary dd', (dd) => dd.map((d) => d.textContent));
    expect(summary).toHaveLength(11);
    expect(summary).toEqual(expect.arrayContaining([text.serving, '5', '60', '1000', '0.99', '0.95', '8000', text.allDay]));
    expect(await page.isVisible('#tp-req-summary')).toBe(true);
    // Teams and members as lines of text, with the what-if that the coverage assumes.
    expect(await page.$$eval('#tp-teams h3', (h) => h.filter((e) => e.checkVisibility()).length)).toBe(3);
    const members = await page.$$eval('#tp-teams .plan-member p.print-only', (ps) => ps.filter((p) => p.checkVisibility()).map((p) => p.textContent));
    expect(members).toHaveLength(12);
    expect(members).toContain(text.line);
    const leaves = await page.$$eval('#tp-teams label', (ls) => ls.filter((l) => l.checkVisibility()).map((l) => l.textContent));
    expect(leaves).toEqual([text.leaves]);
    // Coverage: the radar with its table, and the skill table.
    for (const id of ['#tp-coverage-title', '#tp-radar', '#tp-areas', '#tp-skills', '#tp-risks-title', '#tp-bus', '#tp-gaps', '#tp-spofs', '#tp-stages']) {
      expect(await page.isVisible(id), id).toBe(true);
    }
    const skillRows = await page.$$eval('#tp-skills tr', (rows) => [rows.length, rows.filter((r) => r.checkVisibility()).length]);
    expect(skillRows[0]).toBeGreaterThan(10);
    expect(skillRows[1]).toBe(skillRows[0]);
    expect(await page.$$eval('#tp-areas tr', (rows) => rows.length)).toBeGreaterThanOrEqual(8);
    // On screen the controls are back and the print-only text is hidden.
    await page.emulateMedia({ media: 'screen' });
    expect(await page.isVisible('#tp-in-qps')).toBe(true);
    expect(await page.isVisible('#tp-req-summary')).toBe(false);
    expect(await page.isVisible('.print-title')).toBe(false);
    expect(watch.errors).toEqual([]);
    await close();
  });
});
