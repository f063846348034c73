import { z } from 'astro/zod';
import {
  CITE_MESSAGE, COMPANY_TYPES, MILESTONES, STAGES, citesSomething, idSchema, provenanceSchema, textSchema,
} from './common';

/** One step of a career path: a role, or a stage such as an internship. */
export const pathStepSchema = z
  .object({
    /** Step id, unique within the path; the prose files key their step text by it. */
    id: idSchema,
    /** The role (id) held at this step. */
    role: idSchema.optional(),
    /** The career stage at this step when it is not a role. */
    stage: z.enum(STAGES, { error: `a stage is one of: ${STAGES.join(', ')}` }).optional(),
    /** Milestones that show readiness to move on from this step. */
    milestones: z.array(z.enum(MILESTONES, { error: `a milestone is one of: ${MILESTONES.join(', ')}` })).default([]),
  })
  .refine((step) => (step.role === undefined) !== (step.stage === undefined), {
    message: 'a step names exactly one of `role` or `stage`',
  });

/** Language-neutral facts of a career path: `content/paths/<id>.yaml`. */
export const pathSchema = provenanceSchema
  .extend({
    /** Ordered steps, first to last. */
    steps: z.array(pathStepSchema).min(2, 'a path has at least two steps'),
    /** Company types the path fits best. */
    companyTypes: z.array(z.enum(COMPANY_TYPES)).default([]),
  })
  .refine(citesSomething, { message: CITE_MESSAGE, path: ['sources'] });

/** Prose of a career path: `content/paths/<locale>/<id>.yaml`. */
export const pathTextSchema = z.object({
  /** Title of the path. */
  title: textSchema,
  /** Who the path is for and where it leads. */
  summary: textSchema,
  /** Text per step id: what the step is and how to move on. */
  steps: z.record(idSchema, z.object({ title: textSchema, description: textSchema })),
  /** Advice, strengths and risks that hold for the whole path. */
  notes: z.array(textSchema).default([]),
});

/** Path facts after validation. */
export type Path = z.output<typeof pathSchema>;
/** Path prose after validation. */
export type PathText = z.output<typeof pathTextSchema>;
