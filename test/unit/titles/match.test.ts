import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { lookupTitle, pairSimilarity, prepareIndex, type PreparedIndex } from '../../../src/domain/titles/match';
import { buildTitleIndex, isTitleIndex } from '../../../src/domain/titles/title-index';
import type { Entry } from '../../../src/domain/atlas';
import type { Role, RoleText } from '../../../src/schemas/role';
import { INDEX } from './fixture';

// Prepared before each test, not while the file is collected, so that mutation testing sees prepareIndex run.
let prepared: PreparedIndex;
beforeEach(() => {
  prepared = prepareIndex(INDEX);
});
const ids = (query: string) => lookupTitle(prepared, query).roles.map((r) => r.id);
const first = (query: string) => lookupTitle(prepared, query).roles[0];

describe('title lookup', () => {
  it('puts first, among roles that match a shared title equally, the one that lists it in more spellings', () => {
    const shared = prepareIndex({
      version: 1,
      roles: [
        { id: 'director', name: { en: 'Director', ko: '디렉터' }, titles: { en: ['Head of AI Product'], ko: ['AI PM'] }, words: 'ai product manager' },
        {
          id: 'planner',
          name: { en: 'Planner', ko: '플래너' },
          titles: { en: ['AI Product Manager'], ko: ['AI PM', 'AI 서비스 기획자'] },
          words: 'ai product manager',
        },
        { id: 'other', name: { en: 'Other', ko: '기타' }, titles: { en: ['Data Engineer'], ko: ['데이터 엔지니어'] }, words: 'data' },
      ],
    });
    for (const q of ['AI PM', 'AI 서비스 기획자', 'Senior AI Product Manager']) {
      const roles = lookupTitle(shared, q).roles;
      expect(roles.map((r) => r.id).slice(0, 2), q).toEqual(['planner', 'director']);
      expect(roles[0]!.score, q).toBe(1);
      expect(roles[1]!.score, q).toBe(1);
    }
    // A title each role lists once ties on every count: the atlas order decides.
    const once = prepareIndex({
      version: 1,
      roles: [
        { id: 'director', name: { en: 'Director', ko: '디렉터' }, titles: { en: ['AI PM'], ko: ['AI 총괄'] }, words: 'ai' },
        { id: 'planner', name: { en: 'Planner', ko: '플래너' }, titles: { en: ['AI PM'], ko: ['AI 담당'] }, words: 'ai' },
      ],
    });
    expect(lookupTitle(once, 'AI PM').roles.map((r) => r.id)).toEqual(['director', 'planner']);
  });

  it('finds the role whose listed title matches, in any case, punctuation and word order', () => {
    for (const q of ['Inference Engineer', 'inference engineer!!', 'ENGINEER, INFERENCE', '  Inference-Engineer ']) {
      expect(first(q), q).toEqual({ id: 'model-engineer', score: 1, reason: { kind: 'title', title: 'Inference Engineer' } });
    }
  });

  it('reads abbreviations and spelled-out forms alike', () => {
    for (const q of ['MLE', 'ML Engineer', 'machine learning engineer', '머신러닝 엔지니어']) {
      expect(first(q)?.id, q).toBe('ai-engineer');
      expect(first(q)?.reason.kind, q).toBe('title');
    }
  });

  it('reads Korean spacing variants as the same title', () => {
    expect(first('AI모델경량화엔지니어')).toEqual({ id: 'model-engineer', score: 1, reason: { kind: 'title', title: 'AI 모델 경량화 엔지니어' } });
    expect(first('빅 데이터 엔지니어')?.id).toBe('data-engineer');
    expect(first('머신러닝엔지니어')?.id).toBe('ai-engineer');
  });

  it('answers initial-consonant queries, with or without spaces', () => {
    expect(first('ㅁㄷ ㅇㅈㄴㅇ')).toMatchObject({ id: 'model-engineer', reason: { kind: 'name', title: 'Model engineer' } });
    expect(first('ㅁㄷㅇㅈㄴㅇ')?.id).toBe('model-engineer');
    expect(first('ㅁㄷㄹ')?.id).toBe('modeler');
    expect(first('ㄷㅇㅌ ㅇㅈㄴㅇ')?.id).toBe('data-engineer');
  });

  it('forgives a typo and a word still being typed', () => {
    expect(first('Infrence Engineer')?.id).toBe('model-engineer');
    expect(first('엔지너어 모델')?.id).toBe('model-engineer');
    expect(first('Computer Vision Engin')?.id).toBe('modeler');
  });

  it('explains a match on the role text with the words of the query that were found', () => {
    expect(first('TensorRT')).toMatchObject({ id: 'model-engineer', reason: { kind: 'text', words: ['tensorrt'] } });
    expect(first('프롬프트 엔지니어')).toMatchObject({ id: 'ai-engineer' });
  });

  it('states the seniority of the title and ignores seniority words for matching', () => {
    const result = lookupTitle(prepared, 'Senior NLP Engineer');
    expect(result.seniority).toBe('senior');
    expect(result.roles[0]).toEqual({ id: 'modeler', score: 1, reason: { kind: 'title', title: 'NLP Engineer' } });
    expect(lookupTitle(prepared, 'NLP Engineer').seniority).toBe('mid');
  });

  it('says when nothing matches and still offers the closest roles by spelling', () => {
    const result = lookupTitle(prepared, 'Barista');
    expect(result.matched).toBe(false);
    expect(result.roles).toHaveLength(3);
    for (const role of result.roles) expect(role.reason.kind).toBe('closest');
    expect(lookupTitle(prepared, 'Perception Engineer').matched).toBe(false);
    expect(lookupTitle(prepared, 'Inference Engineer').matched).toBe(true);
  });

  it('returns nothing for an empty or punctuation-only query', () => {
    expect(lookupTitle(prepared, '')).toEqual({ matched: false, seniority: 'mid', roles: [] });
    expect(lookupTitle(prepared, ' -- !! ').roles).toEqual([]);
  });

  it('ranks at most three roles, best first, with scores from 0 to 1, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (query) => {
        const { roles } = lookupTitle(prepared, query);
        expect(roles.length).toBeLessThanOrEqual(3);
        for (const [i, r] of roles.entries()) {
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(1);
          if (i > 0) expect(r.score).toBeLessThanOrEqual(roles[i - 1]!.score);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the requested number of roles', () => {
    expect(lookupTitle(prepared, 'engineer', 2).roles).toHaveLength(2);
    expect(ids('engineer')).toHaveLength(3);
  });
});

describe('titles two roles list', () => {
  it('names the other role in the reason', () => {
    const shared = prepareIndex({
      version: 1,
      roles: [
        { id: 'ai-manager', name: { en: 'AI manager', ko: 'AI 매니저' }, titles: { en: ['AI Product Manager', 'Head of AI'], ko: ['AI 조직장'] }, words: '' },
        { id: 'ai-product-manager', name: { en: 'AI product manager', ko: 'AI 프로덕트 매니저' }, titles: { en: ['AI product manager'], ko: ['AI 서비스 기획자'] }, words: '' },
      ],
    });
    const result = lookupTitle(shared, 'AI Product Manager');
    // The product manager lists the title in two spellings (AI 서비스 기획자 reads as AI product manager), so it comes first.
    expect(result.roles.map((r) => r.reason)).toEqual([
      { kind: 'title', title: 'AI product manager', sharedWith: ['ai-manager'] },
      { kind: 'title', title: 'AI Product Manager', sharedWith: ['ai-product-manager'] },
    ]);
    expect(lookupTitle(shared, 'Head of AI').roles[0]!.reason).toEqual({ kind: 'title', title: 'Head of AI' });
  });
});

describe('letter-pair similarity', () => {
  it('is 1 for the same string, 0 for nothing shared, in between otherwise', () => {
    expect(pairSimilarity('night', 'night')).toBe(1);
    expect(pairSimilarity('ab', 'cd')).toBe(0);
    expect(pairSimilarity('night', 'nacht')).toBe(0.25);
    expect(pairSimilarity('a', 'a')).toBe(0);
  });
});

describe('the title index', () => {
  const role = (id: string, en: Partial<RoleText>, ko: Partial<RoleText>) =>
    ({ id, facts: {} as Role, text: { en: { responsibilities: [], ...en }, ko: { responsibilities: [], ...ko } } }) as unknown as Entry<Role, RoleText>;
  const index = buildTitleIndex([
    role(
      'modeler',
      { name: 'Modeler', summary: 'Trains the models.', responsibilities: ['Run machine learning experiments.'], aliases: ['Deep Learning Engineer'] },
      { name: '모델러', summary: '모델을 학습한다.', responsibilities: ['실험을 관리한다.'], aliases: ['딥러닝 엔지니어'] },
    ),
  ]);

  it('keeps names and titles as written and the canonical words of the role text', () => {
    expect(index.roles[0]).toEqual({
      id: 'modeler',
      name: { en: 'Modeler', ko: '모델러' },
      titles: { en: ['Deep Learning Engineer'], ko: ['딥러닝 엔지니어'] },
      words: 'modeling train model run ml experiment 실험',
    });
  });

  it('is recognised by version and shape', () => {
    expect(isTitleIndex(index)).toBe(true);
    expect(isTitleIndex({ ...index, version: 2 })).toBe(false);
    expect(isTitleIndex({ version: 1, roles: [{ id: 'x' }] })).toBe(false);
    expect(isTitleIndex(null)).toBe(false);
  });
});
