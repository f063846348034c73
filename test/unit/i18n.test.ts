import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import ko from '../../src/i18n/ko.json';

describe('UI strings', () => {
  it('has every English key in Korean, with the same placeholders', () => {
    for (const [key, value] of Object.entries(en)) {
      const translated = (ko as Record<string, string>)[key];
      expect(translated, key).toBeTypeOf('string');
      const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(vars(translated!), key).toEqual(vars(value));
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
});
