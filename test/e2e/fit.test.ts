import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axe, launch, press, requestedFiles, tabTo, watchedPage, type Watch } from './browser';

const base = inject('baseUrl');
const origin = new URL(base).origin;
const KEY = 'ai-team-atlas.fit-candidates';
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

async function open(path: string, colorScheme: 'light' | 'dark' = 'light'): Promise<{ page: Page; watch: Watch; close: () => Promise<void> }> {
  const context = await browser.newContext({ colorScheme, acceptDownloads: true });
  const { page, watch } = await watchedPage(context, origin);
  await page.goto(base + path, { waitUntil: 'networkidle' });
  const tag = path.includes('assess/') ? 'atlas-assess' : 'atlas-fit';
  await page.waitForFunction((t) => customElements.get(t) !== undefined, tag);
  return { page, watch, close: () => context.close() };
}

/** A self-assessment file in the export format (version 2). */
const assessment = (ratings: Record<string, number>) =>
  JSON.stringify({ format: 'ai-team-atlas/assessment', version: 2, ratings, target: null, hideExpectations: false, snapshots: [], updatedAt: '2026-12-01T00:00:00.000Z' });
const file = (name: string, body: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(body) });

async function importFiles(page: Page, files: ReturnType<typeof file>[] | string) {
  await page.evaluate(() => (document.getElementById('fit-status')!.textContent = ''));
  await page.setInputFiles('#fit-import', files);
  await page.waitForFunction(() => document.getElementById('fit-status')!.textContent !== '');
  return page.textContent('#fit-status');
}

const ranking = (page: Page) => page.$$eval('#fit-ranking tbody tr', (rows) => rows.map((r) => [...(r as HTMLTableRowElement).cells].map((c) => c.textContent?.trim() ?? '')));
const expectedCount = (page: Page) => page.locator('#fit-must input[type=checkbox]').count();

describe('position fit in a real browser', () => {
  it('imports a file exported by the self-assessment and shows fit, coverage and what was not assessed', async () => {
    const assess = await open('assess/');
    await assess.page.check('input[name="rate-model-conversion"][value="4"]');
    await assess.page.check('input[name="rate-production-code"][value="2"]');
    const [download] = await Promise.all([assess.page.waitForEvent('download'), assess.page.click('#assess-export')]);
    const path = join(mkdtempSync(join(tmpdir(), 'atlas-fit-')), download.suggestedFilename());
    await download.saveAs(path);
    await assess.close();

    const { page, watch, close } = await open('fit/#position=model-engineer:senior&must=model-conversion');
    expect(await page.inputValue('#fit-role')).toBe('model-engineer');
    expect(await page.isChecked('#fit-must-model-conversion')).toBe(true);
    expect(await importFiles(page, path)).toContain('Added: Candidate 1.');
    const n = await expectedCount(page);
    // Model engineer, senior: conversion 4 (rated 4) and production code 4 (rated 2) → (4 + 2) / (4 + 4) = 75 %.
    expect(await ranking(page)).toEqual([['1', 'Candidate 1', '75 %', `2 of ${n}`, 'None', '1']]);
    const details = await page.textContent('#fit-details');
    expect(details).toContain(`Fit 75 % over the expected skills they rated; assessed 2 of ${n} expected skills.`);
    expect(details).toContain('Model conversion: rated 4, expected 4 · Must have');
    expect(details).toContain('Production code: rated 2, expected 4 (2 below)');
    const notAssessed = await page.locator('#fit-details article h5:has-text("Not assessed") + ul li').allTextContents();
    expect(notAssessed).toHaveLength(n - 2);
    expect(notAssessed).toContain('Inference serving');
    expect(await page.locator('#fit-radar path.series').count()).toBe(2);
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
    await close();
  });

  it('draws an area a candidate did not assess without a point, and the table and legend say so', async () => {
    const { page, watch, close } = await open('fit/#position=model-engineer:senior');
    // Every area the position expects but problem framing (service requirements) has a rated skill.
    await importFiles(page, [file('ana.json', assessment({
      'model-conversion': 4, 'production-code': 3, 'model-architecture': 2, 'offline-evaluation': 2, 'stakeholder-communication': 2, 'mlops-deployment': 1,
    }))]);
    const cell = (area: string) => page.$$eval(`#fit-areas tr[data-area="${area}"] td`, (tds) => tds.map((td) => td.textContent));
    expect(await cell('problem-framing')).toEqual(['3', 'Not assessed']);
    expect(await cell('optimization-serving')).toEqual(['3.4', '4']);
    // The candidate's outline (series 2) has a vertex on every axis but the areas not assessed, none at the centre:
    // six vertices for the six areas rated (problem framing, data curation and tooling have none).
    const d = (await page.getAttribute('#fit-radar path.series.s2', 'd'))!;
    expect(d).toMatch(/^M[-\d.]+,[-\d.]+(L[-\d.]+,[-\d.]+)+Z$/);
    const vertices = d.match(/[-\d.]+,[-\d.]+/g)!;
    expect(vertices).toHaveLength(6);
    expect(vertices.filter((p) => p === '0,0')).toEqual([]);
    // The position (series 1) keeps a vertex on every axis.
    expect((await page.getAttribute('#fit-radar path.series.s1', 'd'))!.match(/[-\d.]+,[-\d.]+/g)).toHaveLength(9);
    expect(await page.textContent('figure:has(#fit-radar) .legend li:nth-child(2)')).toBe(
      'ana — not assessed: Problem framing & service requirements, Data collection & curation, Tooling & automation (no point on those axes)',
    );
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('ranks two candidates, flags a must-have below expectation, keeps them across a reload, and refuses bad files', async () => {
    const { page, watch, close } = await open('fit/#position=model-engineer:senior&must=model-conversion');
    const status = await importFiles(page, [
      file('bo-park.json', assessment({ 'model-conversion': 2, 'production-code': 4 })),
      file('ana-kim.json', assessment({ 'model-conversion': 4, 'production-code': 4, 'unknown-skill': 3 })),
    ]);
    expect(status).toContain('Added: bo park, ana kim.');
    expect(status).toContain('Ratings of skills this atlas does not have were ignored: unknown-skill.');
    const n = await expectedCount(page);
    expect(await ranking(page)).toEqual([
      ['1', 'ana kim', '100 %', `2 of ${n}`, 'None', '0'],
      ['2', 'bo park', '75 %', `2 of ${n}`, 'Model conversion', '1'],
    ]);
    expect(await page.textContent('#fit-details')).toContain('Must-have below expectation: Model conversion');
    expect(await page.locator('#fit-radar path.series').count()).toBe(3);

    for (const [bad, reason] of [
      [file('broken.json', '{ not json'), 'It is not a JSON file.'],
      [file('other-atlas.json', assessment({ 'basket-weaving': 5 })), 'None of its ratings are for skills in this atlas (basket-weaving).'],
      [file('huge.json', assessment({}) + ' '.repeat(1_000_001)), 'The file is larger than 1 MB.'],
      [file('script.json', JSON.stringify({ format: 'ai-team-atlas/assessment', version: 2, ratings: { '<img src=x onerror=alert(1)>': 3 } })), 'The value at ratings.<img src=x onerror=alert(1)> is not one a self-assessment can hold.'],
    ] as const) {
      const message = await importFiles(page, [bad]);
      expect(message).toContain(`“${bad.name}” was not loaded. ${reason}`);
      expect(message).toContain('Candidates already loaded are unchanged.');
      expect((await ranking(page)).map((r) => r[1])).toEqual(['ana kim', 'bo park']);
    }
    expect(await page.locator('img').count()).toBe(0);

    await page.reload({ waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.querySelectorAll('#fit-ranking tbody tr').length === 2);
    expect((await ranking(page)).map((r) => r[1])).toEqual(['ana kim', 'bo park']);
    expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!).candidates).toHaveLength(2);
    expect(await axe(page)).toEqual([]);
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('is used by keyboard alone: position, must-have, candidate focus, observed level, rename and remove', async () => {
    const { page, watch, close } = await open('fit/#position=model-engineer:senior');
    await importFiles(page, [file('ana.json', assessment({ 'model-conversion': 4, 'production-code': 1 }))]);
    await page.focus('#fit-seniority');
    await press(page, 'ArrowUp');
    await page.waitForFunction(() => location.hash === '#position=model-engineer:mid');
    await tabTo(page, '#fit-must-model-conversion');
    await press(page, 'Space');
    await page.waitForFunction(() => location.hash === '#position=model-engineer:mid&must=model-conversion');
    // With one candidate loaded, the rubric starts with their biggest gap without being asked; choosing no
    // candidate puts the must-have first, and choosing the candidate again puts the gap first.
    const firstTitle = () => page.textContent('#fit-rubric > li:first-child h3');
    expect(await firstTitle()).toContain('Production code');
    expect(await firstTitle()).toContain('Gap for ana');
    expect(await page.inputValue('#fit-focus')).toBe('c1');
    await tabTo(page, '#fit-focus');
    await press(page, 'ArrowUp');
    await page.waitForFunction(() => !document.querySelector('#fit-rubric > li:first-child h3')?.textContent?.includes('Gap for ana'));
    expect(await firstTitle()).toContain('Model conversion');
    await press(page, 'ArrowDown');
    await page.waitForFunction(() => document.querySelector('#fit-rubric > li:first-child h3')?.textContent?.includes('Gap for ana'));
    expect(await firstTitle()).toContain('Production code');
    expect(await page.textContent('#fit-status')).toContain('The rubric now starts with the gaps of ana');
    // No observed level is ticked beforehand: "not observed" is a choice like the levels, not a default.
    const first = '#fit-rubric > li:first-child input[type=radio]';
    expect(await page.locator(`${first}:checked`).count()).toBe(0);
    await tabTo(page, first);
    await press(page, 'ArrowRight', 'ArrowRight', 'ArrowRight');
    expect(await page.locator(`${first}:checked`).getAttribute('value')).toBe('2');

    await tabTo(page, '#fit-name-c1', { backwards: true, max: 200 });
    await press(page, 'Control+A');
    await page.keyboard.type('Ana Kim');
    await press(page, 'Tab');
    await page.waitForFunction(() => document.getElementById('fit-status')!.textContent!.includes('Renamed: Ana Kim.'));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('fit-remove-c1');
    await press(page, 'Enter');
    await page.waitForFunction(() => document.querySelectorAll('#fit-ranking tbody tr').length === 0);
    expect(await page.textContent('#fit-status')).toContain('Removed: Ana Kim.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('fit-import');
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('says what is wrong with a bad link and still shows a usable position', async () => {
    const { page, watch, close } = await open('fit/#position=wizard:mid&must=model-conversion');
    expect(await page.textContent('#fit-status')).toContain('“wizard”');
    expect(await page.locator('#fit-rubric > li').count()).toBeGreaterThan(3);
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('keeps the role of a link whose seniority does not exist, at mid level, and says so', async () => {
    const { page, watch, close } = await open('fit/#position=data-curator:guru');
    await page.waitForFunction(() => (document.getElementById('fit-status')?.textContent ?? '').includes('“guru”'));
    expect(await page.textContent('#fit-status')).toContain('The role is kept at mid level');
    expect(await page.inputValue('#fit-role')).toBe('data-curator');
    expect(await page.inputValue('#fit-seniority')).toBe('mid');
    expect(await page.textContent('#fit-rubric-title')).toBe('Interview rubric: Data curator · Mid');
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('prints the rubric and the position only', async () => {
    const { page, close } = await open('fit/#position=modeler:junior&must=training-experimentation');
    await importFiles(page, [file('ana.json', assessment({ 'training-experimentation': 1 }))]);
    expect(await page.textContent('#fit-print-hint')).toContain('one A4 page for a short position, two for the longest');
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('#fit-print-hint')).toBe(false);
    for (const hidden of ['#fit-form', '#fit-ranking', '#fit-import', '#fit-focus', '#fit-print', 'h1']) expect(await page.isVisible(hidden), hidden).toBe(false);
    expect(await page.textContent('#fit-rubric-title')).toBe('Interview rubric: Modeler · Junior');
    expect(await page.textContent('#fit-position-line')).toMatch(/^\d+ key skills · Must have: Training and experimentation$/);
    expect(await page.isVisible('#fit-rubric > li:first-child')).toBe(true);
    // Every part an interviewer needs is on paper: what to look for, the "not yet" band, both questions, the
    // observed level with "not observed" as a choice of its own, and nothing ticked beforehand.
    const first = '#fit-rubric > li:first-child';
    expect(await page.isVisible(`${first} dt:has-text("Not yet")`)).toBe(true);
    expect(await page.locator(`${first} dd ol li`).evaluateAll((li) => li.filter((l) => (l as HTMLElement).offsetHeight > 0).length)).toBe(2);
    expect(await page.isVisible(`${first} input[type=radio][value=""]`)).toBe(true);
    expect(await page.locator('#fit-rubric input[type=radio]:checked').count()).toBe(0);
    await close();
  });

  it('refuses a malformed file with a message in Korean, and keeps the candidate loaded before', async () => {
    const { page, watch, close } = await open('ko/fit/#position=model-engineer:senior');
    expect(await importFiles(page, [file('ana.json', assessment({ 'model-conversion': 4 }))])).toContain('추가했습니다: ana.');
    for (const [bad, reason] of [
      [file('broken.json', '{ not json'), 'JSON 파일이 아닙니다.'],
      [file('other-atlas.json', assessment({ 'basket-weaving': 5 })), '평가한 역량이 모두 이 아틀라스에 없는 역량입니다(basket-weaving).'],
      [file('huge.json', assessment({}) + ' '.repeat(1_000_001)), '파일이 1MB보다 큽니다.'],
    ] as const) {
      const message = await importFiles(page, [bad]);
      expect(message).toContain(`“${bad.name}” 파일을 불러오지 않았습니다. ${reason} 이미 불러온 후보는 그대로입니다.`);
      expect((await ranking(page)).map((r) => r[1])).toEqual(['ana']);
    }
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('works in Korean, in the dark theme, with no accessibility violations', async () => {
    const { page, watch, close } = await open('ko/fit/#position=data-curator:mid', 'dark');
    const status = await importFiles(page, [file('ana.json', assessment({ 'annotation-guidelines': 3 }))]);
    expect(status).toContain('추가했습니다: ana.');
    expect(await page.textContent('#fit-details')).toContain('평가 안 됨');
    expect(await page.textContent('#fit-rubric-title')).toContain('면접 루브릭');
    expect(await axe(page)).toEqual([]);
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('has no accessibility violations in the light theme with two candidates and a candidate in focus', async () => {
    const { page, watch, close } = await open('fit/#position=model-engineer:senior&must=model-conversion');
    await importFiles(page, [file('a.json', assessment({ 'model-conversion': 3 })), file('b.json', assessment({ 'production-code': 2 }))]);
    await page.selectOption('#fit-focus', 'c1');
    expect(await axe(page)).toEqual([]);
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('names a candidate by the name their file carries, as text, before the file name', async () => {
    const { page, watch, close } = await open('fit/#position=model-engineer:senior');
    const named = JSON.stringify({ ...JSON.parse(assessment({ 'model-conversion': 4 })), name: '<b>Kim</b> Min-ji' });
    expect(await importFiles(page, [file('ai-team-atlas-assessment-2026-12-02.json', named)])).toContain('Added: <b>Kim</b> Min-ji.');
    expect(await page.textContent('#fit-ranking')).toContain('<b>Kim</b> Min-ji');
    expect(await page.locator('#fit-ranking b, #fit-list b').count()).toBe(0);
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('shows a candidate’s evidence links as links, and their note as text', async () => {
    const { page, watch, close } = await open('fit/#position=model-engineer:senior');
    const withEvidence = JSON.stringify({
      ...JSON.parse(assessment({ 'model-conversion': 4 })),
      evidence: { 'model-conversion': { note: 'Converted a <b>CRNN</b> to TFLite', links: ['https://github.com/ana/crnn-tflite', 'https://example.org/demo?x=1'] } },
    });
    expect(await importFiles(page, [file('ana.json', withEvidence)])).toContain('Added: ana.');
    const link = page.locator('#fit-details a[href="https://github.com/ana/crnn-tflite"]');
    expect(await link.count()).toBe(1);
    expect(await link.textContent()).toBe('https://github.com/ana/crnn-tflite');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer nofollow');
    expect(await link.getAttribute('target')).toBeNull();
    expect(await page.getAttribute('#fit-details .fit-evidence a >> nth=1', 'href')).toBe('https://example.org/demo?x=1');
    expect(await page.textContent('#fit-details')).toContain('Evidence: Converted a <b>CRNN</b> to TFLite');
    expect(await page.locator('#fit-details b').count()).toBe(0);
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('prints the whole interview rubric on two A4 pages at most for the position with the most key skills, on one for the fewest, in both locales', async () => {
    // Each page of the PDF is one "/Type /Page" object (the page tree is "/Type /Pages").
    const printedPages = async (page: Page) => {
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4' });
      await page.emulateMedia({ media: 'screen' });
      return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length;
    };
    const first = await open('fit/#position=modeler:mid');
    const roles = await first.page.$$eval('#fit-role option', (options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    let longest = { position: '', skills: 0 };
    let shortest = { position: '', skills: Infinity };
    for (const role of roles) {
      for (const seniority of ['junior', 'mid', 'senior', 'lead']) {
        await first.page.selectOption('#fit-role', role);
        await first.page.selectOption('#fit-seniority', seniority);
        // The role's expectations are fetched when it is first chosen; the hash follows once it is shown.
        await first.page.waitForFunction((p) => location.hash === `#position=${p}`, `${role}:${seniority}`);
        const skills = await first.page.locator('#fit-rubric > li').count();
        if (skills > longest.skills) longest = { position: `${role}:${seniority}`, skills };
        if (skills < shortest.skills) shortest = { position: `${role}:${seniority}`, skills };
      }
    }
    await first.close();
    expect(longest.skills).toBeGreaterThanOrEqual(21);
    // Every part of each skill prints (what to look for, the "not yet" band, two questions, the observed level),
    // so the longest profile takes two pages, as the print hint on the page says.
    const complete = (page: Page) => page.waitForFunction(() => [...document.querySelectorAll('#fit-rubric > li')].every((li) => li.querySelectorAll('dd').length === 3 && (li.querySelector('dd')?.textContent ?? '') !== ''));
    for (const prefix of ['', 'ko/']) {
      for (const [{ position, skills }, pages] of [[longest, 2], [shortest, 1]] as const) {
        const { page, close } = await open(`${prefix}fit/#position=${position}`);
        await complete(page);
        expect(await page.locator('#fit-rubric > li').count()).toBe(skills);
        expect(await printedPages(page), `${prefix}fit/ ${position}, ${skills} key skills`).toBe(pages);
        await close();
      }
    }
  });
});

describe.each([
  ['en', '', 'The expected levels of Data annotator could not be loaded.'],
  ['ko', 'ko/', '데이터 어노테이터 (라벨러)의 기대 레벨을 불러오지 못했습니다.'],
] as const)('the position’s role, fetched when chosen (%s)', (_, prefix, message) => {
  it('fetches only the chosen roles’ files, says when one cannot be fetched, keeps the position shown, and works again once it can', async () => {
    const context = await browser.newContext();
    const { page, watch } = await watchedPage(context, origin);
    const fetched = requestedFiles(page, '/compare/data/');
    await page.goto(`${base}${prefix}fit/#position=model-engineer:mid`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.querySelectorAll('#fit-must input').length > 0);
    expect(fetched).toEqual(['model-engineer.json']);
    const shown = await page.locator('#fit-must input').count();

    await page.route('**/compare/data/data-annotator.json', (route) => route.abort());
    await page.selectOption('#fit-role', 'data-annotator');
    await page.waitForFunction((m) => (document.getElementById('fit-status')?.textContent ?? '').includes(m), message);
    // Nothing changed: the same position, hash and key skills; the select shows it again.
    expect(await page.inputValue('#fit-role')).toBe('model-engineer');
    expect(await page.evaluate(() => location.hash)).toBe('#position=model-engineer:mid');
    expect(await page.locator('#fit-must input').count()).toBe(shown);
    expect(await page.getAttribute('atlas-fit', 'aria-busy')).toBeNull();
    expect(await axe(page)).toEqual([]);

    await page.unroute('**/compare/data/data-annotator.json');
    await page.selectOption('#fit-role', 'data-annotator');
    await page.waitForFunction(() => location.hash === '#position=data-annotator:mid');
    await page.selectOption('#fit-role', 'model-engineer');
    await page.waitForFunction(() => location.hash === '#position=model-engineer:mid');
    // The refused attempt and the retry; the role chosen again comes from what was fetched, not a new request.
    expect(fetched).toEqual(['model-engineer.json', 'data-annotator.json', 'data-annotator.json']);
    expect(watch.foreign).toEqual([]);
    await context.close();
  });
});

describe.each([
  ['en', '', 'The level descriptors for the rubric could not be loaded.'],
  ['ko', 'ko/', '면접 루브릭에 필요한 레벨 기준을 불러오지 못했습니다.'],
] as const)('the rubric’s level descriptors, fetched with the position (%s)', (_, prefix, message) => {
  const lookFor = (page: Page) => page.$$eval('#fit-rubric > li', (items) => items.map((li) => li.querySelector('dd')?.textContent ?? ''));

  it('fetches only the chunks that hold the position’s skills, says when they cannot be fetched, and works again once they can', async () => {
    const context = await browser.newContext();
    const { page, watch } = await watchedPage(context, origin);
    const fetched = requestedFiles(page, '/assess/data/');
    await page.goto(`${base}${prefix}fit/#position=model-engineer:mid`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => (document.querySelector('#fit-rubric > li dd')?.textContent ?? '') !== '');
    const files = [...fetched];
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((f) => !/^\d+\.json$/.test(f))).toEqual([]);
    const chunks = JSON.parse(await page.evaluate(async (url) => (await fetch(url)).text(), `${base}${prefix}assess/data/index.json`)) as { chunks: number[] };
    expect(files.length).toBeLessThan(chunks.chunks.length);
    expect((await lookFor(page)).filter((text) => text.length < 10)).toEqual([]);
    expect(watch.errors).toEqual([]);

    // Another role whose skills sit in chunks not fetched yet, with those chunks unreachable.
    await page.route('**/assess/data/*.json', (route) => route.abort());
    await page.selectOption('#fit-role', 'data-annotator');
    await page.waitForFunction((m) => (document.getElementById('fit-status')?.textContent ?? '').includes(m), message);
    expect(await page.locator('#fit-rubric > li').count()).toBeGreaterThan(2);
    expect(await axe(page)).toEqual([]);
    await page.unroute('**/assess/data/*.json');
    await page.selectOption('#fit-seniority', 'senior');
    await page.waitForFunction(() => [...document.querySelectorAll('#fit-rubric > li')].every((li) => (li.querySelector('dd')?.textContent ?? '') !== ''));
    await context.close();
  });
});
