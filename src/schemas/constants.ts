/** The fixed vocabularies of the content model, with no zod import so client code can use them cheaply. */

/** Locales the site is written in; English is the default and lives at the site root. */
export const LOCALES = ['en', 'ko'] as const;
/** A locale code. */
export type Locale = (typeof LOCALES)[number];

/** The lecture notes in `shared/sources/` that an entry may cite. */
export const SOURCE_FILES = [
  '000_4f07a0ff1c95c2db.txt',
  '001_7444d5fd09144e57.txt',
  '002_526138336e456f22.txt',
  '003_cee43671debc173f.txt',
  '004_de3b1be205e015aa.txt',
] as const;
/** A cited lecture note's file name. */
export type SourceFile = (typeof SOURCE_FILES)[number];

/** What each lecture note is, as a reader sees it where an entry cites it (the file name alone says nothing). */
export const SOURCE_NOTES: Record<SourceFile, Record<Locale, string>> = {
  '000_4f07a0ff1c95c2db.txt': {
    en: 'Study note: developing AI models for services (AI bootcamp special lecture, week 8)',
    ko: '학습 노트: 서비스향 AI 모델 개발하기(AI 부트캠프 특강, 8주차)',
  },
  '001_7444d5fd09144e57.txt': {
    en: 'Study note, 2 March 2021: developing AI models for services; career building in the AI era (AI bootcamp special lectures)',
    ko: '학습 노트(2021-03-02): 서비스향 AI 모델 개발하기, AI 시대의 커리어 빌딩(AI 부트캠프 특강)',
  },
  '002_526138336e456f22.txt': {
    en: 'Study note, 23 September 2021: developing AI models for services (AI bootcamp special lecture)',
    ko: '학습 노트(2021-09-23): 서비스향 AI 모델 개발하기(AI 부트캠프 특강)',
  },
  '003_cee43671debc173f.txt': {
    en: 'Study note: the full-stack ML engineer (AI bootcamp special lecture)',
    ko: '학습 노트: 풀스택 ML 엔지니어(AI 부트캠프 특강)',
  },
  '004_de3b1be205e015aa.txt': {
    en: 'Study note: the machine learning project life cycle (AI bootcamp lecture)',
    ko: '학습 노트: 머신러닝 프로젝트 라이프 사이클(AI 부트캠프 강의)',
  },
};

/** How a cited lecture note is named to a reader in `locale`. */
export const sourceNote = (file: SourceFile, locale: Locale): string => SOURCE_NOTES[file][locale];

/** Seniorities at which a role states its expectations, in increasing order. */
export const SENIORITIES = ['junior', 'mid', 'senior', 'lead'] as const;
/** A seniority. */
export type Seniority = (typeof SENIORITIES)[number];

/** Teams a role belongs to. `model` and `serving` are the two teams of a service AI organisation. */
export const TEAMS = ['model', 'serving', 'platform', 'research', 'product', 'leadership'] as const;
/** A team id. */
export type Team = (typeof TEAMS)[number];

/** Kinds of company: AI used to do an existing business better, or AI as the product itself. */
export const COMPANY_TYPES = ['ai-for-x', 'ai-centric'] as const;

/** Milestones a career path step can ask for. */
export const MILESTONES = [
  'internship',
  'competition',
  'paper-reproduction',
  'web-demo',
  'publication',
  'service-experience',
  'open-source',
  'degree',
] as const;

/** Career stages a path step can stand for when it is not a role. */
export const STAGES = ['student', 'bootcamp', 'internship', 'graduate-school', 'job-search'] as const;

/** Where a service's model runs. */
export const SERVING_TARGETS = ['mobile', 'local', 'cloud'] as const;

/** Where the model comes from: trained by the team, or an existing model or LLM API adapted to the service. */
export const MODEL_SOURCES = ['in-house', 'adapted'] as const;

/** Who labels the training and test data. */
export const LABELLERS = ['in-house', 'vendor'] as const;

/** The offline accuracy metric a service is measured by. */
export const ACCURACY_METRICS = ['edit-distance', 'exact-match', 'f1', 'map', 'judged', 'other'] as const;
