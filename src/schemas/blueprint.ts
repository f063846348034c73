import { z } from 'astro/zod';
import { CITE_MESSAGE, TEAMS, citesSomething, provenanceSchema, textSchema } from './common';
import { requirementInputsSchema, staffLineSchema } from './requirements';

/** Language-neutral facts of a team blueprint: `content/blueprints/<id>.yaml`. */
export const blueprintSchema = provenanceSchema
  .extend({
    /** Measurable requirements of the service: the inputs of the requirement rules (content/rules/). */
    requirements: requirementInputsSchema,
    /** The starting team that delivers the service; its required profile is derived by the rules, not written here. */
    teams: z
      .array(
        z.object({
          /** Kind of team. */
          team: z.enum(TEAMS, { error: `a team is one of: ${TEAMS.join(', ')}` }),
          /** Staffing lines: role × seniority × head count. */
          members: z.array(staffLineSchema).min(1),
        }),
      )
      .min(1),
  })
  .refine(citesSomething, { message: CITE_MESSAGE, path: ['sources'] });

/** Prose of a team blueprint: `content/blueprints/<locale>/<id>.yaml`. */
export const blueprintTextSchema = z.object({
  /** Title of the scenario. */
  title: textSchema,
  /** One-sentence summary. */
  summary: textSchema,
  /** The service scenario and how the work is split into technical modules. */
  scenario: textSchema,
  /** The technical modules, input to output, in order. */
  modules: z.array(textSchema).default([]),
  /** How each requirement is defined for this service. */
  requirements: z.object({
    /** How processing time is measured offline and online. */
    processingTime: z.object({ offline: textSchema, online: textSchema }),
    /** The accuracy metric offline and online, and what the targets mean. */
    accuracy: z.object({ offline: textSchema, online: textSchema }),
    /** Why this QPS and how the team would raise it. */
    qps: textSchema,
    /** Why this serving target. */
    servingTarget: textSchema,
    /** The hardware and how it was sized. */
    hardware: textSchema,
  }),
  /** Text per team id used in the facts: its input, output and notes. */
  teams: z.record(z.string(), z.object({ input: textSchema, output: textSchema, notes: textSchema.optional() })),
});

/** Blueprint facts after validation. */
export type Blueprint = z.output<typeof blueprintSchema>;
/** Blueprint prose after validation. */
export type BlueprintText = z.output<typeof blueprintTextSchema>;
