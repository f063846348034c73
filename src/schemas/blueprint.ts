import { z } from 'astro/zod';
import {
  CITE_MESSAGE, SENIORITIES, SERVING_TARGETS, TEAMS, citesSomething, idSchema, levelSchema, provenanceSchema,
  textSchema,
} from './common';

/** Positions of one role in a team. */
export const memberSchema = z.object({
  /** Role id. */
  role: idSchema,
  /** Head count. */
  count: z.int().min(1).max(50),
  /** Seniority of these people. */
  seniority: z.enum(SENIORITIES, { error: `a seniority is one of: ${SENIORITIES.join(', ')}` }),
});

/** Language-neutral facts of a team blueprint: `content/blueprints/<id>.yaml`. */
export const blueprintSchema = provenanceSchema
  .extend({
    /** Measurable requirements of the service. */
    requirements: z.object({
      /** Processing time budget in milliseconds, as measured by the offline and the online test. */
      processingMs: z.object({ offline: z.number().positive(), online: z.number().positive() }),
      /** Target queries per second at peak. */
      qps: z.number().positive(),
      /** Accuracy targets as fractions 0–1 (their metrics are described in the prose). */
      accuracy: z.object({ offline: z.number().min(0).max(1), online: z.number().min(0).max(1) }),
      /** Where the model runs. */
      servingTarget: z.enum(SERVING_TARGETS, { error: `a serving target is one of: ${SERVING_TARGETS.join(', ')}` }),
    }),
    /** Teams that deliver the service. */
    teams: z
      .array(z.object({ team: z.enum(TEAMS), members: z.array(memberSchema).min(1) }))
      .min(1),
    /** Required team profile: the level (0–5) the team as a whole must reach per competency area id. */
    profile: z.record(idSchema, levelSchema),
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
