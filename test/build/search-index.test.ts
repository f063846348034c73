/** The Pagefind index as built (ATLAS_DIST): complete per language, and no words glued together. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { filesUnder, htmlFiles, SITE_BASE, SITE_DIR } from '../support/site';

describe('the search index', () => {
  it('holds every indexed page of both locales, each in its own language', () => {
    const pages = htmlFiles().map((f) => readFileSync(f, 'utf8')).filter((html) => html.includes('data-pagefind-body'));
    const count = (lang: string) => pages.filter((html) => html.includes(`<html lang="${lang}"`)).length;
    const entry = JSON.parse(readFileSync(join(SITE_DIR, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(count('en')).toBeGreaterThan(70);
    expect(entry.languages.en!.page_count).toBe(count('en'));
    expect(entry.languages.ko!.page_count).toBe(count('ko'));
  });

  it('keeps words apart in the index despite whitespace compression', () => {
    // An inline element closed right before a Latin letter or digit would reach Pagefind as one merged word.
    // (Korean particles legitimately follow a word with no space, e.g. <a>모델러</a>는, so Hangul is allowed.)
    const merged = htmlFiles().flatMap((file) => {
      const main = /<main[\s\S]*<\/main>/.exec(readFileSync(file, 'utf8'))?.[0] ?? '';
      return [...main.matchAll(/<\/(?:strong|span|a|em|code|mark|b|i)>[A-Za-z0-9]/g)].map((m) => `${file}: …${main.slice(Math.max(0, m.index - 40), m.index + 12)}`);
    });
    expect(merged).toEqual([]);
  });

  it('indexes no word that two adjacent boxes (header cells, captions, dt/dd) glued together', () => {
    // Every camel-case word Pagefind stored for an English page must be written that way somewhere in the
    // sources (TensorRT, PyTorch, updatedAt); "JuniorMid" or "TeamModel" would be two cells merged.
    const sources = new Set<string>();
    for (const path of [...filesUnder('content'), ...filesUnder('src')]) {
      for (const [word] of readFileSync(path, 'utf8').matchAll(/[A-Za-z][A-Za-z0-9]*/g)) sources.add(word);
    }
    const dir = join(SITE_DIR, 'pagefind/fragment');
    const fragments = readdirSync(dir).map((name) => {
      const raw = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
      return JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string };
    });
    const english = fragments.filter((f) => !f.url.startsWith(`${SITE_BASE}ko/`));
    expect(english.length).toBeGreaterThan(70);
    const glued = english.flatMap((f) =>
      [...f.content.matchAll(/[A-Za-z][A-Za-z0-9]*/g)].map(([word]) => word).filter((w) => /[a-z][A-Z]/.test(w) && !sources.has(w)).map((w) => `${f.url}: ${w}`));
    expect(glued).toEqual([]);
  });
});
