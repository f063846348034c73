/** The job-title lookup on the home page, in a real browser, in both locales: typing, keyboard, links, axe. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axe, launch, watchedPage, type Watch } from './browser';

const base = inject('baseUrl');
const origin = new URL(base).origin;
const basePath = new URL(base).pathname;
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

async function home(locale: 'en' | 'ko'): Promise<{ page: Page; watch: Watch; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const { page, watch } = await watchedPage(context, origin);
  await page.goto(`${base}${locale === 'ko' ? 'ko/' : ''}`, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => customElements.get('atlas-title-lookup') !== undefined);
  return { page, watch, close: () => context.close() };
}

/** Types `title` into the lookup field and waits until the results for it are listed. */
async function lookUp(page: Page, title: string) {
  await page.fill('#title-lookup-q', title);
  await page.waitForFunction((q) => (document.getElementById('title-lookup-status')?.textContent ?? '').includes(q), title);
  return page.$$eval('#title-lookup-results li', (items) =>
    items.map((li) => ({ href: li.querySelector('a')!.getAttribute('href'), name: li.querySelector('a')!.textContent, reason: li.querySelector('p')!.textContent })),
  );
}

describe('job-title lookup on the home page', () => {
  it.each([
    ['en', 'Senior MLOps Engineer', 'aiops-engineer', 'AIOps / MLOps engineer', /^Matches the title “MLOps Engineer” listed for this role\.$/, 'senior'],
    ['ko', '[네이버] AI 모델 경량화 엔지니어 (경력 5년 이상)', 'model-engineer', '모델 엔지니어', /^이 직무의 공고 직함 “[^”]*경량화 엔지니어”에 해당합니다\.$/, 'mid'],
  ] as const)('(%s) lists three roles with reasons for "%s"; the keyboard picks the first and lands on its page', async (locale, title, id, name, reason, seniority) => {
    const { page, watch, close } = await home(locale);
    const prefix = `${basePath}${locale === 'ko' ? 'ko/' : ''}`;
    expect(await page.locator('script[src*="TitleLookup"]').count(), 'the home page ships the title lookup once').toBe(1);
    const results = await lookUp(page, title);
    expect(results).toHaveLength(3);
    expect(results[0]).toMatchObject({ href: `${prefix}roles/${id}/`, name });
    expect(results[0]!.reason).toMatch(reason);
    expect(await page.textContent('#title-lookup-status')).toContain(locale === 'en' ? '3 roles for' : '직무 3개');
    const compare = await page.getAttribute('.title-compare a', 'href');
    expect(compare).toBe(`${prefix}compare/#roles=${results.map((r) => `${r.href!.split('/').at(-2)}:${seniority}`).join(',')}`);
    expect(await axe(page)).toEqual([]);
    await page.focus('#title-lookup-q');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(`${prefix}roles/${id}/`);
    await Promise.all([page.waitForURL(`**${prefix}roles/${id}/`), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(`${prefix}roles/${id}/`);
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
    await close();
  });

  it('answers initial consonants and moves through results with ↑ ↓ and Escape', async () => {
    const { page, watch, close } = await home('ko');
    const results = await lookUp(page, 'ㅁㄷ ㅇㅈㄴㅇ');
    expect(results[0]!.href).toBe(`${basePath}ko/roles/model-engineer/`);
    // The initials match the name in both languages alike: the Korean page quotes the Korean one.
    expect(results[0]!.reason).toBe('직무 이름 “모델 엔지니어”에 해당합니다.');
    await page.focus('#title-lookup-q');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(results[1]!.href);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('title-lookup-q');
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('says when a title matches no role and still offers the closest ones', async () => {
    const { page, watch, close } = await home('en');
    const results = await lookUp(page, 'Barista');
    expect(await page.textContent('#title-lookup-status')).toContain('No role matches “Barista”');
    expect(results).toHaveLength(3);
    expect(results[0]!.reason).toMatch(/^Closest listed title in spelling/);
    expect(await axe(page)).toEqual([]);
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('does not count a title that shares only the word "product" with some roles as a match', async () => {
    const { page, watch, close } = await home('en');
    const results = await lookUp(page, 'Product Designer');
    expect(await page.textContent('#title-lookup-status')).toContain('No role matches “Product Designer”');
    expect(results.map((r) => r.href!.split('/').at(-2))).toEqual(['fullstack-ml-engineer', 'ai-product-manager', 'ai-manager']);
    expect(watch.errors).toEqual([]);
    await close();
  });

  it('fetches the title index only when the field is first used, once', async () => {
    const { page, close } = await home('en');
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/title-index.json')) fetched.push(r.url());
    });
    await page.waitForTimeout(200);
    expect(fetched).toEqual([]);
    await lookUp(page, 'LLM Engineer');
    await lookUp(page, 'NLP Engineer');
    expect(fetched).toHaveLength(1);
    await close();
  });
});
