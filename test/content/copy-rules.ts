/**
 * The copy check: wording the content must not use, with the term to use instead. One term per concept
 * across every file (a reviewer found 평가셋 / 평가 세트, LLM-as-a-judge / 저지, 네트워크 구조 변경 / 수술 side by
 * side), names that are ambiguous unless qualified ("Triton"), and register that does not belong in a
 * professional reference (school words, calques), and, for the Korean UI only, the polite register and one
 * term per concept (자가 진단, 직무, 역량, 레벨). Used by copy.test.ts on the real content/ tree and the
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
  /** Only the UI dictionaries (`ui`) or only the content files (`content`); both when absent. */
  scope?: 'ui' | 'content';
  /** Fields the rule does not apply to (dotted path), e.g. a role's posting titles, which keep the market's wording. */
  exemptFields?: RegExp;
}

/** Every Hangul syllable that ends in ㅂ (합, 습, 입 …): the polite ending is ㅂ니다, so 아니다 is plain but 아닙니다 is not. */
const B_FINAL = Array.from({ length: 19 * 21 }, (_, i) => String.fromCharCode(0xac00 + i * 28 + 17)).join('');

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
  // The Korean practitioner review (content and UI, 2026).
  {
    name: 'UI register',
    locale: 'ko',
    scope: 'ui',
    pattern: new RegExp(`(?<=[가-힣])(?<![${B_FINAL}]니)다(?=[.:(]|\\s*$)`, 'g'),
    use: '합니다체 (UI messages are polite: 없습니다, 뺐습니다, 아닙니다)',
  },
  { name: 'self-assessment name', locale: 'ko', scope: 'ui', pattern: /자기\s*(?:진단|평가)|자가\s*평가/g, use: '자가 진단 (the name the navigation uses), 자가 진단 결과 for the result' },
  { name: 'role term (UI)', locale: 'ko', scope: 'ui', pattern: /역할/g, use: '직무 (one term for a role in the UI, as the navigation says)' },
  { name: 'skill term (UI)', locale: 'ko', scope: 'ui', pattern: /스킬/g, use: '역량 (one term for a skill in the UI)' },
  { name: 'level term (UI)', locale: 'ko', scope: 'ui', pattern: /수준/g, use: '레벨 for a skill level (the levels carry names); 연차 or 기준 for seniority' },
  { name: 'site name (UI)', locale: 'ko', scope: 'ui', pattern: /AI Team Atlas/g, use: 'AI 팀 아틀라스 (site.name)' },
  { name: 'JavaScript spelling', locale: 'ko', pattern: /자바스크립트/g, use: 'JavaScript' },
  { name: 'percent spacing', locale: 'ko', pattern: /(?<=[\d}])\s+%/g, use: '85% (no space before % in Korean typography)' },
  { name: 'mid seniority', locale: 'ko', pattern: /미드(?=\s*(?:연차|레벨|급)|[^가-힣]|$)/g, use: '미들 (the word Korean developers and recruiters use)' },
  { name: 'regression set', locale: 'ko', pattern: /회귀\s*평가\s*셋/g, use: '회귀 테스트셋' },
  { name: 'managed service', locale: 'ko', pattern: /매니지드/g, use: '관리형 (관리형 서비스, 관리형 엔드포인트)' },
  { name: 'guardrail metric', locale: 'ko', pattern: /보호\s*지표/g, use: '가드레일 지표 (the A/B-test metric that must not get worse)' },
  { name: 'tooling developer', locale: 'ko', pattern: /툴\s*개발자/g, exemptFields: /^aliases\./, use: '툴링 개발자 (the role\'s name; posting titles keep their wording)' },
  { name: 'calque: recall at k', locale: 'ko', pattern: /(?:k|\d+)개\s*기준\s*재현율|상위\s*(?:k|\d+)개\s*재현율/g, use: 'Recall@k, Recall@10 (glossed once: 상위 k개 안에 정답 문서가 든 비율)' },
  { name: 'calque: workstream', locale: 'ko', pattern: /워크\s*스트림/g, use: '과제, 작은 팀이나 과제 하나' },
  { name: 'calque: without loss', locale: 'ko', pattern: /손실\s*없이/g, use: 'a plain verb (학습을 이어 간다); 손실 reads as the loss value' },
  { name: '선임 as seniority', locale: 'ko', pattern: /선임(?:으로서|으로|\s*엔지니어)/g, use: '테크 리드(TL), 시니어 (선임 is a Korean job grade, about 대리)' },
  { name: 'AI researcher name', locale: 'ko', pattern: /AI\s*연구자/g, use: 'AI 리서처 (the role\'s name)' },
  {
    name: 'level 4 by reputation',
    locale: 'ko',
    pattern: /조직이\s*(?:가장\s*먼저\s*)?(?:찾|들고\s*오|맡기)/g,
    use: '팀이 (가장 먼저) 찾는 사람 (level 4 is depth, not fame across the organisation)',
  },
  { name: 'level 4 by reputation (en)', locale: 'en', pattern: /the person the organi[sz]ation brings/gi, use: 'the person the team brings … to' },
  { name: 'life cycle spacing', locale: 'ko', pattern: /라이프사이클/g, use: '라이프 사이클' },
  { name: 'confidence interval spacing', locale: 'ko', pattern: /신뢰\s+구간/g, use: '신뢰구간' },
  { name: 'pruning kinds', locale: 'ko', pattern: /(?<![가-힣])(?:비)?정형\s*프루닝/g, use: '구조적 프루닝, 비구조적 프루닝' },
  { name: 'judge called 평가 모델', locale: 'ko', pattern: /평가\s*모델(?!링)/g, use: '채점용 LLM(LLM-as-a-judge); 평가 모델 reads as the model under evaluation' },
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
      const ui = t.file.startsWith('src/i18n/');
      if ((rule.scope === 'ui' && !ui) || (rule.scope === 'content' && ui)) continue;
      if (rule.exemptFields?.test(t.field)) continue;
      for (const m of t.text.matchAll(rule.pattern)) {
        const around = t.text.slice(Math.max(0, m.index - 20), m.index + m[0].length + 20);
        problems.push(`${t.file} › ${t.field}: found "${m[0]}" (…${around}…) — use ${rule.use}`);
      }
    }
  }
  return problems;
}
