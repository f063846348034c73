import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import ko from '../../src/i18n/ko.json';

describe('UI strings', () => {
  it('has every English key in Korean, with the same placeholders', () => {
    for (const [key, value] of Object.entries(en)) {
      const translated = (ko as Record<string, string>)[key];
      expect(translated, key).toBeTypeOf('string');
      const vars = (s: string) => [...new Set([...s.matchAll(/\{(\w+)[}:]/g)].map((m) => m[1]))].sort();
      expect(vars(translated!), key).toEqual(vars(value));
    }
  });

  it('writes each key once per file (JSON.parse would silently keep only the last of two)', () => {
    for (const file of ['src/i18n/en.json', 'src/i18n/ko.json']) {
      const keys = [...readFileSync(file, 'utf8').matchAll(/^\s*"([^"]+)":/gm)].map((m) => m[1]);
      expect(keys.filter((k, i) => keys.indexOf(k) !== i), file).toEqual([]);
    }
  });

  it('has no Korean key that English lacks', () => {
    expect(Object.keys(ko).filter((k) => !(k in en))).toEqual([]);
  });
});

describe('fillTemplate', () => {
  it('fills placeholders and leaves unknown ones visible', async () => {
    const { fillTemplate } = await import('../../src/i18n/format');
    expect(fillTemplate('{n} of {total} rated', { n: 3, total: 39 })).toBe('3 of 39 rated');
    expect(fillTemplate('hello {who}')).toBe('hello {who}');
  });

  it("chooses the plural form by the locale's rules", async () => {
    const { fillTemplate } = await import('../../src/i18n/format');
    expect(fillTemplate('{n} {n:gap|gaps}', { n: 1 })).toBe('1 gap');
    expect(fillTemplate('{n} {n:gap|gaps}', { n: 0 })).toBe('0 gaps');
    expect(fillTemplate('{n} {n:gap|gaps}', { n: 2 })).toBe('2 gaps');
    expect(fillTemplate('{n} {n:gap|gaps}', { n: 1 }, 'ko')).toBe('1 gaps');
    expect(fillTemplate('{n:person|people}', {})).toBe('{n:person|people}');
  });

  it('writes counted English nouns with a plural choice, never a bare plural after a count', () => {
    const bare = Object.entries(en).filter(([, v]) => /\{(n|gaps|count)\} (skills|roles|results|ratings|gaps|people|members|teams)\b/.test(v));
    expect(bare.map(([k]) => k)).toEqual([]);
  });
});
