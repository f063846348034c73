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
    // A count, up to two words, then a plural noun ("{n} more skills", "{skills} skills"). The one exception
    // is a refusal whose count is always over 200.
    const bare = Object.entries(en).filter(([, v]) => /\{\w+\}(?: [a-z-]+){0,2} (skills|roles|results|ratings|gaps|people|members|teams|candidates|snapshots|items)\b/.test(v));
    expect(bare.map(([k]) => k)).toEqual(['plan.refused.too-many-members', 'req.labelling.value']);
  });

  it('renders counted strings with 1 and 2 in English, and the same Korean for both', async () => {
    const { fillTemplate } = await import('../../src/i18n/format');
    const both = (key: keyof typeof en, vars: (n: number) => Record<string, string | number>) =>
      [1, 2].map((n) => fillTemplate(en[key], vars(n), 'en')).concat([1, 2].map((n) => fillTemplate((ko as Record<string, string>)[key]!, vars(n), 'ko')));
    expect(both('compare.same', (n) => ({ n }))).toEqual([
      '1 more skill is expected at the same level by every profile.',
      '2 more skills are expected at the same level by every profile.',
      '그 밖의 역량 1개는 모든 프로필이 같은 레벨을 기대합니다.',
      '그 밖의 역량 2개는 모든 프로필이 같은 레벨을 기대합니다.',
    ]);
    expect(both('matrix.shown', (n) => ({ skills: n, roles: n, seniority: 'Mid' }))).toEqual([
      '1 skill × 1 role at Mid level.',
      '2 skills × 2 roles at Mid level.',
      'Mid 연차 기준 역량 1개 × 직무 1개',
      'Mid 연차 기준 역량 2개 × 직무 2개',
    ]);
    expect(both('compare.showAll', (n) => ({ n })).slice(0, 2)).toEqual(['Show all 1 differing skill', 'Show all 2 differing skills']);
    expect(both('fit.showing', (n) => ({ n, position: 'P' })).slice(0, 2)).toEqual(['P: 1 key skill.', 'P: 2 key skills.']);
    expect(both('fit.keySkills', (n) => ({ n })).slice(0, 2)).toEqual(['1 key skill', '2 key skills']);
    expect(both('fit.radarTop', (n) => ({ n })).slice(0, 2)).toEqual([
      'The chart shows the position and the first 1 candidate of the ranking.',
      'The chart shows the position and the first 2 candidates of the ranking.',
    ]);
    expect(both('fit.summary', (n) => ({ fit: '50 %', assessed: 1, expected: n })).slice(0, 2)).toEqual([
      'Fit 50 % over the expected skills they rated; assessed 1 of 1 expected skill.',
      'Fit 50 % over the expected skills they rated; assessed 1 of 2 expected skills.',
    ]);
    expect(both('fit.summaryNone', (n) => ({ expected: n })).slice(0, 2)).toEqual([
      'None of the 1 expected skill was rated, so there is no fit score.',
      'None of the 2 expected skills were rated, so there is no fit score.',
    ]);
    expect(both('assess.progressText', (n) => ({ n: 1, total: n })).slice(0, 2)).toEqual(['1 of 1 skill rated', '1 of 2 skills rated']);
  });
});
