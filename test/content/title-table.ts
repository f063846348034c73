/**
 * Job-posting titles as they appear in real postings (English and Korean career sites and job boards,
 * company names and boilerplate included), with the role each one means. A title that really means two
 * or three roles lists them all and is marked ambiguous: any of them counts as a correct first answer, and
 * all must be in the top three. Used by title-lookup.test.ts against the real content/ tree.
 * Expected roles that content/ does not have are left out of a row (a row left with none is not counted),
 * so the table can name roles before they are written and still hold for the content as it is.
 */

/** One row of the table. */
export interface TitleCase {
  /** The title as posted. */
  title: string;
  /** The role(s) it means; two or three when ambiguous. */
  expected: readonly string[];
  /** True when the title really means more than one role. */
  ambiguous?: true;
}

/** Korean postings (Korean titles, often with English terms, brackets and experience requirements). */
export const KOREAN_TITLES: readonly TitleCase[] = [
  { title: '[네이버] AI 모델 경량화 엔지니어 (경력 5년 이상)', expected: ['model-engineer'] },
  { title: 'MLOps 엔지니어', expected: ['aiops-engineer'] },
  { title: '머신러닝 엔지니어', expected: ['ai-engineer', 'modeler', 'aiops-engineer'], ambiguous: true },
  { title: '머신러닝엔지니어 (신입)', expected: ['ai-engineer', 'modeler', 'aiops-engineer'], ambiguous: true },
  { title: '딥러닝 연구원 (박사급)', expected: ['ai-researcher'] },
  { title: 'LLM 엔지니어 (RAG/Agent)', expected: ['ai-engineer'] },
  { title: '생성형 AI 서비스 개발자', expected: ['ai-engineer'] },
  { title: 'AI 백엔드 개발자 (Python/FastAPI)', expected: ['serving-backend-developer'] },
  { title: '모델 서빙 엔지니어', expected: ['serving-backend-developer'] },
  { title: 'ML 플랫폼 엔지니어', expected: ['aiops-engineer'] },
  { title: '데이터 엔지니어 (AI 학습 데이터 파이프라인)', expected: ['data-engineer'] },
  { title: '빅데이터 플랫폼 개발자', expected: ['data-engineer'] },
  { title: 'AI 데이터 라벨링 매니저', expected: ['data-curator'] },
  { title: '학습데이터 구축 PM', expected: ['data-curator'] },
  { title: '데이터 어노테이션 운영 담당자', expected: ['data-curator', 'data-annotator'], ambiguous: true },
  { title: '온디바이스 AI 엔지니어', expected: ['model-engineer'] },
  { title: 'On-Device AI 모델 최적화 엔지니어 (NPU)', expected: ['model-engineer'] },
  { title: '딥러닝 추론 최적화 엔지니어 (TensorRT/CUDA)', expected: ['model-engineer'] },
  { title: 'Vision AI 모델 개발자', expected: ['modeler'] },
  { title: '컴퓨터비전 엔지니어', expected: ['modeler'] },
  { title: '[카카오뱅크] OCR 모델 개발자', expected: ['modeler'] },
  { title: '자연어처리(NLP) 엔지니어', expected: ['modeler'] },
  { title: 'AI 연구원 (음성인식)', expected: ['ai-researcher'] },
  { title: 'AI 모델링 팀장', expected: ['model-team-manager'] },
  { title: '머신러닝 팀 리드', expected: ['model-team-manager'] },
  { title: 'AI 조직 리더 (Head of AI)', expected: ['ai-manager'] },
  { title: 'AI 프로덕트 매니저 (PO)', expected: ['ai-product-manager'] },
  { title: '라벨링 툴 프론트엔드 개발자', expected: ['tooling-developer'] },
  { title: '어노테이션 툴 개발자 (풀스택)', expected: ['tooling-developer'] },
  { title: 'iOS 개발자 (온디바이스 AI)', expected: ['serving-app-developer'] },
  { title: '안드로이드 개발자 (AI 카메라)', expected: ['serving-app-developer'] },
  { title: '풀스택 AI 엔지니어 (스타트업 초기멤버)', expected: ['fullstack-ml-engineer'] },
  { title: 'AI 인프라 엔지니어 (GPU 클러스터)', expected: ['aiops-engineer'] },
  { title: '시니어 MLOps 엔지니어', expected: ['aiops-engineer'] },
  { title: 'LLM 서빙 엔지니어 (vLLM)', expected: ['serving-backend-developer'] },
  { title: 'ML 엔지니어 (모델 경량화)', expected: ['model-engineer'] },
  { title: '[LG AI연구원] 선임연구원 - 컴퓨터 비전', expected: ['ai-researcher'] },
  { title: 'AI Agent 개발자', expected: ['ai-engineer'] },
  { title: '엣지 AI 개발자', expected: ['model-engineer'] },
  { title: '데이터 품질 관리 담당자 (AI 학습데이터)', expected: ['data-curator'] },
  { title: '[토스] ML Engineer (추천 시스템)', expected: ['ai-engineer', 'modeler'], ambiguous: true },
  { title: 'AI 서비스 기획자', expected: ['ai-product-manager'] },
  { title: '음성인식 모델 개발 (ASR)', expected: ['modeler'] },
  { title: 'NPU 컴파일러 및 모델 최적화 엔지니어', expected: ['model-engineer'] },
  { title: '쿠버네티스 기반 ML 인프라 엔지니어', expected: ['aiops-engineer'] },
  { title: '데이터 사이언티스트 (A/B 테스트, 지표 분석)', expected: ['data-scientist'] },
  { title: 'AI 트레이너 (재택, 프리랜서)', expected: ['data-annotator'] },
  { title: 'LLM 평가 엔지니어', expected: ['evaluation-engineer'] },
  { title: 'NPU 컴파일러 엔지니어', expected: ['model-engineer'] },
  { title: 'AI 컴파일러 개발자 (MLIR/TVM)', expected: ['model-engineer'] },
  { title: 'CUDA 커널 개발자 (경력 3년 이상)', expected: ['model-engineer'] },
  { title: '추천 모델 엔지니어', expected: ['modeler'] },
  { title: '검색 랭킹 엔지니어 (검색 품질)', expected: ['modeler'] },
  { title: '음성인식 엔지니어 (STT)', expected: ['modeler'] },
  { title: '자율주행 인지(Perception) 엔지니어', expected: ['modeler'] },
  { title: '대규모 분산 학습 엔지니어 (LLM)', expected: ['aiops-engineer', 'modeler'], ambiguous: true },
  { title: 'BI 엔지니어', expected: ['data-engineer', 'data-scientist'], ambiguous: true },
  { title: 'AI 리서치 엔지니어', expected: ['modeler', 'ai-researcher'], ambiguous: true },
  { title: '프롬프트 엔지니어', expected: ['ai-engineer'] },
  { title: '데이터 라벨러 (재택 가능)', expected: ['data-annotator'] },
  { title: 'AI 거버넌스 담당자', expected: ['ai-safety-specialist'] },
  { title: 'LLMOps 엔지니어', expected: ['aiops-engineer'] },
  { title: 'DW 엔지니어 (데이터 웨어하우스)', expected: ['data-engineer'] },
  { title: '추천시스템 개발자', expected: ['modeler'] },
  { title: '음성 인식 모델 개발자', expected: ['modeler'] },
  { title: 'AI 반도체 컴파일러 엔지니어', expected: ['model-engineer'] },
  { title: 'LLM 학습 인프라 엔지니어', expected: ['aiops-engineer'] },
  { title: 'BI 개발자 (Tableau)', expected: ['data-engineer', 'data-scientist'], ambiguous: true },
  // Titles the Korean practitioner review found missing (2026).
  { title: '[카카오] AI 서비스 개발자 (경력 3년 이상)', expected: ['ai-engineer'] },
  { title: 'AI 에이전트 엔지니어 (MCP)', expected: ['ai-engineer'] },
  { title: 'Trust & Safety 엔지니어 (AI)', expected: ['ai-safety-specialist'] },
  { title: 'AI PoC 엔지니어', expected: ['ai-solutions-engineer'] },
  { title: 'Customer Engineer (AI 솔루션)', expected: ['ai-solutions-engineer'] },
  // Titles a lookup review found ranked wrong or unmatched (December 2026).
  { title: 'AI PM (LLM 서비스)', expected: ['ai-product-manager'] },
  { title: 'AI 팀장', expected: ['ai-manager'] },
  { title: 'DS (경력 3년 이상)', expected: ['data-scientist'] },
  { title: '시니어 데이터 애널리스트 (SQL, 실험 설계)', expected: ['data-scientist'] },
  { title: '[토스] 데이터 사이언티스트', expected: ['data-scientist', 'modeler'], ambiguous: true },
  { title: 'ML SRE 엔지니어 (온콜)', expected: ['aiops-engineer'] },
  { title: 'MLOps SRE 엔지니어', expected: ['aiops-engineer'] },
  { title: 'AI 레드팀 (LLM 안전성)', expected: ['ai-safety-specialist'] },
  { title: 'LLM 레드팀 엔지니어', expected: ['ai-safety-specialist'] },
];

/** English postings. */
export const ENGLISH_TITLES: readonly TitleCase[] = [
  { title: 'Senior Machine Learning Engineer', expected: ['ai-engineer', 'modeler', 'aiops-engineer'], ambiguous: true },
  { title: 'Computer Vision Research Scientist', expected: ['ai-researcher'] },
  { title: 'MLOps Engineer', expected: ['aiops-engineer'] },
  { title: 'Staff ML Platform Engineer', expected: ['aiops-engineer'] },
  { title: 'Research Scientist, Generative AI', expected: ['ai-researcher'] },
  { title: 'LLM Engineer', expected: ['ai-engineer'] },
  { title: 'Applied Scientist II', expected: ['modeler'] },
  { title: 'Backend Engineer, Model Serving', expected: ['serving-backend-developer'] },
  { title: 'Software Engineer, ML Infrastructure', expected: ['aiops-engineer'] },
  { title: 'Machine Learning Engineer, Computer Vision', expected: ['modeler', 'ai-engineer'], ambiguous: true },
  { title: 'NLP Engineer', expected: ['modeler'] },
  { title: 'Deep Learning Engineer', expected: ['modeler'] },
  { title: 'AI Product Manager', expected: ['ai-product-manager', 'ai-manager'], ambiguous: true },
  { title: 'Engineering Manager, Machine Learning', expected: ['model-team-manager', 'ai-manager'], ambiguous: true },
  { title: 'Edge AI Engineer', expected: ['model-engineer'] },
  { title: 'ML Inference Engineer', expected: ['model-engineer', 'serving-backend-developer'], ambiguous: true },
  { title: 'iOS Engineer, Machine Learning', expected: ['serving-app-developer'] },
  { title: 'Android Engineer - Camera', expected: ['serving-app-developer'] },
  { title: 'Data Annotation Lead', expected: ['data-curator', 'data-annotator'], ambiguous: true },
  { title: 'Data Labeling Operations Manager', expected: ['data-curator'] },
  { title: 'ML Tooling Engineer', expected: ['tooling-developer'] },
  { title: 'Software Engineer, Labeling Platform', expected: ['tooling-developer'] },
  { title: 'Founding AI Engineer', expected: ['fullstack-ml-engineer'] },
  { title: 'Full Stack ML Engineer', expected: ['fullstack-ml-engineer'] },
  { title: 'Generative AI Engineer', expected: ['ai-engineer'] },
  { title: 'AI Engineer (RAG, Agents)', expected: ['ai-engineer'] },
  { title: 'Principal Research Scientist, LLM', expected: ['ai-researcher'] },
  { title: 'Sr. MLE, Model Optimization', expected: ['model-engineer'] },
  { title: 'Big Data Engineer', expected: ['data-engineer'] },
  { title: 'Inference Optimization Engineer (TensorRT)', expected: ['model-engineer'] },
  { title: 'AI Infrastructure Engineer', expected: ['aiops-engineer'] },
  { title: 'Chief AI Officer', expected: ['ai-manager'] },
  { title: 'Tech Lead, Computer Vision', expected: ['model-team-manager'] },
  { title: 'Lead Data Engineer', expected: ['data-engineer'] },
  { title: 'Frontend Engineer, AI Products', expected: ['serving-app-developer'] },
  { title: 'Research Engineer, Pre-training', expected: ['modeler', 'ai-researcher'], ambiguous: true },
  { title: 'Head of Data Annotation', expected: ['data-curator', 'data-annotator'], ambiguous: true },
  { title: 'Machine Learning Engineer - Search Ranking', expected: ['ai-engineer', 'modeler'], ambiguous: true },
  { title: 'Site Reliability Engineer, GPU Infrastructure', expected: ['aiops-engineer'] },
  { title: 'Data Scientist', expected: ['data-scientist', 'modeler'], ambiguous: true },
  { title: 'Forward Deployed Engineer, AI', expected: ['ai-solutions-engineer'] },
  { title: 'AI Red Team Engineer', expected: ['ai-safety-specialist'] },
  { title: 'ML Compiler Engineer', expected: ['model-engineer'] },
  { title: 'Senior AI Compiler Engineer (MLIR)', expected: ['model-engineer'] },
  { title: 'GPU Kernel Engineer', expected: ['model-engineer'] },
  { title: 'CUDA Engineer, LLM Inference', expected: ['model-engineer'] },
  { title: 'Perception Engineer', expected: ['modeler'] },
  { title: 'Speech Recognition Engineer', expected: ['modeler'] },
  { title: 'Recommendation Engineer', expected: ['modeler'] },
  { title: 'Search Ranking Engineer', expected: ['modeler'] },
  { title: 'Distributed Training Engineer', expected: ['aiops-engineer', 'modeler'], ambiguous: true },
  { title: 'BI Engineer', expected: ['data-engineer', 'data-scientist'], ambiguous: true },
  { title: 'AI Governance Specialist', expected: ['ai-safety-specialist'] },
  { title: 'Prompt Engineer', expected: ['ai-engineer'] },
  { title: 'Data Labeler (Remote)', expected: ['data-annotator'] },
  { title: 'LLMOps Engineer', expected: ['aiops-engineer'] },
  { title: 'Analytics Engineer', expected: ['data-engineer'] },
  { title: 'Software Engineer, ML Compilers', expected: ['model-engineer'] },
  { title: 'Senior Software Engineer - GPU Kernels', expected: ['model-engineer'] },
  { title: 'Machine Learning Engineer, Recommendations', expected: ['modeler', 'ai-engineer'], ambiguous: true },
  { title: 'Perception Engineer, Autonomous Driving', expected: ['modeler'] },
  { title: 'Senior BI Engineer (Looker, dbt)', expected: ['data-engineer', 'data-scientist'], ambiguous: true },
  // Titles a lookup review found ranked wrong or unmatched (December 2026).
  { title: 'Machine Learning Engineer', expected: ['ai-engineer', 'modeler', 'aiops-engineer'], ambiguous: true },
  { title: 'Senior AI PM', expected: ['ai-product-manager'] },
  { title: 'Head of AI', expected: ['ai-manager'] },
  { title: 'Director of AI', expected: ['ai-manager'] },
  { title: 'Site Reliability Engineer, ML', expected: ['aiops-engineer'] },
  { title: 'ML SRE', expected: ['aiops-engineer'] },
  { title: 'MLOps SRE', expected: ['aiops-engineer'] },
  { title: 'DS', expected: ['data-scientist'] },
  { title: 'Data Scientist (Product Analytics)', expected: ['data-scientist'] },
  { title: 'AI Red Teamer', expected: ['ai-safety-specialist'] },
  { title: 'Red Team Engineer (AI)', expected: ['ai-safety-specialist'] },
  { title: 'Red Teaming Specialist (LLM)', expected: ['ai-safety-specialist'] },
];

/** A title from outside the field, with the roles offered as the closest (none of them a match), best first. */
export interface NoMatchCase {
  title: string;
  /** The three roles offered, in order. */
  closest: readonly string[];
}

/**
 * Titles that must not count as a match. A generic word shared with a role ("product", "manager") is not enough
 * when the rest of the title means nothing to the index; the roles offered are the ones that share the word, or,
 * when no word is shared, the ones with the title closest in spelling.
 */
export const NO_MATCH_TITLES: readonly NoMatchCase[] = [
  // "product" is in the text of these three roles; "designer" in no role.
  { title: 'Product Designer', closest: ['fullstack-ml-engineer', 'ai-product-manager', 'ai-manager'] },
  { title: '프로덕트 디자이너', closest: ['fullstack-ml-engineer', 'ai-product-manager', 'ai-manager'] },
  // "manager" is in the AI manager's name and in the text of the other two.
  { title: 'Marketing Manager', closest: ['ai-manager', 'ai-product-manager', 'model-team-manager'] },
  { title: '마케팅 매니저', closest: ['ai-manager', 'ai-product-manager', 'model-team-manager'] },
  // No word known: closest in spelling (디자이너 ~ 트레이너 of "AI 트레이너", then 개발자 titles).
  { title: 'UX 디자이너', closest: ['data-annotator', 'data-engineer', 'serving-app-developer'] },
];
