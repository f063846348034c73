import { beforeEach, describe, expect, it } from 'vitest';
import { lookupTitle, prepareIndex, type PreparedIndex } from '../../src/domain/titles/match';
import { titleIndexFromDisk } from '../support/title-index';
import { ENGLISH_TITLES, KOREAN_TITLES, NO_MATCH_TITLES, type TitleCase } from './title-table';

const index = titleIndexFromDisk(process.env.ATLAS_CONTENT_ROOT);
// Prepared before each test, not while the file is collected, so that mutation testing sees prepareIndex run.
let prepared: PreparedIndex;
beforeEach(() => {
  prepared = prepareIndex(index);
});
const roleIds = new Set(index.roles.map((r) => r.id));
/** A row with only the expected roles that content/ has; undefined when it has none of them. */
const active = (c: TitleCase): TitleCase | undefined => {
  const expected = c.expected.filter((id) => roleIds.has(id));
  return expected.length ? { ...c, expected } : undefined;
};
const korean = KOREAN_TITLES.flatMap((c) => active(c) ?? []);
const english = ENGLISH_TITLES.flatMap((c) => active(c) ?? []);
const table: readonly TitleCase[] = [...korean, ...english];
const waiting = KOREAN_TITLES.length + ENGLISH_TITLES.length - table.length;

/** The top three role ids for `title`. */
const top3 = (title: string) => lookupTitle(prepared, title).roles.map((r) => r.id);

describe('job-title lookup against the real content', () => {
  it('has a table of at least 60 real-world titles, at least half of them Korean', () => {
    expect(table.length).toBeGreaterThanOrEqual(60);
    expect(korean.length * 2).toBeGreaterThanOrEqual(table.length);
    expect(korean.every((c) => /[가-힣]/.test(c.title))).toBe(true);
  });

  it('puts the expected role first for at least 90 % of the titles and in the top three for all of them', () => {
    const rows = table.map((c) => {
      const ids = top3(c.title);
      return { ...c, ids, top1: c.expected.includes(ids[0]!), top3: c.expected.every((e) => ids.includes(e)) };
    });
    const share = (pick: (r: (typeof rows)[number]) => boolean, list = rows) => list.filter(pick).length / list.length;
    const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
    const ko = rows.slice(0, korean.length);
    const en = rows.slice(korean.length);
    console.log(
      [
        `title lookup: ${rows.length} titles (${ko.length} Korean, ${en.length} English, ${rows.filter((r) => r.expected.length > 1).length} ambiguous; ${waiting} more wait for roles not in content/)`,
        `  top-1: ${pct(share((r) => r.top1))} (Korean ${pct(share((r) => r.top1, ko))}, English ${pct(share((r) => r.top1, en))})`,
        `  top-3: ${pct(share((r) => r.top3))} (Korean ${pct(share((r) => r.top3, ko))}, English ${pct(share((r) => r.top3, en))})`,
        ...rows.filter((r) => !r.top1 || !r.top3).map((r) => `  miss: "${r.title}" → ${r.ids.join(', ')} (expected ${r.expected.join(' or ')})`),
      ].join('\n'),
    );
    expect(rows.filter((r) => !lookupTitle(prepared, r.title).matched).map((r) => r.title)).toEqual([]);
    expect(share((r) => r.top1)).toBeGreaterThanOrEqual(0.9);
    expect(rows.filter((r) => !r.top3).map((r) => r.title)).toEqual([]);
  });

  it('says that a title from outside the field matches nothing, and still offers three roles', () => {
    for (const title of ['Barista', '바리스타', '간호사 (3교대)']) {
      const result = lookupTitle(prepared, title);
      expect(result.matched, title).toBe(false);
      expect(result.roles, title).toHaveLength(3);
    }
  });

  it('does not count a title that shares one generic word with a role as a match, and offers the closest roles', () => {
    for (const { title, closest } of NO_MATCH_TITLES) {
      const result = lookupTitle(prepared, title);
      expect(result.matched, title).toBe(false);
      expect(result.roles.map((r) => r.id), title).toEqual(closest);
    }
  });

  it('quotes the name in the page language for initial consonants, which match both languages alike', () => {
    expect(lookupTitle(prepared, 'ㅁㄷ ㅇㅈㄴㅇ', 3, 'ko').roles[0]).toMatchObject({ id: 'model-engineer', reason: { kind: 'name', title: '모델 엔지니어' } });
    expect(lookupTitle(prepared, 'ㅁㄷ ㅇㅈㄴㅇ', 3, 'en').roles[0]).toMatchObject({ id: 'model-engineer', reason: { kind: 'name', title: 'Model engineer' } });
  });

  it('answers the initial consonants of a role name with that role', () => {
    expect(top3('ㅁㄷ ㅇㅈㄴㅇ')[0]).toBe('model-engineer');
    expect(top3('ㄷㅇㅌ ㅋㄹㅇㅌ')[0]).toBe('data-curator');
  });

  it('counts a title typed whole as initial consonants as a match, though each of its words is common to many roles', () => {
    // 머신러닝 엔지니어: a title listed on several roles, each with a note; neither word tells the roles apart.
    const result = lookupTitle(prepared, 'ㅁㅅㄹㄴ ㅇㅈㄴㅇ');
    expect(result.matched).toBe(true);
    expect(result.roles.map((r) => r.id)).toEqual(expect.arrayContaining(['ai-engineer', 'modeler']));
  });
});
