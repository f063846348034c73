/** The page shell in a real browser: language switch, the not-found page, keyboard use of the header. */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { focused, isFocused, launch, newContext, press, tabTo, watchedPage } from './browser';

const base = inject('baseUrl');
const origin = new URL(base).origin;
const basePath = new URL(base).pathname;

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launch();
  context = await newContext(browser);
});
afterAll(async () => browser?.close());

describe('the page shell', () => {
  it('switches language and keeps the page', async () => {
    const { page } = await watchedPage(context, origin);
    await page.goto(`${base}roles/model-engineer/`);
    await page.click('a.lang');
    expect(new URL(page.url()).pathname).toBe(`${basePath}ko/roles/model-engineer/`);
    expect(await page.getAttribute('html', 'lang')).toBe('ko');
    await page.close();
  });

  it('serves a bilingual 404 page for an unknown address, with working links in both languages', async () => {
    // (Its console reports the 404 status itself; its assets and scripts are checked at /404.html with every page.)
    const { page } = await watchedPage(context, origin);
    const response = await page.goto(`${base}does-not-exist/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toContain('Page not found');
    await expect(page.locator('main [lang="ko"] h2').textContent()).resolves.toContain('페이지를 찾을 수 없습니다');
    await page.click('main [lang="ko"] a >> nth=0');
    expect(new URL(page.url()).pathname).toBe(`${basePath}ko/`);
    await page.close();
  });

  it('is usable by keyboard: skip link first, then search and the navigation', async () => {
    const { page } = await watchedPage(context, origin);
    await page.goto(`${base}roles/`);
    expect(await tabTo(page, 'a.skip')).toBe(1);
    await press(page, 'Enter');
    expect(new URL(page.url()).hash).toBe('#main');
    await tabTo(page, '#site-search', { backwards: true });
    await page.keyboard.type('quantization');
    await press(page, 'Enter');
    await page.waitForURL(/search\/\?q=quantization/);
    await page.goBack();
    await tabTo(page, 'nav a[href$="/skills/"]');
    await press(page, 'Enter');
    await page.waitForURL(/\/skills\/$/);
    expect(await page.getAttribute('nav a[aria-current="page"]', 'href')).toBe(`${basePath}skills/`);
    await page.close();
  });

  it('has a page watcher that catches a CSP violation, an uncaught error and a request to another origin', async () => {
    // The gate on every page is only as good as this watcher: make each fault happen once and see it recorded.
    const { page, watch } = await watchedPage(context, origin);
    await page.goto(`${base}roles/`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.title = "injected"';
      document.body.append(script);
      setTimeout(() => {
        throw new Error('boom');
      });
    });
    await expect.poll(() => watch.errors.some((e) => /Content Security Policy/.test(e))).toBe(true);
    await expect.poll(() => watch.errors).toContain('uncaught: boom');
    expect(await page.title()).not.toBe('injected');
    await page.evaluate(() => location.assign('http://127.0.0.2:9/elsewhere/')).catch(() => undefined);
    await expect.poll(() => watch.foreign).toEqual(['http://127.0.0.2:9/elsewhere/']);
    await page.close();
  });

  it('names where focus went when the keyboard cannot reach an element', async () => {
    const { page } = await watchedPage(context, origin);
    await page.goto(`${base}roles/`);
    await expect(tabTo(page, '#no-such-element', { max: 3 })).rejects.toThrow(/3 × Tab never focused #no-such-element; focus went a\.skip .* → a\.brand .* → input#site-search/);
    expect(await isFocused(page, '#site-search')).toBe(true);
    expect(await focused(page)).toBe('input#site-search');
    await page.close();
  });
});
