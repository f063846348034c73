/** Every page of the built site, all of them, in a real browser: no console error, no CSP violation, nothing from elsewhere. */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { htmlFiles, pageAddress } from '../support/site';
import { launch, newContext, watchedPage } from './browser';

const base = inject('baseUrl');
const origin = new URL(base).origin;
const addresses = htmlFiles().map((file) => pageAddress(file));

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launch();
  context = await newContext(browser);
});
afterAll(async () => browser?.close());

describe('every page of the built site', () => {
  it('is more than a handful of pages', ({ expect }) => {
    expect(addresses.length).toBeGreaterThan(100);
  });

  // A few pages at a time in one browser; each is judged once it has loaded (its scripts have run by then).
  it.concurrent.for(addresses)('/%s loads with no console error, no CSP violation and no request to another origin', async (address, { expect }) => {
    const { page, watch } = await watchedPage(context, origin);
    try {
      const response = await page.goto(base + address, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      expect(watch.errors).toEqual([]);
      expect(watch.foreign).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
