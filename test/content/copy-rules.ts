/**
 * The copy check: wording the content must not use, with the term to use instead. One term per concept
 * across every file (a reviewer found 평가셋 / 평가 세트, LLM-as-a-judge / 저지, 네트워크 구조 변경 / 수술 side by
 * side), names that are ambiguous unless qualified ("Triton"), and register that does not belong in a
 * professional reference (school words, calques). Used by copy.test.ts on the real content/ tree and the
 * UI strings; a glossary term's `aka` list is exempt, because it lists the variants people search for.
 */
import type { ContentTree } from '../../src/domain/integrity';

/** One wording rule. */
export interface CopyRule {
  /** Short name, used in messages and tests. */
  name: string;
  /** Which text it applies to: one locale's prose, or every string (language-neutral facts included). */
  locale: 'en' | 'ko' | 'all';
  /** What must not appear. */
  pattern: RegExp;
  /** What to write instead, and why. */
  use: string;
}

/** The rules. Patterns are global so that every occurrence is reported. */
export const COPY_RULES: readonly CopyRule[] = [
  {
    name: 'eval set',
    locale: 'ko',
    pattern: /평가\s*세트|평가\s+셋|평가용\s*데이터|평가\s*데이터(?:셋)?/g,
    use: '평가셋 (one term for the evaluation set)',
  },
  {
    name: 'LLM-as-a-judge',
    locale: 'all',
    pattern: /LLM[- ]as[- ]judge|LLM\s*심사|LLM\s*저지/gi,
    use: 'LLM-as-a-judge',
  },
  { name: 'judge transliterated', locale: 'ko', pattern: /저지(?![르른를름])/g, use: 'LLM-as-a-judge (저지 is not a Korean term for it)' },
  { name: 'judge in Korean prose', locale: 'ko', pattern: /(?<!as-a-)\bjudge\b/gi, use: 'LLM-as-a-judge, or 채점 for what it does' },
  { name: 'network surgery', locale: 'ko', pattern: /수술|모델\s*구조\s*변경/g, use: '네트워크 구조 변경' },
  {
    name: 'latency',
    locale: 'ko',
    pattern: /지연시간|레이턴시|응답\s*시간|p9[59]\s*(?:레이턴시|latency)/g,
    use: '지연 시간 (p95/p99 지연 시간), or 처리 시간 for the lectures\' processing time',
  },
  {
    name: 'Triton unqualified',
    locale: 'all',
    pattern: /Triton(?!\s(?:Inference Server|kernel language|language|커널 언어|언어))/g,
    use: '"Triton Inference Server" (the model server) or "the Triton kernel language" / "Triton 커널 언어"',
  },
  { name: 'TensorRT-LLM spelling', locale: 'all', pattern: /TensorRT[\s_]LLM|TRT-LLM/g, use: 'TensorRT-LLM (a separate library, spelled as NVIDIA does)' },
  { name: 'school register', locale: 'ko', pattern: /또래|선배/g, use: '동료, 시니어 동료 (workplace, not school, register)' },
  { name: 'calque: follows the discussion', locale: 'ko', pattern: /(?:논의|대화|토론|회의)를?\s*따라간다/g, use: 'a plain verb: 이해한다, 오가는 내용을 안다' },
  { name: 'rubric', locale: 'ko', pattern: /채점\s*기준\s*\(rubric\)/g, use: '루브릭 (one term for the rubric)' },
  { name: 'Korean AI act', locale: 'ko', pattern: /(?<!인공지능 )(?:한국\s*)?AI\s*기본법/g, use: '인공지능 기본법 (the act\'s short Korean name)' },
  { name: 'reranking', locale: 'ko', pattern: /재순위화?/g, use: '리랭킹' },
  { name: 'red team spacing', locale: 'ko', pattern: /레드\s+팀|레드\s+티밍/g, use: '레드팀, 레드티밍' },
  {
    name: 'chained models',
    locale: 'en',
    pattern: /\bchain (?:them|several models|the models)\b|build several models/gi,
    use: 'train separate models and combine their scores, so the trade-off can be re-weighted without retraining',
  },
  { name: 'chained models (ko)', locale: 'ko', pattern: /여러\s*모델을\s*(?:이어|연결|체인)/g, use: '목적마다 모델을 따로 학습해 점수를 합친다' },
];

/** One string of the content with where it lives. */
export interface CopyText {
  /** File, relative to the project root. */
  file: string;
  /** Dotted path of the field (`levels.4`, `body`). */
  field: string;
  /** `en`, `ko`, or `facts` for language-neutral files. */
  locale: 'en' | 'ko' | 'facts';
  /** The text, white space collapsed. */
  text: string;
}

/** Every string under `value`, with its dotted path; skips the `aka` lists of glossary terms. */
function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value.replace(/\s+/g, ' ')];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, path ? `${path}.${i}` : String(i));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (k !== 'aka') yield* strings(v, path ? `${path}.${k}` : k);
  }
}

/** Every string of the content tree and of the UI dictionaries. */
export function copyTexts(tree: ContentTree, ui: Record<'en' | 'ko', Record<string, string>>): CopyText[] {
  const out: CopyText[] = [];
  for (const kind of Object.values(tree)) {
    for (const e of kind.facts) for (const [field, text] of strings(e.data, '')) out.push({ file: e.file, field, locale: 'facts', text });
    for (const e of kind.text) {
      const locale = e.locale as 'en' | 'ko';
      for (const [field, text] of strings(e.data, '')) out.push({ file: e.file, field, locale, text });
      if (e.body) out.push({ file: e.file, field: 'body', locale, text: e.body.replace(/\s+/g, ' ') });
    }
  }
  for (const locale of ['en', 'ko'] as const) {
    for (const [key, text] of Object.entries(ui[locale])) out.push({ file: `src/i18n/${locale}.json`, field: key, locale, text });
  }
  return out;
}

/** Every breach of `rules` in `texts`, as "file › field: found "x" — use …". */
export function copyProblems(texts: readonly CopyText[], rules: readonly CopyRule[] = COPY_RULES): string[] {
  const problems: string[] = [];
  for (const t of texts) {
    for (const rule of rules) {
      if (rule.locale !== 'all' && rule.locale !== t.locale) continue;
      for (const m of t.text.matchAll(rule.pattern)) {
        const around = t.text.slice(Math.max(0, m.index - 20), m.index + m[0].length + 20);
        problems.push(`${t.file} › ${t.field}: found "${m[0]}" (…${around}…) — use ${rule.use}`);
      }
    }
  }
  return problems;
}
