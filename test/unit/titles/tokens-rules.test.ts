/** Tokenisation rules of the title lookup that the first tokens tests left open: each as a user would type it. */
import { describe, expect, it } from 'vitest';
import { lookupTitle, prepareIndex } from '../../../src/domain/titles/match';
import { segment, tokenize, words } from '../../../src/domain/titles/tokens';

const canons = (text: string, vocabulary: readonly string[] = [], mode: 'title' | 'prose' = 'title') =>
  tokenize(text, new Set(vocabulary), mode).map((t) => t.canon);

describe('words of a title', () => {
  it('separates the words on either side of a posting tag', () => {
    expect(words('Data[원격]Engineer')).toEqual(['data', 'engineer']);
  });
});

describe('splitting Korean compounds into the fewest known words', () => {
  it('keeps a known word whole rather than splitting it into its parts', () => {
    const known = (w: string) => ['머신', '러닝', '머신러닝', '엔지니어'].includes(w);
    expect(segment('머신러닝엔지니어', known)).toEqual(['머신러닝', '엔지니어']);
  });

  it('prefers two pieces to three even when the three are found first', () => {
    // 자연 · 어 · 처리팀 (three pieces, found first) against 자연어처리 · 팀 (NLP · team).
    const known = (w: string) => ['자연', '어', '처리팀', '자연어처리', '팀'].includes(w);
    expect(segment('자연어처리팀', known)).toEqual(['자연어처리', '팀']);
  });

  it('on a tie keeps the split found first, whose last piece is the longest', () => {
    const known = (w: string) => ['머신', '러닝팀', '머신러닝', '팀'].includes(w);
    expect(segment('머신러닝팀', known)).toEqual(['머신', '러닝팀']);
  });
});

describe('Korean words', () => {
  it('joins a Korean word split by a stray space when the index knows the whole', () => {
    // 백 and 엔드 mean nothing alone; 프론트 does, but 엔드 does not.
    expect(canons('백 엔드 개발자')).toEqual(['backend', 'engineer']);
    expect(canons('프론트 엔드 개발자')).toEqual(['frontend', 'engineer']);
  });

  it('joins a stray space when only the second part is a known word (초 거대 = 초거대, LLM)', () => {
    expect(canons('초 거대 AI 엔지니어')).toEqual(['llm', 'ai', 'engineer']);
  });

  it('splits a compound followed by a particle', () => {
    expect(canons('머신러닝엔지니어로')).toEqual(['ml', 'engineer']);
  });

  it('keeps a Korean word it does not know', () => {
    expect(canons('바리스타 엔지니어')).toEqual(['바리스타', 'engineer']);
  });

  it('splits a compound at a Korean word of another title (not in the lexicon)', () => {
    const prepared = prepareIndex({
      version: 1,
      roles: [
        { id: 'game', name: { en: 'Game server engineer', ko: '게임 서버 엔지니어' }, titles: { en: [], ko: ['게임 서버 엔지니어'] }, words: '' },
        { id: 'data', name: { en: 'Data engineer', ko: '데이터 엔지니어' }, titles: { en: [], ko: [] }, words: '' },
      ],
    });
    expect(lookupTitle(prepared, '게임서버엔지니어')).toEqual({
      matched: true,
      seniority: 'mid',
      roles: [
        { id: 'game', score: 1, reason: { kind: 'title', title: '게임 서버 엔지니어' } },
        { id: 'data', score: 0.3, reason: { kind: 'name', title: '데이터 엔지니어' } },
      ],
    });
  });
});

describe('English words', () => {
  it('reads a plural the lexicon does not list as its singular, but not -ss, -us, -ops or three-letter words', () => {
    expect(canons('Recruiters, DataOps, AWS, Dataset, Business, Status')).toEqual(['recruiter', 'dataops', 'aws', 'dataset', 'business', 'status']);
  });

  it('drops numbers but keeps words with digits', () => {
    expect(canons('ML Engineer 2026')).toEqual(['ml', 'engineer']);
    expect(canons('GPT4 Engineer')).toEqual(['gpt4', 'engineer']);
    expect(canons('3D Vision Engineer')).toEqual(['3d', 'cv', 'engineer']);
  });

  it('keeps one-letter words in titles (C++, R)', () => {
    expect(canons('C++ Developer')).toEqual(['c', 'engineer']);
    expect(canons('R Engineer')).toEqual(['r', 'engineer']);
  });
});

describe('role text (prose)', () => {
  it('drops English function words even where a title would read an abbreviation ("be" is not back end)', () => {
    expect(canons('Models must be served and it is the pipelines that matter', [], 'prose')).toEqual(['model', 'must', 'served', 'pipeline', 'matter']);
  });

  it('drops one-letter words but keeps two-letter ones', () => {
    expect(canons('Writes C and R code in Go', [], 'prose')).toEqual(['write', 'code', 'go']);
  });

  it('removes a particle from a Korean word it does not know, and drops verbs', () => {
    expect(canons('실험을 관리한다', [], 'prose')).toEqual(['실험']);
    expect(canons('실험으로 검증하고 결과를 모델에서 본다', [], 'prose')).toEqual(['실험', 'model']);
    // A word met twice is listed once.
    expect(canons('실험을 하고 실험으로 본다', [], 'prose')).toEqual(['실험']);
    expect(canons('실험을 하고 가설을 세운다', [], 'prose')).toEqual(['실험', '가설']);
  });
});
