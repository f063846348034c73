import { describe, expect, it } from 'vitest';
import { segment, tokenize, words } from '../../../src/domain/titles/tokens';
import { leadsWithSeniority, seniorityOf, seniorityForYears } from '../../../src/domain/titles/seniority';

const canons = (text: string, vocabulary: ReadonlySet<string> = new Set()) => tokenize(text, vocabulary).map((t) => t.canon);

describe('words of a title', () => {
  it('lower-cases, drops punctuation and bracketed posting tags, and splits Korean from Latin letters', () => {
    expect(words('[네이버] AI모델-경량화 Engineer!! (경력 5년↑)')).toEqual(['ai', '모델', '경량화', 'engineer', '경력', '5', '년']);
  });

  it('reads decomposed (NFD) Hangul as the composed form', () => {
    expect(words('엔지니어'.normalize('NFD'))).toEqual(['엔지니어']);
  });
});

describe('canonical tokens', () => {
  it('treats abbreviations and their spelled-out forms alike', () => {
    expect(canons('MLE')).toEqual(['ml', 'engineer']);
    expect(canons('Machine Learning Engineer')).toEqual(['ml', 'engineer']);
    expect(canons('ML engineer')).toEqual(['ml', 'engineer']);
    expect(canons('SWE, BE')).toEqual(['software', 'engineer', 'backend']);
    expect(canons('FE / NLP / CV / DL')).toEqual(['frontend', 'nlp', 'cv', 'dl']);
  });

  it('maps Korean transliterations to the English word', () => {
    expect(canons('머신러닝 엔지니어')).toEqual(['ml', 'engineer']);
    expect(canons('백엔드 개발자')).toEqual(['backend', 'engineer']);
    expect(canons('딥러닝 리서처')).toEqual(['dl', 'research', 'scientist']);
  });

  it('reads Korean words written together or apart the same way', () => {
    expect(canons('머신러닝엔지니어')).toEqual(['ml', 'engineer']);
    expect(canons('머신 러닝 엔지니어')).toEqual(['ml', 'engineer']);
    expect(canons('풀 스택 개발자')).toEqual(canons('풀스택개발자'));
    expect(canons('모델서빙엔지니어', new Set(['모델', '서빙']))).toEqual(['model', 'serving', 'engineer']);
  });

  it('drops seniority and posting boilerplate but keeps words it does not know', () => {
    expect(canons('Senior Staff ML Engineer II')).toEqual(['ml', 'engineer']);
    expect(canons('시니어 MLOps 엔지니어 (경력 5년 이상, 정규직)')).toEqual(['mlops', 'engineer']);
    expect(canons('Perception Engineer')).toEqual(['perception', 'engineer']);
  });

  it('marks words written in initial consonants only', () => {
    expect(tokenize('ㅁㄷ ㅇㅈㄴㅇ')).toEqual([
      { surface: 'ㅁㄷ', canon: 'ㅁㄷ', initials: true },
      { surface: 'ㅇㅈㄴㅇ', canon: 'ㅇㅈㄴㅇ', initials: true },
    ]);
  });

  it('keeps only content words of prose, without Korean particles and verb forms', () => {
    const prose = tokenize('모델을 경량화하고 파이프라인을 만든다. It is the pipelines that matter.', new Set(), 'prose').map((t) => t.canon);
    expect(prose).toEqual(['model', 'pipeline', 'pipeline', 'matter']);
  });
});

describe('splitting Korean compounds', () => {
  const known = (w: string) => ['머신러닝', '엔지니어', '모델', '서빙', '팀'].includes(w);

  it('splits into the fewest known words', () => {
    expect(segment('머신러닝엔지니어', known)).toEqual(['머신러닝', '엔지니어']);
    expect(segment('모델서빙팀', known)).toEqual(['모델', '서빙', '팀']);
  });

  it('gives up on a word it cannot split completely, and does not split a known word', () => {
    expect(segment('머신러닝연구원', known)).toBeUndefined();
    expect(segment('엔지니어', known)).toBeUndefined();
  });
});

describe('seniority of a title', () => {
  it.each([
    ['Senior Machine Learning Engineer', 'senior'],
    ['Sr. MLE', 'senior'],
    ['Junior Data Engineer', 'junior'],
    ['Staff ML Platform Engineer', 'lead'],
    ['Principal Research Scientist', 'lead'],
    ['Lead Data Engineer', 'lead'],
    ['시니어 MLOps 엔지니어', 'senior'],
    ['주니어 백엔드 개발자', 'junior'],
    ['머신러닝엔지니어 (신입)', 'junior'],
    ['책임연구원 - 컴퓨터 비전', 'senior'],
    ['선임연구원', 'mid'],
    ['수석 엔지니어', 'lead'],
    ['AI 모델 경량화 엔지니어 (경력 7년 이상)', 'senior'],
    ['ML Engineer, 2+ years', 'junior'],
    ['CAIO (최고AI책임자)', 'lead'],
    ['Data Engineer', 'mid'],
  ] as const)('"%s" asks for %s', (title, expected) => {
    expect(seniorityOf(title)).toBe(expected);
  });

  it('maps years of experience to bands', () => {
    expect([0, 2, 3, 5, 6, 9, 10, 15].map(seniorityForYears)).toEqual(['junior', 'junior', 'mid', 'mid', 'senior', 'senior', 'lead', 'lead']);
  });
});

describe('seniority details', () => {
  it('reads "Lead"/"리드" as a seniority only when it starts a longer title', () => {
    expect([seniorityOf('Lead'), seniorityOf('리드 엔지니어'), seniorityOf('Team Lead')]).toEqual(['mid', 'lead', 'mid']);
    expect(['Lead Data Engineer', '리드 엔지니어', 'Lead', 'Team Lead'].map(leadsWithSeniority)).toEqual([true, true, false, false]);
  });

  it('does not read "책임자" (the person in charge) as the senior rank 책임', () => {
    expect(seniorityOf('AI 책임자')).toBe('mid');
  });

  it('reads years written in several ways', () => {
    expect(['경력 12년', '10 year', '10yr', '10 years', '7+years'].map((t) => seniorityOf(t))).toEqual(['lead', 'lead', 'lead', 'lead', 'senior']);
  });
});
