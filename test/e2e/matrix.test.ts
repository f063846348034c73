/** The skills matrix in a real browser, both locales: keyboard filtering, sorting, seniority, descriptors; axe light and dark. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axe, launch, watchedPage } from './browser';

const base = inject('baseUrl');
const origin = new URL(base).origin;
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const LOCALES = [
  { path: 'matrix/', mid: 'Mid', senior: 'Senior', none: 'This role does not expect the skill at this seniority.', level: 'Expected level' },
  { path: 'ko/matrix/', mid: '미들', senior: '시니어', none: '이 연차의 이 직무에는 요구하지 않는 역량입니다.', level: '기대 레벨' },
];

/** Texts of the visible cells of the visible role column at DOM position `col` (0 = first role), per area. */
function columnLevels(page: Page, col: number): Promise<number[][]> {
  return page.$$eval(
    '#matrix tbody:not([hidden])',
    (bodies, c) =>
      bodies.map((tbody) =>
        [...tbody.querySelectorAll('tr[data-skill]')].map((tr) => Number((tr as HTMLTableRowElement).querySelectorAll('td:not([hidden])')[c as number]!.textContent)),
      ),
    col,
  );
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const cell = el.closest('th, td') as HTMLElement | null;
    return { tag: el.tagName, id: el.id, text: el.textContent?.trim() ?? '', cell: cell?.tagName ?? '', role: cell?.dataset.role ?? '' };
  });

async function tabTo(page: Page, test: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (test(await focused(page))) return;
  }
  throw new Error('focus never reached the target');
}

describe.each(LOCALES)('skills matrix at /$path', ({ path, mid, senior, none, level }) => {
  it('shows mid level without JavaScript, every cell a number from its four levels', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(base + path);
    await expect(page.textContent('#matrix-caption-seniority')).resolves.toBe(mid);
    const cells = await page.$$eval('#matrix td[data-l]', (tds) => tds.map((td) => [(td as HTMLElement).dataset.l!, td.textContent!.trim(), td.className]));
    expect(cells.length).toBeGreaterThan(12 * 36);
    for (const [levels, text, cls] of cells) {
      expect(text).toBe(levels![1]);
      expect(cls).toBe(`lv lv-${levels![1]}`);
    }
    await context.close();
  });

  it('filters by team, switches seniority, sorts and opens a descriptor, all by keyboard', async () => {
    const context = await browser.newContext();
    const { page, watch } = await watchedPage(context, origin);
    await page.goto(base + path, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => customElements.get('atlas-matrix') !== undefined);

    // Seniority: Tab to the select, one step down from mid is senior.
    await page.focus('#site-search');
    await tabTo(page, (f) => f.id === 'matrix-seniority');
    await page.keyboard.press('ArrowDown');
    await expect(page.inputValue('#matrix-seniority')).resolves.toBe('senior');
    await expect(page.textContent('#matrix-caption-seniority')).resolves.toBe(senior);
    const seniorCells = await page.$$eval('#matrix td[data-l]', (tds) => tds.map((td) => [(td as HTMLElement).dataset.l![2], td.textContent!.trim()]));
    for (const [want, shown] of seniorCells) expect(shown).toBe(want);
    await expect(page.textContent('#matrix-status')).resolves.toContain(senior);

    // Team: the next select; the first team is the model team.
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('matrix-team');
    await page.keyboard.press('ArrowDown');
    await expect(page.inputValue('#matrix-team')).resolves.toBe('model');
    const heads = await page.$$eval('#matrix th.role', (ths) => ths.map((th) => [(th as HTMLElement).dataset.team, (th as HTMLElement).hidden]));
    expect(heads.filter(([team]) => team === 'model').every(([, hidden]) => hidden === false)).toBe(true);
    expect(heads.filter(([team]) => team !== 'model').every(([, hidden]) => hidden === true)).toBe(true);
    const modelRoles = heads.filter(([team]) => team === 'model').length;
    expect(modelRoles).toBeGreaterThanOrEqual(2);
    const widths = await page.$$eval('#matrix tbody tr[data-skill]', (trs) => [...new Set(trs.map((tr) => tr.querySelectorAll('td:not([hidden])').length))]);
    expect(widths).toEqual([modelRoles]);
    await expect(page.getAttribute('#matrix tbody tr.area th', 'colspan')).resolves.toBe(String(1 + modelRoles));

    // Into the table: one tab stop, on the first role's sort button. Enter sorts the skills by it, highest first.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    let f = await focused(page);
    expect(f).toMatchObject({ tag: 'BUTTON', cell: 'TH' });
    const firstRole = f.role;
    await page.keyboard.press('Enter');
    await expect(page.getAttribute(`#matrix th[data-role="${firstRole}"]`, 'aria-sort')).resolves.toBe('descending');
    for (const levels of await columnLevels(page, 0)) expect(levels).toEqual([...levels].sort((a, b) => b - a));
    await page.keyboard.press('Enter');
    await expect(page.getAttribute(`#matrix th[data-role="${firstRole}"]`, 'aria-sort')).resolves.toBe('ascending');
    for (const levels of await columnLevels(page, 0)) expect(levels).toEqual([...levels].sort((a, b) => a - b));

    // Arrow right to the next role: sorting by it moves aria-sort there.
    await page.keyboard.press('ArrowRight');
    f = await focused(page);
    expect(f.role).not.toBe(firstRole);
    await page.keyboard.press('Enter');
    await expect(page.getAttribute(`#matrix th[data-role="${firstRole}"]`, 'aria-sort')).resolves.toBeNull();
    await expect(page.getAttribute(`#matrix th[data-role="${f.role}"]`, 'aria-sort')).resolves.toBe('descending');

    // Arrow down into the first skill's cell and open its descriptor.
    await page.keyboard.press('ArrowDown');
    f = await focused(page);
    expect(f).toMatchObject({ tag: 'BUTTON', cell: 'TD' });
    const cell = await page.evaluate(() => {
      const td = document.activeElement!.closest('td')!;
      const tr = td.closest('tr')!;
      return { level: Number(td.textContent), descriptors: JSON.parse(tr.dataset.d!) as string[], skill: tr.cells[0]!.textContent!.trim() };
    });
    await page.keyboard.press('Enter');
    await expect(page.isVisible('#matrix-details-body')).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement!.closest('td')!.classList.contains('selected'))).resolves.toBe(true);
    const title = await page.textContent('#matrix-details-title');
    expect(title).toContain(cell.skill);
    expect(title).toContain(senior);
    await expect(page.textContent('#matrix-details-level')).resolves.toContain(`${level} ${cell.level}`);
    await expect(page.textContent('#matrix-details-text')).resolves.toBe(cell.level === 0 ? none : cell.descriptors[cell.level - 1]);
    expect(await page.getAttribute('#matrix-details-skill', 'href')).toMatch(/\/skills\/[a-z0-9-]+\/(#level-[1-5])?$/);
    expect((await focused(page)).cell).toBe('TD');

    // Arrow left to the skill's header: sorting the roles by it marks the row header.
    await page.keyboard.press('Home');
    f = await focused(page);
    expect(f.cell).toBe('TH');
    await page.keyboard.press('Enter');
    await expect(page.$eval('#matrix tbody th[aria-sort]', (th) => th.textContent!.trim())).resolves.toBe(cell.skill);
    const row = await page.$eval('#matrix tbody th[aria-sort]', (th) =>
      [...th.closest('tr')!.querySelectorAll('td:not([hidden])')].map((td) => Number(td.textContent)),
    );
    expect(row).toEqual([...row].sort((a, b) => b - a));

    // Area filter hides the other areas.
    await page.selectOption('#matrix-area', { index: 1 });
    await expect(page.$$eval('#matrix tbody:not([hidden])', (b) => b.length)).resolves.toBe(1);

    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  it('passes axe in the dark theme with a descriptor open', async () => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const { page, watch } = await watchedPage(context, origin);
    await page.goto(base + path, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => customElements.get('atlas-matrix') !== undefined);
    await page.click('#matrix tbody tr[data-skill] td:nth-of-type(2) button');
    await expect(page.isVisible('#matrix-details-body')).resolves.toBe(true);
    // The legend shows every level colour, so one run checks the contrast of all six in this theme.
    await page.selectOption('#matrix-seniority', 'lead');
    expect(await axe(page)).toEqual([]);
    expect(watch.errors).toEqual([]);
    await context.close();
  });
});
