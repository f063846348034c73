/**
 * Link previews and discoverability of the built site (ATLAS_DIST): Open Graph / Twitter tags and their images on
 * every page, canonical URLs, the sitemap and robots.txt. With ATLAS_SITE set (npm run test:site builds such a
 * site), URLs must be absolute and the sitemap must exist; without it, neither.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles, pageAddress, SITE_BASE, SITE_DIR } from '../support/site';

const SITE = process.env.ATLAS_SITE?.replace(/\/$/, '');
const pages = htmlFiles().map((file) => ({ address: pageAddress(file), html: readFileSync(file, 'utf8') }));
/** The content of `<meta property|name="key">` on a page, or undefined. */
const meta = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`).exec(html)?.[1];
/** The file in SITE_DIR that a root-relative or absolute URL of the site names. */
const fileOf = (url: string) => join(SITE_DIR, decodeURI(url.replace(SITE ?? '', '').slice(SITE_BASE.length)));

describe('link previews on every page', () => {
  it('has a title, a description, a large-image card and an image that exists as a 1200×630 PNG', () => {
    const missing = pages.filter((p) => ['og:title', 'og:description', 'og:image', 'og:locale', 'twitter:card', 'twitter:image'].some((k) => !meta(p.html, k)));
    expect(missing.map((p) => p.address)).toEqual([]);
    const images = new Set(pages.map((p) => meta(p.html, 'og:image')!));
    for (const image of images) {
      const png = readFileSync(fileOf(image));
      expect(png.subarray(1, 4).toString(), image).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], image).toEqual([1200, 630]);
    }
  });

  it('gives each role, skill, career path and blueprint its own image, in its language', () => {
    const own = pages.filter((p) => /^(ko\/)?(roles|skills|paths|blueprints)\/[^/]+\/$/.test(p.address) && !/\/page\//.test(p.address));
    expect(own.length).toBeGreaterThan(100);
    const wrong = own.filter((p) => {
      const [, ko, kind, id] = /^(ko\/)?([a-z]+)\/([^/]+)\/$/.exec(p.address)!;
      return !meta(p.html, 'og:image')!.endsWith(`${SITE_BASE}og/${ko ? 'ko' : 'en'}/${kind}/${id}.png`);
    });
    expect(wrong.map((p) => p.address)).toEqual([]);
    expect(meta(readFileSync(join(SITE_DIR, 'ko/roles/model-engineer/index.html'), 'utf8'), 'og:locale')).toBe('ko_KR');
    expect(meta(readFileSync(join(SITE_DIR, 'ko/roles/model-engineer/index.html'), 'utf8'), 'og:locale:alternate')).toBe('en_US');
  });

  it('uses the site image of its language on other pages', () => {
    expect(meta(readFileSync(join(SITE_DIR, 'ko/guides/index.html'), 'utf8'), 'og:image')).toBe(`${SITE ?? ''}${SITE_BASE}og/ko/site.png`);
    expect(meta(readFileSync(join(SITE_DIR, 'assess/index.html'), 'utf8'), 'og:image')).toBe(`${SITE ?? ''}${SITE_BASE}og/en/site.png`);
  });
});

describe(SITE ? `discoverability with a site (${SITE})` : 'discoverability without a site URL', () => {
  const role = readFileSync(join(SITE_DIR, 'ko/roles/modeler/index.html'), 'utf8');
  const robots = readFileSync(join(SITE_DIR, 'robots.txt'), 'utf8');

  it(SITE ? 'has an absolute canonical URL and absolute images on every page' : 'has no canonical link and root-relative images', () => {
    const canonical = /<link rel="canonical" href="([^"]*)"/.exec(role)?.[1];
    if (SITE) {
      expect(canonical).toBe(`${SITE}${SITE_BASE}ko/roles/modeler/`);
      expect(pages.filter((p) => !meta(p.html, 'og:image')!.startsWith(`${SITE}${SITE_BASE}og/`)).map((p) => p.address)).toEqual([]);
    } else {
      expect(canonical).toBeUndefined();
      expect(meta(role, 'og:image')).toBe(`${SITE_BASE}og/ko/roles/modeler.png`);
    }
  });

  it(SITE ? 'lists both languages in the sitemap, with hreflang alternates, and names it in robots.txt' : 'writes no sitemap and a robots.txt without a Sitemap line', () => {
    if (SITE) {
      expect(robots).toContain(`Sitemap: ${SITE}${SITE_BASE}sitemap-index.xml`);
      const sitemap = readFileSync(join(SITE_DIR, 'sitemap-0.xml'), 'utf8');
      expect(sitemap).toContain(`<loc>${SITE}${SITE_BASE}roles/modeler/</loc>`);
      expect(sitemap).toContain(`<loc>${SITE}${SITE_BASE}ko/roles/modeler/</loc>`);
      expect(sitemap).toContain(`hreflang="ko" href="${SITE}${SITE_BASE}ko/roles/modeler/"`);
      expect(sitemap).not.toContain('404');
    } else {
      expect(existsSync(join(SITE_DIR, 'sitemap-index.xml'))).toBe(false);
      expect(robots).toBe('User-agent: *\nAllow: /\n');
    }
  });
});
