import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { launch, newContext, watchedPage } from './browser';

const base = inject('baseUrl');
const origin = new URL(base).origin;
const root = new URL(base).pathname;
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** Waits until the service worker has precached the site and controls the page. */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
}

/** Runs a search on the search page and returns the result links. */
async function search(page: Page, query: string): Promise<(string | null)[]> {
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  await page.waitForFunction(() => /\d/.test(document.getElementById('search-status')?.textContent ?? ''));
  return page.$$eval('#search-results .search-result-link', (links) => links.map((a) => a.getAttribute('href')));
}

describe('offline use after the first visit', () => {
  it('serves other pages and search in both languages with the network gone, saved data untouched', async () => {
    const context = await newContext(browser);
    const { page, watch } = await watchedPage(context, origin);
    await page.goto(base, { waitUntil: 'load' });
    await page.evaluate(() => localStorage.setItem('atlas-offline-test', 'kept'));
    await controlled(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${base}sw.js`);

    await context.setOffline(true);
    // Confirm the network really is gone: a file the worker does not keep fails.
    expect(await page.evaluate(async (u) => fetch(u).then(() => 'reached', () => 'failed'), `${base}api/v1/en/roles.json`)).toBe('failed');

    await page.goto(`${base}roles/model-engineer/`);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/Model engineer/i);
    await page.goto(`${base}ko/skills/model-compression/`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ko');
    await expect(page.locator('h1').textContent()).resolves.toMatch(/모델 경량화/);

    await page.goto(`${base}search/`);
    expect(await search(page, 'TensorRT')).toContain(`${root}roles/model-engineer/`);
    await page.goto(`${base}ko/search/`);
    expect(await search(page, '양자화')).toContain(`${root}ko/skills/model-compression/`);

    // The comparison fetches its role files and descriptor chunks: the worker keeps them too.
    await page.goto(`${base}ko/compare/#roles=modeler:mid,model-engineer:senior`);
    await page.waitForFunction(() => document.querySelectorAll('#compare-radar path.series').length === 2);
    await page.waitForFunction(() => document.querySelectorAll('#compare-diff tbody tr').length > 3);
    expect(await page.$$eval('#compare-diff .descriptor', (ps) => ps.every((p) => (p.textContent ?? '').length > 0))).toBe(true);
    expect(await page.textContent('#compare-status')).toContain('비교 중');

    expect(await page.evaluate(() => localStorage.getItem('atlas-offline-test'))).toBe('kept');
    expect(watch.foreign).toEqual([]);
    expect(watch.errors.filter((e) => !/api\/v1\/en\/roles\.json|ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
    await context.close();
  });

  it('offers the web app manifest of the page language', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${base}ko/`);
    const href = await page.getAttribute('link[rel="manifest"]', 'href');
    expect(href).toBe(`${root}ko/manifest.webmanifest`);
    const manifest = await page.evaluate(async (u) => (await fetch(u)).json(), href!);
    expect(manifest).toMatchObject({ lang: 'ko', start_url: `${root}ko/`, scope: root, display: 'standalone' });
    await context.close();
  });
});
