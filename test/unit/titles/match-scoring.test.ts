/**
 * The title lookup's scoring rules, one behaviour at a time: the scores a user sees (shown as a percentage),
 * the reason given, and when a result counts as a match. The four-role fixture and a few small indexes
 * written out here; the real content is tested in test/content.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { lookupTitle, pairSimilarity, prepareIndex, type PreparedIndex } from '../../../src/domain/titles/match';
import type { TitleIndex, TitleIndexRole } from '../../../src/domain/titles/title-index';
import { INDEX } from './fixture';

// Prepared before each test, not while the file is collected, so that mutation testing sees prepareIndex run.
let prepared: PreparedIndex;
beforeEach(() => {
  prepared = prepareIndex(INDEX);
});
const look = (query: string) => lookupTitle(prepared, query);
/** A role with only titles (and text words when given); its name is its id. */
const role = (id: string, en: string[], ko: string[] = [], words = '', name = { en: id, ko: id }): TitleIndexRole => ({ id, name, titles: { en, ko }, words });
const index = (...roles: TitleIndexRole[]): TitleIndex => ({ version: 1, roles });

describe('scores of title matches', () => {
  it('scores a whole listed title 1 and ranks the other roles by how much of it they share', () => {
    expect(look('Edge AI Engineer')).toEqual({
      matched: true,
      seniority: 'mid',
      roles: [
        { id: 'model-engineer', score: 1, reason: { kind: 'title', title: 'Edge AI Engineer' } },
        { id: 'ai-engineer', score: 0.69, reason: { kind: 'name', title: 'AI engineer' } },
        { id: 'modeler', score: 0.49, reason: { kind: 'title', title: 'AI 모델 개발자' } },
      ],
    });
  });

  it('counts a query that names a whole title as a match even when all its words are common', () => {
    // "AI" and "engineer" are in the titles of three and four of the four roles: only the whole name makes it a match.
    expect(look('AI Engineer')).toEqual({
      matched: true,
      seniority: 'mid',
      roles: [
        { id: 'ai-engineer', score: 1, reason: { kind: 'name', title: 'AI engineer' } },
        { id: 'model-engineer', score: 0.73, reason: { kind: 'title', title: 'Edge AI Engineer' } },
        { id: 'modeler', score: 0.66, reason: { kind: 'title', title: 'AI 모델 개발자' } },
      ],
    });
  });

  it('lists only the roles that share something with the query', () => {
    expect(look('Inference')).toEqual({
      matched: true,
      seniority: 'mid',
      roles: [{ id: 'model-engineer', score: 0.82, reason: { kind: 'title', title: 'Inference Engineer' } }],
    });
    expect(look('Edge')).toEqual({
      matched: true,
      seniority: 'mid',
      roles: [{ id: 'model-engineer', score: 0.68, reason: { kind: 'title', title: 'Edge AI Engineer' } }],
    });
  });

  it('gives words in parentheses of a title less weight than its head', () => {
    // "머신러닝 엔지니어 (모델 최적화)" is mostly an ML engineer title: the query covers its head, not its qualifier.
    expect(look('머신러닝 엔지니어').roles).toEqual([
      { id: 'ai-engineer', score: 1, reason: { kind: 'title', title: '머신러닝 엔지니어' } },
      { id: 'model-engineer', score: 0.83, reason: { kind: 'title', title: '머신러닝 엔지니어 (모델 최적화)' } },
      { id: 'modeler', score: 0.34, reason: { kind: 'title', title: '딥러닝 엔지니어' } },
    ]);
    // The qualifier alone explains little of that title: no match, and the title is still the reason (no role text has the word).
    expect(look('최적화')).toEqual({
      matched: false,
      seniority: 'mid',
      roles: [{ id: 'model-engineer', score: 0.3, reason: { kind: 'title', title: '머신러닝 엔지니어 (모델 최적화)' } }],
    });
  });

  it('gives words in parentheses of the query less weight too', () => {
    expect(look('ML Engineer (Modeling)').roles).toEqual([
      { id: 'ai-engineer', score: 0.9, reason: { kind: 'title', title: 'Machine Learning Engineer' } },
      { id: 'model-engineer', score: 0.76, reason: { kind: 'title', title: '머신러닝 엔지니어 (모델 최적화)' } },
      { id: 'modeler', score: 0.61, reason: { kind: 'title', title: 'AI 모델 개발자' } },
    ]);
    expect(look('LLM Engineer (추천 시스템)').roles[0]).toEqual({ id: 'ai-engineer', score: 0.89, reason: { kind: 'title', title: 'LLM Engineer' } });
  });

  it('lowers the score for words of the query that no role knows, counting a repeated word once', () => {
    // Four roles: "barista" weighs ln(1 + 4 / 2) = 1.10, "data" ln(1 + 4 / 1) = 1.61 (one role's titles), "engineer"
    // ln(1 + 4 / 4) = 0.69. "Data engineer" explains 2.30 of 3.40 (precision 0.68, recall 1, F1 0.81); its text has
    // "data" (1.61 / 3.40 = 0.47), so 0.81 + 0.19 × ½ × 0.47 = 0.85.
    const dataEngineer = [
      { id: 'data-engineer', score: 0.85, reason: { kind: 'name', title: 'Data engineer' } },
      { id: 'ai-engineer', score: 0.35, reason: { kind: 'text', words: ['engineer'] } },
      { id: 'model-engineer', score: 0.32, reason: { kind: 'text', words: ['engineer'] } },
    ];
    expect(look('Barista Data Engineer')).toEqual({ matched: true, seniority: 'mid', roles: dataEngineer });
    expect(look('Barista Barista Data Engineer')).toEqual({ matched: true, seniority: 'mid', roles: dataEngineer });
    // An initial-consonant run that stands for no known word is an unknown word as well.
    expect(look('ㅍㅍ Data Engineer')).toEqual({ matched: true, seniority: 'mid', roles: dataEngineer });
  });
});

describe('matches on the role text', () => {
  it('weighs a word found only in role text by how rare it is, at half the weight of a title word', () => {
    expect(look('TensorRT Engineer')).toEqual({
      matched: true,
      seniority: 'mid',
      roles: [
        { id: 'model-engineer', score: 0.68, reason: { kind: 'text', words: ['tensorrt', 'engineer'] } },
        { id: 'ai-engineer', score: 0.58, reason: { kind: 'text', words: ['engineer'] } },
        { id: 'modeler', score: 0.36, reason: { kind: 'title', title: 'NLP Engineer' } },
      ],
    });
  });

  it('names only the query words found in the text, and gives the text as the reason when it found some', () => {
    // "TensorRT" in the text of the model engineer; "최적화" only in the qualifier of one of its titles.
    expect(look('최적화 TensorRT')).toEqual({
      matched: false,
      seniority: 'mid',
      roles: [{ id: 'model-engineer', score: 0.4, reason: { kind: 'text', words: ['tensorrt'] } }],
    });
  });

  it('does not count a telling word as a match when the role scores too low', () => {
    expect(look('TensorRT Barista')).toEqual({
      matched: false,
      seniority: 'mid',
      // "tensorrt": text only, one role, ½ ln 5 = 0.80; "barista" unknown, ln 3 = 1.10: ½ × 0.80 / 1.90 = 0.21.
      roles: [{ id: 'model-engineer', score: 0.21, reason: { kind: 'text', words: ['tensorrt'] } }],
    });
  });

  it('splits a Korean compound into a word only the role text knows', () => {
    // 프롬프트 (prompt) is in the AI engineer's text, in no title and not in the lexicon.
    expect(look('프롬프트엔지니어')).toEqual({
      matched: true,
      seniority: 'mid',
      roles: [
        { id: 'ai-engineer', score: 0.73, reason: { kind: 'text', words: ['프롬프트', '엔지니어'] } },
        { id: 'model-engineer', score: 0.51, reason: { kind: 'text', words: ['엔지니어'] } },
        { id: 'modeler', score: 0.36, reason: { kind: 'title', title: '딥러닝 엔지니어' } },
      ],
    });
  });
});

describe('words still being typed', () => {
  it('reads the start of a longer word, scoring it by how much of the word is typed', () => {
    expect(look('infer')).toEqual({
      matched: true,
      seniority: 'mid',
      roles: [{ id: 'model-engineer', score: 0.59, reason: { kind: 'title', title: 'Inference Engineer' } }],
    });
    // "tensor" is 6 of the 8 letters of "tensorrt" (0.8), a word of the role text (half of that): just a match.
    expect(look('tensor')).toEqual({ matched: true, seniority: 'mid', roles: [{ id: 'model-engineer', score: 0.4, reason: { kind: 'text', words: ['tensor'] } }] });
    expect(look('tens')).toEqual({ matched: false, seniority: 'mid', roles: [{ id: 'model-engineer', score: 0.35, reason: { kind: 'text', words: ['tens'] } }] });
  });

  it('needs three Latin letters or four Korean jamo before it reads a prefix', () => {
    expect(look('pip').roles).toEqual([{ id: 'data-engineer', score: 0.33, reason: { kind: 'text', words: ['pip'] } }]);
    expect(look('pi').roles.map((r) => r.reason.kind)).toEqual(['closest', 'closest', 'closest']);
    // 엔지 is five jamo (ㅇㅔㄴㅈㅣ) of 엔지니어.
    expect(look('엔지').roles).toEqual([
      { id: 'ai-engineer', score: 0.65, reason: { kind: 'text', words: ['엔지'] } },
      { id: 'model-engineer', score: 0.57, reason: { kind: 'text', words: ['엔지'] } },
      { id: 'modeler', score: 0.33, reason: { kind: 'title', title: '딥러닝 엔지니어' } },
    ]);
    expect(look('모데').roles.slice(0, 2)).toEqual([
      { id: 'model-engineer', score: 0.88, reason: { kind: 'name', title: '모델 엔지니어' } },
      { id: 'modeler', score: 0.84, reason: { kind: 'name', title: '모델러' } },
    ]);
  });

  it('does not read a word the index knows as the start of a longer one', () => {
    const p = prepareIndex(index(role('data-engineer', ['Data Engineer']), role('dba', ['Database Administrator'])));
    expect(lookupTitle(p, 'Data').roles).toEqual([{ id: 'data-engineer', score: 0.67, reason: { kind: 'title', title: 'Data Engineer' } }]);
    expect(lookupTitle(p, 'Datab').roles).toEqual([
      { id: 'dba', score: 0.5, reason: { kind: 'title', title: 'Database Administrator' } },
      { id: 'data-engineer', score: 0.45, reason: { kind: 'title', title: 'Data Engineer' } },
    ]);
  });
});

describe('typos', () => {
  it('forgives one typo in a short title word and two in a word of eight letters or more', () => {
    expect(look('Dota Engineer').roles[0]).toEqual({ id: 'data-engineer', score: 0.8, reason: { kind: 'name', title: 'Data engineer' } });
    expect(look('inferrense')).toEqual({
      matched: true,
      seniority: 'mid',
      roles: [{ id: 'model-engineer', score: 0.56, reason: { kind: 'title', title: 'Inference Engineer' } }],
    });
    // "engeneir": two letters swapped places with others in the eight-letter "engineer"; a common word, so no match.
    expect(look('engeneir')).toEqual({
      matched: false,
      seniority: 'mid',
      roles: [
        { id: 'ai-engineer', score: 0.59, reason: { kind: 'text', words: ['engeneir'] } },
        { id: 'model-engineer', score: 0.52, reason: { kind: 'text', words: ['engeneir'] } },
        { id: 'modeler', score: 0.3, reason: { kind: 'title', title: 'NLP Engineer' } },
      ],
    });
  });

  it('reads no typo in a word of three letters', () => {
    expect(look('LLN')).toEqual({
      matched: false,
      seniority: 'mid',
      roles: [
        { id: 'ai-engineer', score: 0.07, reason: { kind: 'closest', title: 'LLM Engineer' } },
        { id: 'model-engineer', score: 0, reason: { kind: 'closest', title: 'Edge AI Engineer' } },
        { id: 'modeler', score: 0, reason: { kind: 'closest', title: 'Computer Vision Engineer' } },
      ],
    });
  });

  it('reads typos only against title words, but the start of a word of the role text too', () => {
    expect(look('parqeut').roles.map((r) => r.reason.kind)).toEqual(['closest', 'closest', 'closest']);
    expect(look('parq')).toEqual({ matched: false, seniority: 'mid', roles: [{ id: 'data-engineer', score: 0.36, reason: { kind: 'text', words: ['parq'] } }] });
  });
});

describe('initial-consonant queries', () => {
  it('scores the initials of a whole word higher than the start of them', () => {
    const modelEngineer = {
      matched: true,
      seniority: 'mid',
      roles: [
        { id: 'model-engineer', score: 0.95, reason: { kind: 'name', title: 'Model engineer' } },
        { id: 'modeler', score: 0.71, reason: { kind: 'title', title: 'AI 모델 개발자' } },
        { id: 'ai-engineer', score: 0.68, reason: { kind: 'name', title: 'AI engineer' } },
      ],
    };
    expect(look('ㅁㄷ ㅇㅈㄴㅇ')).toEqual(modelEngineer);
    // Written without a space, the run is split into the initials of known words first.
    expect(look('ㅁㄷㅇㅈㄴㅇ')).toEqual(modelEngineer);
    // ㄷㅇ starts ㄷㅇㅌ (데이터), also the second word of ㅂㄷㅇㅌ (빅데이터).
    expect(look('ㄷㅇ')).toEqual({ matched: true, seniority: 'mid', roles: [{ id: 'data-engineer', score: 0.65, reason: { kind: 'text', words: ['ㄷㅇ'] } }] });
  });

  it('needs two consonants to read the start of a word', () => {
    expect(look('ㄷ').roles.map((r) => r.reason.kind)).toEqual(['closest', 'closest', 'closest']);
  });

  it('reads initials only of title words, never of role text alone', () => {
    // ㅍㄹㅍㅌ is 프롬프트, a word of the AI engineer's text only.
    for (const q of ['ㅍㄹㅍㅌ', 'ㅍㄹㅍㅌㅇㅈㄴㅇ']) {
      expect(look(q).roles, q).toEqual([
        { id: 'model-engineer', score: 0, reason: { kind: 'closest', title: 'Edge AI Engineer' } },
        { id: 'modeler', score: 0, reason: { kind: 'closest', title: 'Computer Vision Engineer' } },
        { id: 'ai-engineer', score: 0, reason: { kind: 'closest', title: 'LLM Engineer' } },
      ]);
    }
  });

  it('reads the initials of a Korean phrase written with a space as one run', () => {
    const p = prepareIndex(index(role('cv', [], ['컴퓨터 비전 엔지니어']), role('de', [], ['데이터 엔지니어'])));
    expect(lookupTitle(p, 'ㅋㅍㅌㅂㅈ ㅇㅈㄴㅇ').roles).toEqual([
      { id: 'cv', score: 0.9, reason: { kind: 'title', title: '컴퓨터 비전 엔지니어' } },
      { id: 'de', score: 0.35, reason: { kind: 'title', title: '데이터 엔지니어' } },
    ]);
  });

  it('weighs initials that fit several words as the rarest of them, whatever the order of the roles', () => {
    // ㅅㅂ is 서빙 (serving, one role) or 서버 (server, three roles): it weighs as much as 서빙.
    const serving = role('s', [], ['서빙 엔지니어']);
    const servers = [role('a', [], ['서버 개발자']), role('b', [], ['서버 엔지니어']), role('c', [], ['서버 관리자'])];
    const expected = [
      { id: 'a', score: 0.94, reason: { kind: 'title', title: '서버 개발자' } },
      { id: 'b', score: 0.94, reason: { kind: 'title', title: '서버 엔지니어' } },
      { id: 's', score: 0.93, reason: { kind: 'title', title: '서빙 엔지니어' } },
    ];
    expect(lookupTitle(prepareIndex(index(...servers, serving)), 'ㅅㅂ 엔지니어').roles).toEqual(expected);
    expect(lookupTitle(prepareIndex(index(serving, ...servers)), 'ㅅㅂ 엔지니어').roles).toEqual(expected);
  });
});

describe('when a result counts as a match', () => {
  it('counts a word that half of the roles use as telling', () => {
    const p = prepareIndex(index(role('a', ['Search Engineer']), role('b', ['Search Scientist']), role('c', ['Data Engineer']), role('d', ['Data Scientist'])));
    expect(lookupTitle(p, 'Search')).toEqual({
      matched: true,
      seniority: 'mid',
      roles: [
        { id: 'a', score: 0.67, reason: { kind: 'title', title: 'Search Engineer' } },
        { id: 'b', score: 0.67, reason: { kind: 'title', title: 'Search Scientist' } },
      ],
    });
  });

  it('counts a whole title as a match even when a role also lists a title of seniority words only', () => {
    const p = prepareIndex(index(role('x', ['Senior Staff', 'AI Engineer']), role('y', ['AI Engineer, Platform']), role('z', ['AI Engineer, Research'])));
    const result = lookupTitle(p, 'AI Engineer');
    expect(result.matched).toBe(true);
    expect(result.roles[0]).toEqual({ id: 'x', score: 1, reason: { kind: 'title', title: 'AI Engineer' } });
  });

  it('answers an index without roles with nothing', () => {
    expect(lookupTitle(prepareIndex(index()), 'Data Engineer')).toEqual({ matched: false, seniority: 'mid', roles: [] });
  });

  it('still ranks the roles that share a common word when nothing telling matched', () => {
    expect(look('Engineer')).toEqual({
      matched: false,
      seniority: 'mid',
      roles: [
        { id: 'ai-engineer', score: 0.81, reason: { kind: 'name', title: 'AI engineer' } },
        { id: 'model-engineer', score: 0.73, reason: { kind: 'text', words: ['engineer'] } },
        { id: 'modeler', score: 0.46, reason: { kind: 'title', title: 'NLP Engineer' } },
      ],
    });
  });
});

describe('the reason given', () => {
  it('gives the title spelled most like the query when two titles of a role score the same', () => {
    const p = prepareIndex(index(role('model-engineer', ['Model Compression Engineer'], ['모델 경량화 엔지니어'])));
    expect(lookupTitle(p, '모델 경량화 엔지니어').roles[0]!.reason).toEqual({ kind: 'title', title: '모델 경량화 엔지니어' });
    expect(lookupTitle(p, 'Model Compression Engineer').roles[0]!.reason).toEqual({ kind: 'title', title: 'Model Compression Engineer' });
  });

  it('names other roles only when they list the same title, not when it is their name', () => {
    const p = prepareIndex(index(role('ai-manager', ['AI Product Manager']), role('ai-pm', ['AI PM'], [], '', { en: 'AI Product Manager', ko: 'AI 프로덕트 매니저' })));
    expect(lookupTitle(p, 'AI Product Manager').roles).toEqual([
      { id: 'ai-manager', score: 1, reason: { kind: 'title', title: 'AI Product Manager' } },
      { id: 'ai-pm', score: 1, reason: { kind: 'name', title: 'AI Product Manager' } },
    ]);
  });
});

describe('a leading "Lead"', () => {
  const p = () => prepareIndex(index(role('tl', ['Team Lead']), role('de', ['Data Engineer'])));

  it('is read as seniority, not as a word of the role, when a title follows', () => {
    expect(lookupTitle(p(), 'Lead Data Engineer')).toEqual({
      matched: true,
      seniority: 'lead',
      roles: [{ id: 'de', score: 1, reason: { kind: 'title', title: 'Data Engineer' } }],
    });
  });

  it('is not dropped when it starts a longer Korean word the index knows (리드 타임 = 리드타임, lead time)', () => {
    const q = prepareIndex(index(role('supply', [], ['리드타임 분석가']), role('de', ['Data Engineer'])));
    expect(lookupTitle(q, '리드 타임 분석가').roles).toEqual([{ id: 'supply', score: 1, reason: { kind: 'title', title: '리드타임 분석가' } }]);
  });

  it('stays a word of the query when nothing else is left, or when it is "Leader"', () => {
    expect(lookupTitle(p(), 'Lead, 2 years')).toEqual({
      matched: true,
      seniority: 'lead',
      roles: [{ id: 'tl', score: 0.67, reason: { kind: 'title', title: 'Team Lead' } }],
    });
    expect(lookupTitle(p(), 'Leader Data Engineer')).toEqual({
      matched: true,
      seniority: 'mid',
      roles: [
        { id: 'de', score: 0.8, reason: { kind: 'title', title: 'Data Engineer' } },
        { id: 'tl', score: 0.4, reason: { kind: 'title', title: 'Team Lead' } },
      ],
    });
  });
});

describe('the closest titles in spelling', () => {
  it('offers the role whose title is spelled most like a query with no known word', () => {
    expect(look('Computre Vison')).toEqual({
      matched: false,
      seniority: 'mid',
      roles: [
        { id: 'modeler', score: 0.19, reason: { kind: 'closest', title: 'Computer Vision Engineer' } },
        { id: 'model-engineer', score: 0.03, reason: { kind: 'closest', title: 'Inference Engineer' } },
        { id: 'ai-engineer', score: 0, reason: { kind: 'closest', title: 'LLM Engineer' } },
      ],
    });
  });

  it('gives each role its first listed title when nothing is spelled alike', () => {
    expect(look('Qwxz').roles).toEqual([
      { id: 'model-engineer', score: 0, reason: { kind: 'closest', title: 'Edge AI Engineer' } },
      { id: 'modeler', score: 0, reason: { kind: 'closest', title: 'Computer Vision Engineer' } },
      { id: 'ai-engineer', score: 0, reason: { kind: 'closest', title: 'LLM Engineer' } },
    ]);
  });
});

describe('letter-pair similarity', () => {
  it('counts a repeated pair only as often as the other string has it', () => {
    // banana: ba an na an na; bandana: ba an nd da an na. Shared: ba, an, an, na (4 of 5 + 6 pairs).
    expect(pairSimilarity('banana', 'bandana')).toBeCloseTo(8 / 11, 12);
  });
});

describe('the words named as the reason', () => {
  it('names a query word once when it stands for two words of the role text (PM = product manager)', () => {
    const p = prepareIndex(index(role('planner', [], [], 'product manager roadmap'), role('de', ['Data Engineer'])));
    expect(lookupTitle(p, 'PM').roles).toEqual([{ id: 'planner', score: 0.5, reason: { kind: 'text', words: ['pm'] } }]);
  });
});

describe('more rules a user can see', () => {
  it('counts a telling word only when the best role has it', () => {
    // 실험 is only in the modeler's text, but the AI engineer ranks first on "engineer".
    expect(look('Engineer 실험')).toEqual({
      matched: false,
      seniority: 'mid',
      roles: [
        { id: 'ai-engineer', score: 0.58, reason: { kind: 'text', words: ['engineer'] } },
        { id: 'modeler', score: 0.54, reason: { kind: 'text', words: ['실험'] } },
        { id: 'model-engineer', score: 0.51, reason: { kind: 'text', words: ['engineer'] } },
      ],
    });
  });

  it('gives a title that explains half of the query as the reason even when the role text has the rest', () => {
    const p = prepareIndex(index(role('a', ['Search Engineer']), role('b', ['Search Scientist'], [], 'engineer'), role('c', ['Data Engineer']), role('d', ['Data Scientist'])));
    expect(lookupTitle(p, 'Search Engineer').roles[1]).toEqual({ id: 'b', score: 0.63, reason: { kind: 'title', title: 'Search Scientist' } });
  });

  it('reads initials that are a known word as that word, before trying to split them', () => {
    // ㅌㅈ is 팀장 (team lead); split, it would be ㅌ (팀) and ㅈ (잡).
    const p = prepareIndex(index(role('a', [], ['데이터 팀장']), role('b', [], ['웹 팀']), role('c', [], ['잡 매칭'])));
    expect(lookupTitle(p, 'ㅌㅈ').roles).toEqual([
      { id: 'a', score: 0.69, reason: { kind: 'title', title: '데이터 팀장' } },
      { id: 'b', score: 0.51, reason: { kind: 'title', title: '웹 팀' } },
    ]);
  });

  it('reads a parenthesis glued to the words around it like one with spaces, in the query and in titles', () => {
    const dataEngineer = { id: 'data-engineer', score: 0.97, reason: { kind: 'title', title: 'Big Data Engineer' } };
    expect(look('Big Data(Kafka)Engineer').roles[0]).toEqual(dataEngineer);
    expect(look('Big Data (Kafka) Engineer').roles[0]).toEqual(dataEngineer);
    const p = prepareIndex(index(role('a', ['Big Data(Hadoop)Engineer']), role('b', ['Data Scientist'])));
    expect(lookupTitle(p, 'Big Data Engineer').roles[0]).toEqual({ id: 'a', score: 0.95, reason: { kind: 'title', title: 'Big Data(Hadoop)Engineer' } });
  });
});

describe('weights and limits, continued', () => {
  it('weighs a word of the role text by how many roles use it', () => {
    // kafka is in the text of two of the four roles.
    const p = prepareIndex(index(role('stream', ['Data Engineer'], [], 'kafka'), role('batch', ['Data Engineer, Batch'], [], 'kafka spark'), role('ml', ['ML Engineer']), role('web', ['Web Engineer'])));
    expect(lookupTitle(p, 'Kafka Engineer').roles).toEqual([
      { id: 'stream', score: 0.58, reason: { kind: 'text', words: ['kafka'] } },
      { id: 'batch', score: 0.45, reason: { kind: 'text', words: ['kafka'] } },
      { id: 'ml', score: 0.39, reason: { kind: 'title', title: 'ML Engineer' } },
    ]);
  });

  it('forgives only one typo in a word of seven letters', () => {
    // "sevring" is two edits from "serving".
    const p = prepareIndex(index(role('serving', ['Serving Engineer']), role('data', ['Data Scientist'])));
    expect(lookupTitle(p, 'Sevring')).toEqual({
      matched: false,
      seniority: 'mid',
      roles: [
        { id: 'serving', score: 0.2, reason: { kind: 'closest', title: 'serving' } },
        { id: 'data', score: 0, reason: { kind: 'closest', title: 'Data Scientist' } },
      ],
    });
  });

  it('weighs initials by the word they fit best, not by a rarer word they only start', () => {
    // ㅅㅂ is 서빙 (0.9, two roles) and the start of ㅅㅂㅅ, 서비스 (0.6, one role).
    const p = prepareIndex(index(role('s1', [], ['서빙 엔지니어']), role('s2', [], ['서빙 개발자']), role('svc', [], ['서비스 운영']), role('x', [], ['데이터 엔지니어'])));
    expect(lookupTitle(p, 'ㅅㅂ 엔지니어').roles).toEqual([
      { id: 's1', score: 0.94, reason: { kind: 'title', title: '서빙 엔지니어' } },
      { id: 's2', score: 0.94, reason: { kind: 'title', title: '서빙 개발자' } },
      { id: 'x', score: 0.38, reason: { kind: 'title', title: '데이터 엔지니어' } },
    ]);
  });
});

describe('thresholds at their edge', () => {
  it('counts a title typed with one word as its initial consonants as named whole, even when every role shares its words', () => {
    // All four roles list data and engineer; 데이터 matches 데이터 (1) and ㅇㅈㄴㅇ the initials of 엔지니어 (0.9), equal weights: (1 + 0.9) / 2.
    const p = prepareIndex(index(role('r1', [], ['데이터 엔지니어']), role('r2', [], ['데이터 엔지니어 (배치)']), role('r3', [], ['빅데이터 엔지니어']), role('r4', [], ['데이터 플랫폼 엔지니어'])));
    const result = lookupTitle(p, '데이터 ㅇㅈㄴㅇ');
    expect(result.matched).toBe(true);
    expect(result.roles[0]).toEqual({ id: 'r1', score: 0.95, reason: { kind: 'title', title: '데이터 엔지니어' } });
  });

  it('takes the best similarity of a query word among the words of the role text', () => {
    // "tens" starts tensor (0.5 + 0.4 × 4/6 ≈ 0.77) and tensorrt (0.5 + 0.4 × 4/8 = 0.7): the role text scores half of 0.77.
    const p = prepareIndex(index(role('opt', [], [], 'tensor tensorrt'), role('de', ['Data Engineer'])));
    expect(lookupTitle(p, 'tens')).toEqual({ matched: false, seniority: 'mid', roles: [{ id: 'opt', score: 0.38, reason: { kind: 'text', words: ['tens'] } }] });
  });
});

describe('words the index does not know', () => {
  it('weigh as much as a word two of the roles use, counted from the index rather than fixed', () => {
    expect(prepareIndex(INDEX).unknownWeight).toBeCloseTo(1.0986, 4); // ln(1 + 4 / 2)
    const nineteen = index(...Array.from({ length: 19 }, (_, i) => role(`r${i}`, [`Title ${i}`])));
    expect(prepareIndex(nineteen).unknownWeight).toBeCloseTo(2.3514, 4); // ln(1 + 19 / 2)
  });

  it('make a result that one word explains no match: the title is about something else', () => {
    // "data" is telling (one of the four roles has it), but "barista" is unknown and nothing else was found.
    // Score: "Data engineer" explains 1.61 of 2.71 (0.59) and the query covers 1.61 of its 2.30 (0.70), F1 0.64;
    // the text has "data" (0.59): 0.64 + 0.36 × ½ × 0.59 = 0.75, above the threshold, and still no match.
    expect(look('Data Barista')).toEqual({
      matched: false,
      seniority: 'mid',
      roles: [{ id: 'data-engineer', score: 0.75, reason: { kind: 'name', title: 'Data engineer' } }],
    });
    // The same word with another the role has is a match; so is the one word alone.
    expect(look('Data Pipeline').matched).toBe(true);
    expect(look('Data').matched).toBe(true);
  });
});

describe('the reason quoted, by the page language', () => {
  it('quotes the title in the page language when titles in both languages match equally', () => {
    // The initials match 모델 and the name in both languages alike; nothing is spelled like "ㅁㄷ ㅇㅈㄴㅇ".
    expect(lookupTitle(prepared, 'ㅁㄷ ㅇㅈㄴㅇ', 3, 'ko').roles[0]).toEqual({ id: 'model-engineer', score: 0.95, reason: { kind: 'name', title: '모델 엔지니어' } });
    expect(lookupTitle(prepared, 'ㅁㄷ ㅇㅈㄴㅇ', 3, 'en').roles[0]).toEqual({ id: 'model-engineer', score: 0.95, reason: { kind: 'name', title: 'Model engineer' } });
  });

  it('still quotes the title spelled like the query before the page language', () => {
    expect(lookupTitle(prepared, '빅데이터 엔지니어', 3, 'en').roles[0]!.reason).toEqual({ kind: 'title', title: '빅데이터 엔지니어' });
    expect(lookupTitle(prepared, 'Big Data Engineer', 3, 'ko').roles[0]!.reason).toEqual({ kind: 'title', title: 'Big Data Engineer' });
  });
});
