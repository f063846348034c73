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
