import { z } from 'astro/zod';
import { CITE_MESSAGE, citesSomething, idSchema, provenanceSchema, textSchema } from './common';

/** Language-neutral facts of a glossary term: `content/terms/<id>.yaml`. */
export const termSchema = provenanceSchema
  .extend({
    /** Related terms (ids). */
    related: z.array(idSchema).default([]),
  })
  .refine(citesSomething, { message: CITE_MESSAGE, path: ['sources'] });

/** Prose of a glossary term: `content/terms/<locale>/<id>.yaml`. */
export const termTextSchema = z.object({
  /** The term as written in this language (English technical terms may stay in English). */
  term: textSchema,
  /** Other spellings or expansions that should find this term in search. */
  aka: z.array(textSchema).default([]),
  /** The definition, in one to three sentences. */
  definition: textSchema,
});

/** Term facts after validation. */
export type Term = z.output<typeof termSchema>;
/** Term prose after validation. */
export type TermText = z.output<typeof termTextSchema>;
