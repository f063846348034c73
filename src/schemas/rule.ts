import { z } from 'astro/zod';
import {
  ACCURACY_METRICS, CITE_MESSAGE, LABELLERS, MODEL_SOURCES, SERVING_TARGETS, citesSomething, idSchema,
  provenanceSchema, textSchema,
} from './common';
import { MAX_COUNT } from './requirements';

const anyOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.array(z.enum(values, { error: `${what} is one of: ${values.join(', ')}` })).min(1, 'list at least one value or leave the key out');

/**
 * When a rule applies: every key present must hold (AND); a list holds when the input is any of its values
 * (OR). An empty `when` applies to every service. Unknown keys are refused so a typo cannot silently widen a rule.
 */
export const conditionSchema = z.strictObject({
  /** The serving target is one of these. */
  servingTarget: anyOf(SERVING_TARGETS, 'a serving target').optional(),
  /** The model source is one of these. */
  modelSource: anyOf(MODEL_SOURCES, 'a model source').optional(),
  /** The offline accuracy metric is one of these. */
  metric: anyOf(ACCURACY_METRICS, 'an accuracy metric').optional(),
  /** Data is labelled (volume above 0) by one of these. */
  labelledBy: anyOf(LABELLERS, 'a labeller').optional(),
  /** At least this many items are labelled. */
  labellingAtLeast: z.int().min(1).optional(),
  /** Target QPS is at least this. */
  qpsAtLeast: z.number().positive().optional(),
  /** The offline processing-time budget is at most this many milliseconds. */
  offlineMsAtMost: z.number().positive().optional(),
  /** The online processing-time budget is at most this many milliseconds. */
  onlineMsAtMost: z.number().positive().optional(),
  /** The offline accuracy target is at least this fraction. */
  accuracyAtLeast: z.number().min(0).max(1).optional(),
  /** The service runs around the clock (true) or not (false). */
  allDay: z.boolean().optional(),
});

/** One thing a rule requires: a skill held at a level by a number of people. */
export const requirementSchema = z.strictObject({
  /** Skill id. */
  skill: idSchema,
  /** Level (1–5) each of those people must reach. */
  level: z.int().min(1, 'a required level is 1–5').max(5, 'a required level is 1–5'),
  /** How many people must hold the skill at that level. */
  people: z.int().min(1).max(MAX_COUNT).default(1),
});

/** Language-neutral facts of a requirement rule: `content/rules/<id>.yaml`. */
export const ruleSchema = provenanceSchema
  .extend({
    /** When the rule applies. */
    when: conditionSchema.default({}),
    /** What the team must hold when it applies. */
    requires: z.array(requirementSchema).min(1, 'a rule requires at least one skill'),
  })
  .refine(citesSomething, { message: CITE_MESSAGE, path: ['sources'] });

/** Prose of a requirement rule: `content/rules/<locale>/<id>.yaml`. */
export const ruleTextSchema = z.object({
  /** Short name, e.g. "24/7 operation needs an on-call rotation". */
  name: textSchema,
  /** Why the condition makes these skills necessary, in one to three sentences. */
  rationale: textSchema,
});

/** A rule condition after validation. */
export type Condition = z.output<typeof conditionSchema>;
/** Rule facts after validation. */
export type Rule = z.output<typeof ruleSchema>;
/** Rule prose after validation. */
export type RuleText = z.output<typeof ruleTextSchema>;
