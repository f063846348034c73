/**
 * Job-posting titles as they appear in real postings (English and Korean career sites and job boards,
 * company names and boilerplate included), with the role each one means. A title that really means two
 * roles lists both and is marked ambiguous: either counts as a correct first answer, and both must be in
 * the top three. Used by title-lookup.test.ts against the real content/ tree.
 * Expected roles that content/ does not have are left out of a row (a row left with none is not counted),
 * so the table can name roles before they are written and still hold for the content as it is.
 */

/** One row of the table. */
export interface TitleCase {
  /** The title as posted. */
  title: string;
  /** The role(s) it means; two when ambiguous. */
  expected: readonly string[];
  /** True when the title really means two roles. */
  ambiguous?: true;
}

/** Korean postings (Korean titles, often with English terms, brackets and experience requirements). */
export const KOREAN_TITLES: readonly TitleCase[] = [
  { title: '[네이버] AI 모델 경량화 엔지니어 (경력 5년 이상)', expected: ['model-engineer'] },
  { title: 'MLOps 엔지니어', expected: ['aiops-engineer'] },
  { title: '머신러닝 엔지니어', expected: ['ai-engineer', 'modeler'], ambiguous: true },
  { title: '머신러닝엔지니어 (신입)', expected: ['ai-engineer', 'modeler'], ambiguous: true },
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
  { title: 'AI 프로덕트 매니저 (PO)', expected: ['ai-product-manager', 'ai-manager'], ambiguous: true },
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
  { title: 'AI 서비스 기획자', expected: ['ai-product-manager', 'ai-manager'], ambiguous: true },
  { title: '음성인식 모델 개발 (ASR)', expected: ['modeler'] },
  { title: 'NPU 컴파일러 및 모델 최적화 엔지니어', expected: ['model-engineer'] },
  { title: '쿠버네티스 기반 ML 인프라 엔지니어', expected: ['aiops-engineer'] },
  { title: '데이터 사이언티스트 (A/B 테스트, 지표 분석)', expected: ['data-scientist'] },
  { title: 'AI 트레이너 (재택, 프리랜서)', expected: ['data-annotator'] },
  { title: 'LLM 평가 엔지니어', expected: ['evaluation-engineer'] },
];

/** English postings. */
export const ENGLISH_TITLES: readonly TitleCase[] = [
  { title: 'Senior Machine Learning Engineer', expected: ['ai-engineer', 'modeler'], ambiguous: true },
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
  { title: 'AI Red Team Engineer', expected: ['evaluation-engineer', 'ai-safety-specialist'], ambiguous: true },
];
