/**
 * Word equivalences for job-title matching: abbreviations, English ↔ Korean transliterations and spelling
 * variants, each mapped to one canonical token. These are words, not titles: every title the matcher knows
 * comes from the roles' `aliases` and names in content/. A phrase maps to one or more canonical tokens
 * (`mle` → `ml engineer`); a word that is not listed is its own canonical token.
 */

/** Canonical token(s) ← the spellings that mean it (space-separated phrases, lower case, after punctuation is removed). */
const GROUPS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['ml', ['machine learning', 'ml', '머신러닝', '머신 러닝', '기계학습', '기계 학습']],
  ['ml engineer', ['mle', 'mles']],
  ['dl', ['deep learning', 'dl', '딥러닝', '딥 러닝']],
  ['ai', ['ai', 'artificial intelligence', '인공지능', 'a i']],
  ['cv', ['computer vision', 'cv', '컴퓨터 비전', '컴퓨터비전', 'vision', '비전', '영상처리', '영상 처리', '이미지 처리']],
  ['nlp', ['nlp', 'natural language processing', '자연어 처리', '자연어처리', '자연어']],
  ['llm', ['llm', 'llms', 'large language model', 'large language models', '대규모 언어 모델', '거대 언어 모델', '초거대']],
  ['generative ai', ['genai', 'gen ai']],
  ['generative', ['generative', '생성형', '생성']],
  ['engineer', ['engineer', 'engineers', '엔지니어', 'eng', 'developer', 'developers', '개발자', '개발', 'development', 'dev', '디벨로퍼', 'programmer', '프로그래머']],
  ['engineering', ['engineering', '엔지니어링']],
  ['software', ['software', '소프트웨어', 'sw']],
  ['software engineer', ['swe']],
  ['backend', ['backend', 'back end', 'be', '백엔드', '서버', 'server', 'server side']],
  ['frontend', ['frontend', 'front end', 'fe', '프론트엔드', '프런트엔드', '프론트', '웹 프론트엔드']],
  ['fullstack', ['fullstack', 'full stack', '풀스택', '풀 스택']],
  ['ondevice', ['ondevice', 'on device', '온디바이스', '온 디바이스', '디바이스']],
  ['edge', ['edge', '엣지', '에지']],
  ['mobile', ['mobile', '모바일']],
  ['android', ['android', '안드로이드', 'aos']],
  ['ios', ['ios', '아이오에스']],
  ['flutter', ['flutter', '플러터']],
  ['app', ['app', 'apps', 'application', 'applications', '앱', '애플리케이션', '어플리케이션', '응용 프로그램']],
  ['mlops', ['mlops', 'ml ops', 'aiops', 'ai ops', '엠엘옵스']],
  ['mlops llm', ['llmops', 'llm ops']],
  ['devops', ['devops', 'dev ops', '데브옵스']],
  ['model', ['model', 'models', '모델']],
  ['modeling', ['modeling', 'modelling', 'modeler', 'modeller', '모델링', '모델러', '모델 개발', 'model development']],
  ['modeling engineer', ['모델 개발자', 'model developer']],
  ['serving', ['serving', 'serve', '서빙', 'deployment', '배포']],
  ['inference', ['inference', '추론', '인퍼런스']],
  ['optimization', ['optimization', 'optimisation', 'optimize', 'optimise', 'optimizing', '최적화', '가속', 'acceleration']],
  ['compression', ['compression', 'lightweight', '경량화', '경량', '모델 압축', '압축']],
  ['quantization', ['quantization', 'quantisation', '양자화']],
  ['platform', ['platform', 'platforms', '플랫폼']],
  ['infrastructure', ['infrastructure', 'infra', '인프라']],
  ['pipeline', ['pipeline', 'pipelines', '파이프라인']],
  ['data', ['data', '데이터']],
  ['big data', ['bigdata', '빅데이터', '빅 데이터']],
  ['labeling', ['labeling', 'labelling', 'label', 'labels', 'labeler', '라벨링', '레이블링', '라벨', '레이블', 'annotation', 'annotations', 'annotator', '어노테이션', '어노테이터', '데이터 가공']],
  ['curation', ['curation', 'curator', 'curators', 'curate', '큐레이션', '큐레이터']],
  ['quality', ['quality', '품질', 'qa', 'qc']],
  ['research scientist', ['researcher', 'researchers', '연구원', '리서처', '연구자', '연구직']],
  ['research', ['research', '연구', '리서치']],
  ['scientist', ['scientist', 'scientists', '사이언티스트', '과학자']],
  ['manager', ['manager', 'managers', '매니저', '관리자', 'management']],
  ['lead', ['lead', 'leader', 'leads', '리드', '리더']],
  ['team', ['team', 'teams', '팀']],
  ['team lead', ['팀장', '파트장', '파트 리더', '그룹장', 'tl']],
  ['head', ['head', '조직장', '본부장', 'director', '디렉터', '실장', 'vp', 'vice president']],
  ['chief', ['chief', '최고']],
  ['product', ['product', 'products', '프로덕트', '제품']],
  ['product manager', ['pm', '기획자', '서비스 기획자']],
  ['product owner', ['po']],
  ['planning', ['기획', 'planning']],
  ['tool', ['tool', 'tools', 'tooling', '툴', '도구', '툴링']],
  ['agent', ['agent', 'agents', '에이전트']],
  ['applied', ['applied', '응용']],
  ['speech', ['speech', '음성', 'voice']],
  ['recognition', ['recognition', '인식']],
  ['recommendation', ['recommendation', 'recommender', 'recommendations', '추천']],
  ['search', ['search', '검색']],
  ['ocr', ['ocr', 'optical character recognition', '문자인식', '문자 인식']],
  ['cluster', ['cluster', 'clusters', '클러스터']],
  ['service', ['service', 'services', '서비스']],
  ['solution', ['solution', 'solutions', '솔루션']],
  ['postdoc', ['postdoc', 'postdoctoral', '박사후', '포닥']],
  ['phd', ['phd', '박사', '박사급']],
  ['intern', ['intern', 'internship', '인턴']],
  ['operations', ['operations', 'operation', 'ops', '운영']],
  ['specialist', ['specialist', '전문가', '담당자', '담당']],
  ['founding', ['founding', '초기 멤버', '창업 멤버', '초기멤버', '창업멤버', '파운딩']],
  ['camera', ['camera', '카메라']],
  ['training', ['training', 'train', '학습', '훈련', '트레이닝']],
  ['evaluation', ['evaluation', 'eval', 'evals', '평가']],
  ['performance', ['performance', '성능']],
  ['kubernetes', ['kubernetes', 'k8s', '쿠버네티스']],
  ['cloud', ['cloud', '클라우드']],
  ['web', ['web', '웹']],
  ['analyst', ['analyst', '분석가']],
  ['analysis', ['analysis', 'analytics', '분석']],
  ['system', ['system', 'systems', '시스템']],
  ['robotics', ['robotics', 'robot', '로보틱스', '로봇']],
  ['autonomous driving', ['자율주행', '자율 주행']],
  ['gpu', ['gpu', 'gpus', '그래픽카드']],
  ['architect', ['architect', '아키텍트']],
  ['consultant', ['consultant', '컨설턴트']],
  ['rag', ['rag', 'retrieval augmented generation']],
];

/** Words that state seniority, not the role; they never count as evidence for a role. */
export const SENIORITY_WORDS = new Set([
  'senior', 'sr', 'junior', 'jr', 'principal', 'staff', 'mid', 'midlevel', 'entry', 'level', 'associate',
  '시니어', '주니어', '신입', '경력', '경력직', '책임', '선임', '수석', '초급', '중급', '고급', '사원', '주임',
  'i', 'ii', 'iii', 'iv', 'v', 'years', 'year', 'yrs', 'yoe', 'experience', '년', '년차', '이상', '이하', '무관',
]);

/** Words of a posting's boilerplate (and English function words) that say nothing about the role. */
export const NOISE_WORDS = new Set([
  'a', 'an', 'the', 'of', 'and', 'or', 'for', 'to', 'in', 'at', 'with', 'by', 'as', 'from', 'on',
  '채용', '모집', '정규직', '계약직', '전환형', '및', '등', '분야', '부문', '직군', '포지션', 'position', 'job', 'hiring',
  'remote', '재택', 'new', 'grad', '상시', '우대', '급', '명',
]);

/** English function words dropped from prose (in titles some of them are abbreviations, e.g. BE = back end). */
export const PROSE_NOISE = new Set([
  'be', 'is', 'are', 'was', 'it', 'its', 'this', 'that', 'these', 'those', 'so', 'than', 'then', 'not', 'no',
  'each', 'every', 'which', 'who', 'what', 'when', 'where', 'how', 'can', 'into', 'their', 'they', 'them', 'such',
  'other', 'only', 'also', 'more', 'most', 'about', 'before', 'after', 'all', 'any', 'one', 'two', 'has', 'have',
  'does', 'do', 'up', 'out', 'if', 'but', 'per', 'there', 'will', 'would', 'whether', 'through', 'over', 'same',
  'very', 'often', 'eg', 'e', 'g', 'etc', 'vs', 'way', 'well', 'without', 'while', 'both',
]);

/** Korean particles (josa) that may follow a noun in prose, longest first. */
export const PARTICLES = ['으로', '에서', '에게', '까지', '부터', '처럼', '보다', '과', '와', '을', '를', '이', '가', '은', '는', '의', '에', '로', '도', '만'];

/** Phrase (its words) → canonical tokens, built once from `GROUPS`. */
export const PHRASES: ReadonlyMap<string, readonly string[]> = new Map(
  GROUPS.flatMap(([canonical, spellings]) => spellings.map((s) => [s, canonical.split(' ')] as const)),
);

/** Longest phrase length in words, so phrase lookup can stop early. */
export const LONGEST_PHRASE = Math.max(...[...PHRASES.keys()].map((p) => p.split(' ').length));
