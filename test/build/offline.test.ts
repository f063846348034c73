/** The offline files of the built site (ATLAS_DIST): the service worker's precache, the manifests, the registration script. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { filesUnder, htmlFiles, pageAddress, SITE_BASE, SITE_DIR } from '../support/site';

const worker = readFileSync(join(SITE_DIR, 'sw.js'), 'utf8');
/** The precache entries written into sw.js by Workbox: `{url:"…",revision:"…"|null}`. */
const entries = [...worker.matchAll(/\{url:"([^"]+)",revision:(?:"([^"]*)"|null)\}/g)].map(([, url, revision]) => ({ url: url!, revision }));
const urls = new Set(entries.map((e) => e.url));

describe('the service worker of the built site', () => {
  it('precaches the HTML of every page, in both languages', () => {
    const pages = htmlFiles().map((file) => pageAddress(file).replace(/(^|\/)$/, '$1index.html'));
    expect(pages.length).toBeGreaterThan(150);
    expect(pages).toContain('ko/roles/modeler/index.html');
    expect(pages.filter((page) => !urls.has(page))).toEqual([]);
  });

  it("precaches Pagefind's whole index: every file it wrote, the entry file and the WebAssembly (Korean uses the language-neutral one)", () => {
    const index = filesUnder(join(SITE_DIR, 'pagefind')).map((file) => file.slice(SITE_DIR.replace(/\/$/, '').length + 1));
    expect(index.filter((file) => !urls.has(file))).toEqual([]);
    for (const file of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.en.pagefind', 'pagefind/wasm.unknown.pagefind']) expect(urls).toContain(file);
  });

  it('precaches the files the comparison and the self-assessment fetch, in both languages', () => {
    const data = filesUnder(SITE_DIR)
      .map((file) => file.slice(SITE_DIR.replace(/\/$/, '').length + 1))
      .filter((file) => /^(ko\/)?(compare|assess)\/data\/[^/]+\.json$/.test(file));
    expect(data).toContain('compare/data/modeler.json');
    expect(data).toContain('ko/compare/data/modeler.json');
    expect(data).toContain('ko/assess/data/0.json');
    expect(data.filter((file) => !urls.has(file))).toEqual([]);
  });

  it('versions every entry by content (a new build replaces what changed), except hashed Astro assets', () => {
    expect(entries.filter((e) => !e.url.startsWith('_astro/') && !/^[0-9a-f]{32}$/.test(e.revision ?? '')).map((e) => e.url)).toEqual([]);
    // cleanupOutdatedCaches: on activation the worker deletes precaches of earlier Workbox versions.
    expect(/"-precache-".*caches\.delete/s.test(worker)).toBe(true);
  });

  it('leaves out the open data and the link-preview images, and never touches saved data', () => {
    expect([...urls].filter((u) => u.startsWith('api/') || u.startsWith('og/'))).toEqual([]);
    expect(worker).not.toMatch(/localStorage/);
  });

  it('is registered by one external script of at most 1 KB gzipped, scoped to the base', () => {
    const home = readFileSync(join(SITE_DIR, 'index.html'), 'utf8');
    const src = new RegExp(`<script type="module" src="${SITE_BASE}(_astro/ServiceWorker\\.astro_astro_type_script[^"]*\\.js)">`).exec(home)?.[1];
    expect(src).toBeDefined();
    const script = readFileSync(join(SITE_DIR, src!));
    expect(gzipSync(script).length).toBeLessThanOrEqual(1024);
    expect(String(script)).toContain('sw.js');
  });
});

describe('the web app manifests', () => {
  it('exist per language with the start page of that language, the base as scope, and icons that exist', () => {
    for (const [file, locale, start] of [['manifest.webmanifest', 'en', SITE_BASE], ['ko/manifest.webmanifest', 'ko', `${SITE_BASE}ko/`]] as const) {
      const manifest = JSON.parse(readFileSync(join(SITE_DIR, file), 'utf8'));
      expect(manifest).toMatchObject({ lang: locale, start_url: start, scope: SITE_BASE, display: 'standalone' });
      expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(['192x192', '512x512']);
      for (const icon of manifest.icons as { src: string }[]) expect(existsSync(join(SITE_DIR, icon.src.slice(SITE_BASE.length))), icon.src).toBe(true);
      expect(urls).toContain(file);
    }
  });
});
