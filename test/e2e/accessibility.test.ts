/** axe-core on one page of every kind (found in the built site), both locales, light and dark theme: zero violations. */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { htmlFiles, pageAddress, pageKinds } from '../support/site';
import { axe, launch, newContext, watchedPage } from './browser';

const base = inject('baseUrl');
const origin = new URL(base).origin;
const kinds = pageKinds(htmlFiles().map((file) => pageAddress(file)));

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launch();
  context = await newContext(browser, { axe: true });
});
afterAll(async () => browser?.close());

describe('every page kind in both locales', () => {
  it('covers the home page, the sections, their detail pages, the tools and the 404 page in both locales', ({ expect }) => {
    const names = kinds.map((k) => k.kind);
    for (const locale of ['en', 'ko']) {
      for (const kind of ['home', 'roles', 'roles/…', 'skills/…', 'paths/…', 'blueprints/…', 'guides/…', 'glossary', 'lifecycle', 'assess', 'search', 'open-data']) {
        expect(names).toContain(`${kind} (${locale})`);
      }
    }
    expect(names).toContain('404.html (en)');
  });

  // The site follows the system theme (prefers-color-scheme in global.css), so dark is the same page re-rendered.
  it.concurrent.for(kinds)('$kind: /$address has no axe violation in light and dark theme', async ({ address }, { expect }) => {
    const { page, watch } = await watchedPage(context, origin);
    try {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(base + address, { waitUntil: 'load' });
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const light = await background();
      expect(await axe(page), 'light theme').toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await background(), 'the dark theme applies').not.toBe(light);
      expect(await axe(page), 'dark theme').toEqual([]);
      expect(watch.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
