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

async function search(page: Page, query: string) {
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  await page.waitForFunction(() => /\d/.test(document.getElementById('search-status')?.textContent ?? ''));
  return page.$$eval('#search-results .search-result-link', (links) => links.map((a) => a.getAttribute('href')));
}

describe('search in a real browser', () => {
  it('finds an English technical term and shows title, kind and a highlighted excerpt', async () => {
    const context = await browser.newContext();
    const { page, watch } = await watchedPage(context, origin);
    await page.goto(`${base}search/`, { waitUntil: 'networkidle' });
    const hrefs = await search(page, 'TensorRT');
    expect(hrefs).toContain(`${new URL(base).pathname}roles/model-engineer/`);
    await expect(page.locator('#search-results mark').first().textContent()).resolves.toMatch(/tensorrt/i);
    await expect(page.locator('#search-results .tag').first().textContent()).resolves.not.toBe('');
    // Keyboard: ↓ from the field moves to the first result.
    await page.focus('#search-q');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('search-result-link');
    expect(await axe(page)).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
    await context.close();
  });

  it('shows ten results at first and more on request', async () => {
    const context = await browser.newContext();
    const { page } = await watchedPage(context, origin);
    await page.goto(`${base}search/`, { waitUntil: 'networkidle' });
    await search(page, 'model');
    expect(await page.locator('#search-results > li').count()).toBe(10);
    await page.click('#search-more');
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 10);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('search-result-link');
    await context.close();
  });

  it('lands a job-posting title on the role it means', async () => {
    const context = await browser.newContext();
    const { page } = await watchedPage(context, origin);
    await page.goto(`${base}search/?q=${encodeURIComponent('MLOps Engineer')}`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => /\d/.test(document.getElementById('search-status')?.textContent ?? ''));
    const hrefs = await page.$$eval('#search-results .search-result-link', (links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.slice(0, 3)).toContain(`${new URL(base).pathname}roles/aiops-engineer/`);
    await context.close();
  });

  it('finds Korean pages with a Korean query, and an English term on Korean pages', async () => {
    const context = await browser.newContext();
    const { page, watch } = await watchedPage(context, origin);
    await page.goto(`${base}ko/search/`, { waitUntil: 'networkidle' });
    const korean = await search(page, '양자화');
    expect(korean.length).toBeGreaterThan(0);
    expect(korean.every((h) => h!.startsWith(`${new URL(base).pathname}ko/`))).toBe(true);
    expect(korean).toContain(`${new URL(base).pathname}ko/skills/model-compression/`);
    const english = await search(page, 'TensorRT');
    expect(english).toContain(`${new URL(base).pathname}ko/roles/model-engineer/`);
    expect(english.every((h) => h!.startsWith(`${new URL(base).pathname}ko/`))).toBe(true);
    expect(watch.errors).toEqual([]);
    await context.close();
  });

  it('narrows results with the kind filter', async () => {
    const context = await browser.newContext();
    const { page } = await watchedPage(context, origin);
    await page.goto(`${base}search/`, { waitUntil: 'networkidle' });
    await search(page, 'model');
    const total = async () => Number(/\d+/.exec((await page.textContent('#search-status')) ?? '')![0]);
    const all = await total();
    await page.waitForFunction(() => document.querySelectorAll('#search-filter-kind option').length > 2);
    await page.selectOption('#search-filter-kind', 'role');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('kind') === 'role');
    await page.waitForFunction(() => [...document.querySelectorAll('#search-results .tag')].every((t) => t.textContent === 'Role'));
    const roles = await page.$$eval('#search-results .search-result-link', (links) => links.map((a) => a.getAttribute('href')));
    expect(roles.length).toBeGreaterThan(0);
    expect(await total()).toBeLessThan(all);
    expect(roles.every((h) => /\/roles\/[a-z-]+\/$/.test(h!))).toBe(true);
    await context.close();
  });

  it('takes a query from the header search form on any page', async () => {
    const context = await browser.newContext();
    const { page } = await watchedPage(context, origin);
    await page.goto(`${base}roles/`, { waitUntil: 'networkidle' });
    await page.fill('#site-search', 'distillation');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/search\/\?q=distillation/);
    await page.waitForFunction(() => /\d/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
    await context.close();
  });
});
