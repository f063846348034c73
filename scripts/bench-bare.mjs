// The baseline of the scale benchmark: a bare Astro + MDX + Pagefind site with as many pages as the atlas has at a
// size, half English and half Korean, each page one MDX entry of generated prose rendered in a minimal layout, then
// indexed by Pagefind. What the bare site's marginal ms per page does between sizes is what the stack itself does;
// the atlas's growth beyond that is the atlas's own. Prints figures; asserts nothing.
// `node scripts/bench-bare.mjs 1000,5000` builds bare sites of those page counts on their own.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, files, isMain, linkModules, removeCopy } from './bench-lib.mjs';
import { localeProse } from './bench-text.mjs';

const CONFIG = `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { close, createIndex } from 'pagefind';
import { fileURLToPath } from 'node:url';

const pagefind = {
  name: 'bare-pagefind',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      const site = fileURLToPath(dir);
      const { index } = await createIndex({});
      await index.addDirectory({ path: site });
      await index.writeFiles({ outputPath: site + 'pagefind' });
      await close();
    },
  },
};
export default defineConfig({ output: 'static', integrations: [mdx(), pagefind] });
`;
const CONTENT = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
export const collections = {
  docs: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './content/docs' }), schema: z.object({ title: z.string(), summary: z.string() }) }),
};
`;
const LAYOUT = `---
const { title, lang } = Astro.props;
---
<html lang={lang}>
  <head><meta charset="utf-8" /><title>{title}</title></head>
  <body>
    <header><nav><a href="/">Home</a> <a href="/ko/">한국어</a></nav></header>
    <main data-pagefind-body><h1>{title}</h1><slot /></main>
    <footer>Bare baseline</footer>
  </body>
</html>
`;
const PAGE = `---
import { getCollection, render } from 'astro:content';
import Layout from '../layouts/Layout.astro';
export async function getStaticPaths() {
  return (await getCollection('docs')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Layout title={entry.data.title} lang={entry.id.startsWith('ko/') ? 'ko' : 'en'}>
  <p>{entry.data.summary}</p>
  <Content />
</Layout>
`;

/**
 * Writes a bare site of `pages` pages into a temp folder and returns its path. `prose(locale, sentences)` makes
 * the text (the scale benchmark passes its own generator, so both sites index the same kind of words).
 */
export function bareSite(pages, prose) {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-bare-'));
  for (const folder of ['src/pages', 'src/layouts', 'content/docs/en', 'content/docs/ko']) mkdirSync(join(dir, folder), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "name": "bare", "private": true, "type": "module" }\n');
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src/content.config.ts'), CONTENT);
  writeFileSync(join(dir, 'src/layouts/Layout.astro'), LAYOUT);
  writeFileSync(join(dir, 'src/pages/[...slug].astro'), PAGE);
  for (let i = 0; i < pages; i++) {
    const locale = i % 2 ? 'ko' : 'en';
    const body = [1, 2, 3].map((h) => `## ${prose(locale, 1)}\n\n${prose(locale, 3)}\n\n- ${prose(locale, 1)}\n- ${prose(locale, 1)}\n`).join('\n');
    writeFileSync(join(dir, 'content/docs', locale, `entry-${i}.mdx`), `---\ntitle: ${JSON.stringify(`${prose(locale, 1)} ${i}`)}\nsummary: ${JSON.stringify(prose(locale, 2))}\n---\n\n${body}`);
  }
  linkModules(dir);
  return dir;
}

/** Builds a bare site of `pages` pages: `{ pages, buildMs, cpuMs, rssMb }` or `{ failed: true }`. */
export async function measureBare(pages, prose, log = console.log) {
  const dir = bareSite(pages, prose);
  try {
    const b = await build(dir);
    if (!b.ok) {
      log(`bare build failed:\n${b.log.split('\n').slice(-12).join('\n')}`);
      return { failed: true };
    }
    const built = files(join(dir, 'dist'), (name) => name.endsWith('.html')).length;
    log(`bare: ${built} HTML pages in ${(b.ms / 1000).toFixed(1)} s wall (${(b.ms / built).toFixed(2)} ms/page), ${(b.cpuMs / 1000).toFixed(1)} s CPU, peak RSS ${Number.isNaN(b.rssMb) ? 'n/a' : `${b.rssMb.toFixed(0)} MB`}`);
    return { pages: built, buildMs: b.ms, cpuMs: b.cpuMs, rssMb: b.rssMb };
  } finally {
    removeCopy(dir);
  }
}

if (isMain(import.meta)) {
  let prev;
  for (const pages of (process.argv[2] ?? '1000,5000').split(',').map(Number)) {
    const r = await measureBare(pages, localeProse);
    if (r.failed) continue;
    if (prev) console.log(`marginal: ${((r.buildMs - prev.buildMs) / (r.pages - prev.pages)).toFixed(2)} ms/page wall, ${((r.cpuMs - prev.cpuMs) / (r.pages - prev.pages)).toFixed(2)} ms/page CPU`);
    prev = r;
  }
}
