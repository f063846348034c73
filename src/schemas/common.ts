import { z } from 'astro/zod';

import { SOURCE_FILES } from './constants';

export * from './constants';

/** An entry id: the kebab-case file name without extension. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is kebab-case: lower-case letters, digits and single hyphens');

/**
 * A skill level: 0 not yet, 1 aware, 2 guided (by a tutorial, a worked example or a reviewer), 3 independent,
 * 4 go-to expert (the person the team brings its hardest problems in the skill to, who reviews and teaches;
 * reachable by depth, not only by leading people), 5 sets direction.
 */
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
