import { z } from 'astro/zod';
import { CITE_MESSAGE, citesSomething, provenanceSchema, textSchema } from './common';

/** Language-neutral facts of a competency area (one radar axis): `content/areas/<id>.yaml`. */
export const areaSchema = provenanceSchema
  .extend({
    /** Position of the axis on the radar, clockwise from the top; unique across areas. */
    order: z.int().min(1),
  })
  .refine(citesSomething, { message: CITE_MESSAGE, path: ['sources'] });

/** Prose of a competency area: `content/areas/<locale>/<id>.yaml`. */
export const areaTextSchema = z.object({
  /** Full name of the area. */
  name: textSchema,
  /** Short label for radar axes (at most 22 characters). */
  short: textSchema.max(22, 'a radar label has at most 22 characters'),
  /** What the area covers, in one or two sentences. */
  description: textSchema,
});

/** Area facts after validation. */
export type Area = z.output<typeof areaSchema>;
/** Area prose after validation. */
export type AreaText = z.output<typeof areaTextSchema>;
