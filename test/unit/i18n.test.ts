import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import ko from '../../src/i18n/ko.json';
import { fillTemplate } from '../../src/i18n/format';
import { particle, withParticles } from '../../src/i18n/particle';

/** Fills like the server and the particle-aware islands: particles first, then placeholders. */
const fillKo = (template: string, vars: Record<string, string | number>) => fillTemplate(withParticles(template, vars), vars, 'ko');

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
    expect(fillTemplate('{n} of {total} rated', { n: 3, total: 39 })).toBe('3 of 39 rated');
    expect(fillTemplate('hello {who}')).toBe('hello {who}');
  });

  it("chooses the plural form by the locale's rules", async () => {
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

describe('Korean particles', () => {
  it('chooses each particle by the final consonant of the value before it', async () => {
    const fill = (template: string, value: string) => fillKo(template, { x: value });
    // no final consonant: 인프라, 매니저, 모델러
    expect(fill('{x}{을/를}', '클라우드 인프라')).toBe('클라우드 인프라를');
    expect(fill('{x}{이/가} 없고', '모델팀 매니저')).toBe('모델팀 매니저가 없고');
    expect(fill('{x}{은/는}', '모델러')).toBe('모델러는');
    expect(fill('{x}{와/과}', '모델러')).toBe('모델러와');
    expect(fill('{x}{으로/로}', '모델러')).toBe('모델러로');
    // a final consonant other than ㄹ: 수집, 엔지니어링 (ㅇ), 연구원 (ㄴ)
    expect(fill('{x}{을/를}', '데이터 수집')).toBe('데이터 수집을');
    expect(fill('{x}{이/가}', '엔지니어링')).toBe('엔지니어링이');
    expect(fill('{x}{은/는}', 'AI 연구원')).toBe('AI 연구원은');
    expect(fill('{x}{와/과}', 'AI 연구원')).toBe('AI 연구원과');
    expect(fill('{x}{으로/로}', 'AI 연구원')).toBe('AI 연구원으로');
    // ㄹ: 으로/로 takes 로, the others take the consonant form
    expect(fill('{x}{으로/로}', '풀스택 ML 엔지니어 레벨')).toBe('풀스택 ML 엔지니어 레벨로');
    expect(fill('{x}{을/를}', '레벨')).toBe('레벨을');
    expect(fill('{x}{와/과}', '레벨')).toBe('레벨과');
  });

  it('reads digits and Latin letters as they are said in Korean, vowel-final by default', async () => {
    const fill = (template: string, value: string) => fillKo(template, { x: value });
    expect(fill('{x}{이/가}', '모델러(시니어) #1')).toBe('모델러(시니어) #1이'); // 일
    expect(fill('{x}{이/가}', '모델러(시니어) #2')).toBe('모델러(시니어) #2가'); // 이
    expect(fill('{x}{으로/로}', '버전 7')).toBe('버전 7로'); // 칠: ㄹ
    expect(fill('{x}{을/를}', '10')).toBe('10을'); // 십
    expect(fill('{x}{을/를}', 'LLM')).toBe('LLM을'); // 엠
    expect(fill('{x}{으로/로}', 'URL')).toBe('URL로'); // 엘
    expect(fill('{x}{은/는}', 'AI')).toBe('AI는'); // 아이
    expect(fill('{x}{이/가}', 'Kim')).toBe('Kim이');
    expect(fill('{x}{이/가}', 'Alex')).toBe('Alex가');
    expect(fill('{x}{을/를}', 'kim.json')).toBe('kim.json을'); // 제이슨
    expect(fill('{x}{을/를}', '')).toBe('를');
    expect(fill('{x}{이/가}', '!?')).toBe('!?가');
  });

  it('are left to withParticles: fillTemplate alone does not choose them (pages without particles skip that code)', async () => {
    expect(fillTemplate('{x}{이/가}', { x: '모델러' }, 'ko')).toBe('모델러{이/가}');
  });

  it('are chosen by the server’s translator', async () => {
    const { useTranslations } = await import('../../src/i18n/index');
    expect(useTranslations('ko')('compare.collaborate', { a: '모델러', b: 'AI 연구원' })).toBe('모델러와 AI 연구원은 일상적으로 함께 일합니다.');
  });

  it('looks past closing quotes and brackets to the value', async () => {
    expect(fillKo('“{x}”{은/는}', { x: '연구원' })).toBe('“연구원”은');
    expect(fillKo('“{x}”{은/는}', { x: 'no-such-role' })).toBe('“no-such-role”는');
    expect(fillKo('{a}{와/과} {b}{은/는}', { a: '모델러', b: 'AI 연구원' })).toBe('모델러와 AI 연구원은');
  });

  it('keeps a particle after a placeholder left unfilled, so strings translated ahead are filled later', async () => {
    const ahead = fillKo('{name}{이/가} 빠진다면', {});
    expect(ahead).toBe('{name}{이/가} 빠진다면');
    expect(fillKo(ahead, { name: '모델러(리드) 1번' })).toBe('모델러(리드) 1번이 빠진다면');
    expect(fillKo('“{value}”{은/는} {x}{을/를}', { x: '레벨' })).toBe('“{value}”{은/는} 레벨을');
  });

  it('never reads a placeholder inside an inserted value', async () => {
    expect(fillTemplate('{a} and {b}', { a: '{b}', b: 'x' })).toBe('{b} and x');
  });

  it('reads the word’s last letter past closing brackets, quotes and spaces, and outside Hangul syllables', () => {
    expect(particle('Kim)', '이', '가')).toBe('이');
    expect(particle('Kim (Lm)', '이', '가')).toBe('이');
    expect(particle('“연구원” ', '은', '는')).toBe('은');
    expect(particle('！', '이', '가')).toBe('가'); // past the last Hangul syllable (U+D7A3): no final consonant
    expect(particle('레벨', '으로서', '로서')).toBe('로서');
    expect(particle('연구원', '으로서', '로서')).toBe('으로서');
  });

  it('writes no generic particle such as 을(를) after a placeholder in the Korean strings', () => {
    const generic = Object.entries(ko).filter(([, v]) => /\}[”"’)]?(이\(가\)|을\(를\)|은\(는\)|와\(과\)|과\(와\)|\(으\)로|\(이\)|\(을\)|\(은\)|\(과\))/.test(v));
    expect(generic.map(([k]) => k)).toEqual([]);
  });
});

describe('Korean particle tokens', () => {
  it('come right after a placeholder (closing quotes or brackets between), where fillTemplate resolves them', () => {
    const stray = Object.entries(ko).filter(([, v]) => [...v.matchAll(/\{[가-힣]+\/[가-힣]+\}/g)].some((m) => !/\{\w+\}[”’"')\]]*$/.test(v.slice(0, m.index))));
    expect(stray.map(([k]) => k)).toEqual([]);
  });

  it('appear only in the strings of islands that pick particles (team, compare, fit), or in server-rendered ones', () => {
    const islands = /^(assess|level|seniority|titles|search|matrix)\./;
    const unpicked = Object.entries(ko).filter(([k, v]) => islands.test(k) && /\{[가-힣]+\/[가-힣]+\}/.test(v));
    expect(unpicked.map(([k]) => k)).toEqual([]);
  });
});
