import { z } from 'astro/zod';
import { CITE_MESSAGE, citesSomething, idSchema, provenanceSchema, textSchema } from './common';

/** Language-neutral facts of a life-cycle stage of a service AI project: `content/stages/<id>.yaml`. */
export const stageSchema = provenanceSchema
  .extend({
    /** Position in the life cycle, first to last. */
    order: z.int().min(1),
    /** The role (id) that owns the stage. */
    owner: idSchema,
    /** Roles (ids) that contribute to it. */
    contributors: z.array(idSchema).default([]),
  })
  .refine(citesSomething, { message: CITE_MESSAGE, path: ['sources'] });

/** Prose of a life-cycle stage: `content/stages/<locale>/<id>.yaml`. */
export const stageTextSchema = z.object({
  /** Name of the stage. */
  name: textSchema,
  /** What happens in the stage. */
  description: textSchema,
  /** What the stage produces. */
  outputs: z.array(textSchema).min(1),
});

/** Stage facts after validation. */
export type Stage = z.output<typeof stageSchema>;
/** Stage prose after validation. */
export type StageText = z.output<typeof stageTextSchema>;
