import { z } from 'astro/zod';
import { CITE_MESSAGE, citesSomething, idSchema, provenanceSchema, textSchema } from './common';
import { sfiaSkillSchema } from './crosswalk';

/** Language-neutral facts of a skill: `content/skills/<id>.yaml`. */
export const skillSchema = provenanceSchema
  .extend({
    /** The competency area (id in `content/areas/`) the skill belongs to. */
    area: idSchema,
    /** Glossary terms (ids in `content/terms/`) the skill's text uses. */
    terms: z.array(idSchema).default([]),
    /** The nearest SFIA 9 skill, only where a match is defensible and the code was checked against SFIA. Nearest, not equivalent. */
    sfia: sfiaSkillSchema.optional(),
  })
  .refine(citesSomething, { message: CITE_MESSAGE, path: ['sources'] });

/** Prose of a skill: `content/skills/<locale>/<id>.yaml`. */
export const skillTextSchema = z.object({
  /** Name of the skill. */
  name: textSchema,
  /** What the skill is and why it matters, in one or two sentences. */
  description: textSchema,
  /** What a person does at levels 1 (aware) to 5 (sets direction), in that order: exactly five. */
  levels: z
    .array(textSchema)
    .length(5, 'a skill needs exactly five level descriptors, for levels 1 (aware) to 5 (sets direction)'),
  /** How to reach the next level from levels 0 to 4, in that order: exactly five. */
  next: z
    .array(textSchema)
    .length(5, 'a skill needs exactly five next steps, from level 0→1 up to 4→5'),
});

/** Skill facts after validation. */
export type Skill = z.output<typeof skillSchema>;
/** Skill prose after validation. */
export type SkillText = z.output<typeof skillTextSchema>;
