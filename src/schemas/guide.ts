import { z } from 'astro/zod';
import { CITE_MESSAGE, citesSomething, idSchema, provenanceSchema, textSchema } from './common';

/** Language-neutral facts of a guide: `content/guides/<id>.yaml`. */
export const guideSchema = provenanceSchema
  .extend({
    /** Position in the guide index. */
    order: z.int().min(1),
    /** Roles (ids) the guide is most useful for. */
    roles: z.array(idSchema).default([]),
    /** Glossary terms (ids) the guide uses. */
    terms: z.array(idSchema).default([]),
  })
  .refine(citesSomething, { message: CITE_MESSAGE, path: ['sources'] });

/** Front matter of a guide's prose: `content/guides/<locale>/<id>.mdx`. */
export const guideTextSchema = z.object({
  /** Title of the guide. */
  title: textSchema,
  /** One-sentence description, used in lists and meta tags. */
  description: textSchema,
});

/** Guide facts after validation. */
export type Guide = z.output<typeof guideSchema>;
/** Guide front matter after validation. */
export type GuideText = z.output<typeof guideTextSchema>;
