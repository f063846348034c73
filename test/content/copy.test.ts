import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import ko from '../../src/i18n/ko.json';
import { readContentTree } from '../support/read-content';
import { COPY_RULES, copyProblems, copyTexts, type CopyText } from './copy-rules';

const tree = readContentTree(process.cwd());
const texts = copyTexts(tree, { en, ko });
const text = (kind: keyof typeof tree, id: string, locale: string) =>
  tree[kind].text.find((t) => t.id === id && t.locale === locale)!.data as Record<string, unknown>;

/** A one-string sample in `locale`. */
const sample = (locale: CopyText['locale'], s: string): CopyText[] => [{ file: 'sample.yaml', field: 'description', locale, text: s }];
/** A one-string sample from the Korean UI dictionary. */
const uiSample = (s: string): CopyText[] => [{ file: 'src/i18n/ko.json', field: 'plan.sample', locale: 'ko', text: s }];

describe('the copy check', () => {
  it.each([
    ['eval set', 'ko', '변경마다 돌리는 평가 세트를 만든다.', '변경마다 돌리는 평가셋을 만든다.'],
    ['eval set', 'ko', '학습 데이터와 평가용 데이터를 나눈다.', '학습 데이터와 평가셋을 나눈다.'],
    ['LLM-as-a-judge', 'en', 'human review and LLM-as-judge checks', 'human review and LLM-as-a-judge checks'],
    ['LLM-as-a-judge', 'ko', 'LLM 심사자로 채점한다.', 'LLM-as-a-judge로 채점한다.'],
    ['judge transliterated', 'ko', '저지 모델이 채점한다.', '실수를 저지를 수 있다.'],
    ['judge in Korean prose', 'ko', 'judge 프롬프트를 쓴다.', 'LLM-as-a-judge용 채점 프롬프트를 쓴다.'],
    ['network surgery', 'ko', '프루닝과 네트워크 수술', '프루닝과 네트워크 구조 변경'],
    ['latency', 'ko', 'p95 레이턴시 400ms', 'p95 지연 시간 400ms'],
    ['Triton unqualified', 'en', 'an inference server such as NVIDIA Triton, Ray Serve', 'NVIDIA Triton Inference Server or kernels in the Triton language'],
    ['Triton unqualified', 'ko', 'Triton으로 커널을 짠다.', 'Triton 커널 언어로 커널을 짠다.'],
    ['TensorRT-LLM spelling', 'en', 'served with TensorRT LLM', 'served with TensorRT-LLM'],
    ['school register', 'ko', '또래와 함께 공부한다.', '동료와 함께 공부한다.'],
    ['calque: follows the discussion', 'ko', '요구사항 회의에서 논의를 따라간다.', '요구사항 회의에서 오가는 내용을 이해한다.'],
    ['Korean AI act', 'ko', '한국 AI 기본법 같은 규제', '인공지능 기본법 같은 규제'],
    ['chained models', 'en', 'train three models and chain them', 'train separate models and combine their scores'],
  ] as const)('flags a breach of "%s" in %s text and passes the preferred wording', (name, locale, bad, good) => {
    const rule = COPY_RULES.filter((r) => r.name === name);
    expect(rule).toHaveLength(1);
    expect(copyProblems(sample(locale, bad), rule)).toHaveLength(1);
    expect(copyProblems(sample(locale, good), rule)).toEqual([]);
  });

  it.each([
    ['UI register', '{skill}: 레벨 {level}인 사람이 없다(필요 인원 {people}명)', '{skill}: 레벨 {level}인 사람이 없습니다(필요 인원 {people}명)'],
    ['UI register', '지금 아틀라스에 없는 역량의 평가는 뺐다: {ids}.', '지금 아틀라스에 없는 역량의 평가는 뺐습니다: {ids}.'],
    ['UI register', 'AI 팀 아틀라스의 팀 계획 파일이 아니다.', 'AI 팀 아틀라스의 팀 계획 파일이 아닙니다.'],
    ['UI register', '팀을 추가했다', '팀을 추가했습니다'],
    ['self-assessment name', '팀원 자기 진단 파일', '팀원 자가 진단 파일'],
    ['self-assessment name', '후보자 자기 평가 파일(JSON) 불러오기', '후보자 자가 진단 파일(JSON) 불러오기'],
    ['role term (UI)', '역할 비교', '직무 비교'],
    ['skill term (UI)', '가장 크게 다른 스킬', '가장 크게 다른 역량'],
    ['level term (UI)', '기대 수준 {n}: {name}', '기대 레벨 {n}: {name}'],
    ['site name (UI)', 'AI Team Atlas의 팀 계획 파일이 아닙니다.', 'AI 팀 아틀라스의 팀 계획 파일이 아닙니다.'],
    ['JavaScript spelling', '플래너는 자바스크립트가 있어야 동작합니다.', '플래너는 JavaScript가 있어야 동작합니다.'],
    ['percent spacing', '레벨 점수의 85 % 이상', '레벨 점수의 85% 이상'],
    ['mid seniority', '미드', '미들'],
  ] as const)('flags "%s" in a Korean UI string: %s', (name, bad, good) => {
    const rule = COPY_RULES.filter((r) => r.name === name);
    expect(rule).toHaveLength(1);
    expect(copyProblems(uiSample(bad), rule)).toHaveLength(1);
    expect(copyProblems(uiSample(good), rule)).toEqual([]);
  });

  it('keeps the UI-only rules out of content prose, where 한다체 and 역할 are the house style', () => {
    const uiOnly = COPY_RULES.filter((r) => r.scope === 'ui');
    expect(uiOnly.map((r) => r.name)).toEqual(['UI register', 'self-assessment name', 'role term (UI)', 'skill term (UI)', 'level term (UI)', 'site name (UI)']);
    expect(copyProblems(sample('ko', '팀에서 맡는 역할과 스킬 수준을 정한다.'), uiOnly)).toEqual([]);
  });

  it.each([
    ['regression set', '발견 사항을 회귀 평가셋으로 만든다.', '발견 사항을 회귀 테스트셋으로 만든다.'],
    ['managed service', 'SageMaker 같은 매니지드 서비스', 'SageMaker 같은 관리형 서비스'],
    ['guardrail metric', '나빠지면 안 되는 보호 지표', '나빠지면 안 되는 가드레일 지표'],
    ['tooling developer', '툴 개발자는 라벨 검수 도구를 만든다.', '툴링 개발자는 라벨 검수 도구를 만든다.'],
    ['calque: recall at k', '질의셋으로 k개 기준 재현율을 추적한다.', '질의셋으로 Recall@k를 추적한다.'],
    ['calque: recall at k', '설정별 상위 10개 재현율', '설정별 Recall@10'],
    ['calque: workstream', '작은 팀이나 워크스트림을 이끈다.', '작은 팀이나 과제 하나를 이끈다.'],
    ['calque: without loss', '체크포인트에서 손실 없이 이어서 학습한다.', '체크포인트에서 학습을 이어 간다.'],
    ['선임 as seniority', '매니저로서 또는 선임으로서 팀을 이끈다.', '매니저로서, 또는 테크 리드(TL)로서 팀을 이끈다.'],
    ['AI researcher name', '결과물이 논문이라면 AI 연구자 자리다.', '결과물이 논문이라면 AI 리서처 자리다.'],
    ['level 4 by reputation', '가장 어려운 문제를 조직이 들고 오는 사람이다.', '가장 어려운 문제를 들고 팀이 찾아오는 사람이다.'],
    ['level 4 by reputation', '장애가 생기면 조직이 가장 먼저 찾는 사람이다.', '장애가 생기면 팀이 가장 먼저 찾는 사람이다.'],
    ['life cycle spacing', '라이프사이클의 첫 단계', '라이프 사이클의 첫 단계'],
    ['confidence interval spacing', '신뢰 구간과 함께', '신뢰구간과 함께'],
    ['pruning kinds', '비정형 프루닝은 가중치를 희소하게 만든다.', '비구조적 프루닝은 가중치를 희소하게 만든다.'],
    ['judge called 평가 모델', '프롬프트나 평가 모델이 바뀔 때마다', '프롬프트나 채점용 LLM(LLM-as-a-judge)이 바뀔 때마다'],
  ] as const)('flags "%s" in Korean content: %s', (name, bad, good) => {
    const rule = COPY_RULES.filter((r) => r.name === name);
    expect(rule).toHaveLength(1);
    expect(copyProblems(sample('ko', bad), rule)).toHaveLength(1);
    expect(copyProblems(sample('ko', good), rule)).toEqual([]);
  });

  it('flags the English level-4 slip too', () => {
    const rule = COPY_RULES.filter((r) => r.name === 'level 4 by reputation (en)');
    expect(copyProblems(sample('en', 'Is the person the organisation brings its hardest agent failures to'), rule)).toHaveLength(1);
    expect(copyProblems(sample('en', 'Is the person the team brings its hardest agent failures to'), rule)).toEqual([]);
  });

  it('lets posting titles keep the market wording for "툴 개발자", but not the prose', () => {
    const rule = COPY_RULES.filter((r) => r.name === 'tooling developer');
    const alias: CopyText = { file: 'content/roles/ko/tooling-developer.yaml', field: 'aliases.3', locale: 'ko', text: 'AI 툴 개발자' };
    expect(copyProblems([alias], rule)).toEqual([]);
    expect(copyProblems([{ ...alias, field: 'mission' }], rule)).toHaveLength(1);
  });

  it('applies a locale rule only to that locale, and says where and what to use', () => {
    expect(copyProblems(sample('en', '네트워크 수술'))).toEqual([]);
    expect(copyProblems(sample('ko', '네트워크 수술'))).toEqual([
      'sample.yaml › description: found "수술" (…네트워크 수술…) — use 네트워크 구조 변경',
    ]);
  });

  it('reads every locale file, the language-neutral facts and both UI dictionaries', () => {
    const files = new Set(texts.map((t) => t.file));
    expect(files).toContain('content/skills/ko/model-compression.yaml');
    expect(files).toContain('content/guides/en/test-methods.mdx');
    expect(files).toContain('content/terms/tensorrt.yaml');
    expect(files).toContain('src/i18n/ko.json');
    expect(texts.some((t) => t.file === 'content/guides/ko/test-methods.mdx' && t.field === 'body')).toBe(true);
  });

  it('finds nothing in the real content and UI strings (the glossary’s search variants excepted)', () => {
    expect(copyProblems(texts)).toEqual([]);
  });
});

describe('wording the review asked for', () => {
  it('varies how level 5 is worded: no Korean ending or English opening verb on more than a fifth / a third of the skills', () => {
    const ending = (s: string) => s.trim().split(/\s+/).at(-1)!;
    const opening = (s: string) => s.trim().split(/\s+/)[0]!;
    const most = (words: string[]) => Math.max(...[...new Set(words)].map((w) => words.filter((x) => x === w).length));
    const level5 = (locale: string) => tree.skills.text.filter((t) => t.locale === locale).map((t) => (t.data as { levels: string[] }).levels[4]!);
    const koEndings = level5('ko').map(ending);
    const enOpenings = level5('en').map(opening);
    expect(most(koEndings) * 5, koEndings.join(' ')).toBeLessThanOrEqual(koEndings.length);
    expect(most(enOpenings) * 3, enOpenings.join(' ')).toBeLessThanOrEqual(enOpenings.length);
  });

  it('names FP8 and FP4 (NVFP4/MXFP4) wherever LLM quantization is described, in both locales', () => {
    const places = [
      ['terms', 'quantization', 'definition'],
      ['roles', 'model-engineer', 'responsibilities'],
      ['skills', 'model-compression', 'levels'],
      ['skills', 'inference-serving', 'levels'],
    ] as const;
    for (const locale of ['en', 'ko']) {
      for (const [kind, id, field] of places) {
        const value = JSON.stringify(text(kind, id, locale)[field]);
        expect(value, `${locale}/${kind}/${id}.${field}`).toMatch(/FP8/);
        expect(value, `${locale}/${kind}/${id}.${field}`).toMatch(/FP4|NVFP4|MXFP4/);
      }
    }
  });

  it('keeps TensorRT-LLM apart from TensorRT and Triton Inference Server in the glossary', () => {
    for (const locale of ['en', 'ko']) {
      const definition = text('terms', 'tensorrt', locale).definition as string;
      expect(definition).toContain('TensorRT-LLM');
      expect(definition).toContain('Triton Inference Server');
    }
  });
});
