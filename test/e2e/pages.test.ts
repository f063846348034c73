import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axe, launch, watchedPage } from './browser';

const base = inject('baseUrl');
const origin = new URL(base).origin;

/** One page of every kind, in both locales. */
const kinds = [
  '',
  'roles/',
  'roles/model-engineer/',
  'skills/',
  'skills/model-conversion/',
  'paths/',
  'paths/bootcamp-to-ml-engineer/',
  'blueprints/',
  'blueprints/formula-recognition/',
  'guides/',
  'guides/model-requirements/',
  'glossary/',
  'lifecycle/',
  'open-data/',
];
const pages = [...kinds.map((p) => p), ...kinds.map((p) => `ko/${p}`)];

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext();
});
afterAll(async () => browser?.close());

describe('every page kind in both locales', () => {
  it.each(pages)('/%s loads with no error, no foreign request, no script and no axe violation', async (path) => {
    const { page, watch } = await watchedPage(context, origin);
    const response = await page.goto(base + path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe(path.startsWith('ko/') ? 'ko' : 'en');
    const csp = await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(await page.locator('script').count(), 'content pages ship no JavaScript').toBe(0);
    expect(await axe(page)).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
    await page.close();
  });

  it('switches language and keeps the page', async () => {
    const { page } = await watchedPage(context, origin);
    await page.goto(`${base}roles/model-engineer/`);
    await page.click('a.lang');
    expect(new URL(page.url()).pathname).toBe(`${new URL(base).pathname}ko/roles/model-engineer/`);
    expect(await page.getAttribute('html', 'lang')).toBe('ko');
    await page.close();
  });

  it('serves a bilingual 404 page for an unknown address', async () => {
    const { page } = await watchedPage(context, origin);
    const response = await page.goto(`${base}does-not-exist/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toContain('Page not found');
    await page.close();
  });
});
