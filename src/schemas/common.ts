import { z } from 'astro/zod';

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

/** An entry id: the kebab-case file name without extension. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is kebab-case: lower-case letters, digits and single hyphens');

/** A skill level: 0 not yet, 1 aware, 2 guided, 3 independent, 4 leads and teaches, 5 sets direction. */
export const levelSchema = z
  .number({ error: 'a level is a whole number from 0 to 5' })
  .int('a level is a whole number from 0 to 5')
  .min(0, 'a level is a whole number from 0 to 5')
  .max(5, 'a level is a whole number from 0 to 5');

/** Non-empty prose. */
export const textSchema = z.string({ error: 'expected text' }).trim().min(1, 'must not be empty');

/** Where the facts of an entry come from: source notes and, where they are thin, public references. */
export const provenanceSchema = z.object({
  /** Source note file names this entry draws on. */
  sources: z
    .array(z.enum(SOURCE_FILES, { error: `a source is one of: ${SOURCE_FILES.join(', ')}` }))
    .default([]),
  /** Well-known public references used where the sources are thin (a title or URL each). */
  references: z.array(textSchema).default([]),
});

/** Refinement shared by every facts file: it must cite at least one source or reference. */
export function citesSomething(value: { sources: readonly string[]; references: readonly string[] }): boolean {
  return value.sources.length + value.references.length > 0;
}
/** Message for {@link citesSomething}. */
export const CITE_MESSAGE = 'cite at least one file in `sources` or one public reference in `references`';
