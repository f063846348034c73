/** Every built page (ATLAS_DIST): its language, its Content-Security-Policy, and no script on content pages but the service worker registration. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { filesUnder, htmlFiles, pageAddress, SITE_DIR } from '../support/site';

/** Sections whose pages are pure content: they ship no JavaScript at all. */
const CONTENT_SECTIONS = ['', 'roles', 'skills', 'paths', 'blueprints', 'lifecycle', 'guides', 'glossary', 'open-data', '404.html'];
/** The home pages, which carry the job-title lookup island. */
const HOME = ['', 'ko/'];

const pages = htmlFiles().map((file) => ({ file, address: pageAddress(file), html: readFileSync(file, 'utf8') }));
/** The first path segment of a page address, without the locale. */
const sectionOf = (address: string) => address.replace(/^ko\//, '').split('/')[0]!;
/** The service worker registration: one external script on every page (src/components/ServiceWorker.astro). */
const REGISTRATION = /<script type="module" src="[^"]*\/_astro\/ServiceWorker\.astro_astro_type_script[^"]*\.js"><\/script>/;
/** A page's HTML without the service worker registration. */
const withoutRegistration = (html: string) => html.replace(REGISTRATION, '');

describe('every built page', () => {
  it('includes the index page of every content section in both locales, and the not-found page', () => {
    const addresses = new Set(pages.map((p) => p.address));
    for (const section of CONTENT_SECTIONS.filter((s) => s !== '404.html')) {
      for (const prefix of ['', 'ko/']) expect(addresses, prefix + section).toContain(`${prefix}${section ? `${section}/` : ''}`);
    }
    expect(addresses).toContain('404.html');
  });

  it('declares its language: Korean under ko/, English elsewhere', () => {
    const wrong = pages
      .filter((p) => /<html lang="([a-z]+)"/.exec(p.html)?.[1] !== (p.address.startsWith('ko/') ? 'ko' : 'en'))
      .map((p) => p.address);
    expect(wrong).toEqual([]);
  });

  it("carries a strict Content-Security-Policy: scripts from 'self' only, no inline script", () => {
    const weak = pages.filter((p) => {
      const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(p.html)?.[1] ?? '';
      return !/script-src 'self'/.test(csp) || /'unsafe-inline'|'unsafe-eval'/.test(csp) || !/default-src 'self'/.test(csp);
    });
    expect(weak.map((p) => p.address)).toEqual([]);
  });

  it('ships no script on a content page (reference sections, open data, 404) but the service worker registration', () => {
    const content = pages.filter((p) => CONTENT_SECTIONS.includes(sectionOf(p.address)) && !HOME.includes(p.address));
    expect(content.length).toBeGreaterThan(100);
    expect(content.filter((p) => !REGISTRATION.test(p.html)).map((p) => p.address)).toEqual([]);
    expect(content.filter((p) => /<script\b/i.test(withoutRegistration(p.html))).map((p) => p.address)).toEqual([]);
  });

  it('ships one script on the home page: the job-title lookup', () => {
    for (const home of pages.filter((p) => HOME.includes(p.address))) {
      expect(withoutRegistration(home.html).match(/<script\b[^>]*\bsrc=/gi), home.address).toHaveLength(1);
      expect(home.html, home.address).toContain('<atlas-title-lookup');
    }
  });

  it("loads lazy chunks without Vite's module-preload helper (src/integrations/lazy-import.ts)", () => {
    const scripts = filesUnder(join(SITE_DIR, '_astro')).filter((f) => f.endsWith('.js'));
    const code = scripts.map((f) => readFileSync(f, 'utf8'));
    // The tools still load their downloads and file import/export lazily...
    expect(code.filter((c) => /\bimport\(`\.\/[\w.-]+\.js`\)/.test(c)).length, 'chunks with a lazy import').toBeGreaterThanOrEqual(3);
    // ...and no chunk carries the helper's preloading (its <link rel=modulepreload> and its error event).
    for (const [i, c] of code.entries()) {
      expect(c, scripts[i]).not.toContain('modulepreload');
      expect(c, scripts[i]).not.toContain('vite:preloadError');
    }
  });
});
