/** Link check over the whole built site (ATLAS_DIST, built for ATLAS_BASE): no broken internal link or anchor. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../support/links';
import { htmlFiles, SITE_BASE, SITE_DIR } from '../support/site';

describe(`the built site in ${SITE_DIR}/ (base ${SITE_BASE})`, () => {
  it('has no broken internal link, asset reference or #anchor on any page', () => {
    const report = checkLinks(SITE_DIR, SITE_BASE);
    expect(report.broken).toEqual([]);
    // Every page links at least its navigation, stylesheet and skip link; the check followed all of them.
    expect(report.checked).toBeGreaterThan(htmlFiles().length * 10);
    expect(report.anchors).toBeGreaterThanOrEqual(htmlFiles().length);
  });
});

describe('the link checker', () => {
  const root = mkdtempSync(join(tmpdir(), 'atlas-links-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (path: string, html: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), html);
  };

  it('reports missing pages, missing anchors, missing slashes, addresses outside the base and relative links on the 404 page, and takes #name=value as tool state', () => {
    write('index.html', [
      '<a href="/sub/roles/">ok</a><a href="roles/x/#mission">ok</a><a href="#main">ok</a><main id="main"></main><a href="roles/#roles=a:mid,b:lead">state</a>',
      '<link rel="stylesheet" href="/sub/_astro/a.css"><img src="/sub/pic.svg" alt="">',
      '<a href="https://example.org/elsewhere/">external</a><a href="mailto:a@b.c">mail</a>',
      '<!-- <a href="/sub/commented-out/"> --><script type="module" src="/sub/_astro/s.js">const a = "<a href=\'/sub/in-script/\'>";</script>',
      '<p>&lt;a href="/sub/escaped-text/"&gt;</p>',
      '<a href="/sub/roles/y/">no page</a><a href="roles/x/#missing">no anchor</a><a href="/sub/roles">no slash</a>',
      '<a href="/roles/">outside</a><div data-role-base="/sub/nowhere/" data-bundle="/sub/_astro/"></div><img src="/sub/gone.png" alt="">',
    ].join(''));
    write('roles/index.html', '<h1>Roles</h1>');
    write('roles/x/index.html', '<h2 id="mission">Mission</h2><a href="../">up</a>');
    write('_astro/a.css', 'body{}');
    write('_astro/s.js', '');
    write('pic.svg', '<svg/>');
    write('404.html', '<a href="/sub/">home</a><a href="roles/">relative</a>');

    const report = checkLinks(root, '/sub/');
    expect(report.broken.sort()).toEqual([
      '404.html: href="roles/" is relative, but the not-found page is served at any address',
      'index.html: data-role-base="/sub/nowhere/" names no file (nowhere/index.html)',
      'index.html: href="/roles/" is outside the site\'s base /sub/',
      'index.html: href="/sub/roles" lacks its trailing slash',
      'index.html: href="/sub/roles/y/" names no file (roles/y/index.html)',
      'index.html: href="roles/x/#missing" points to #missing, which roles/x/index.html lacks',
      'index.html: src="/sub/gone.png" names no file (gone.png)',
    ]);
    // Followed: fourteen references on the home page (eight good, six broken), one on roles/x/, two on the 404 page.
    expect(report.checked).toBe(17);
    expect(report.anchors).toBe(3);
  });
});
