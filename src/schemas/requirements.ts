/**
 * The service requirements a team lead sets and the nominal staffing line (role × seniority × count).
 * Written in zod/mini, not `astro/zod`, because the team planner validates plans in the browser with the
 * same schemas that validate the blueprints in content/ (a zod/mini schema nests inside an `astro/zod`
 * object unchanged). One schema per concept: blueprints, plans and the published JSON Schemas use these.
 */
import * as z from 'zod/mini';
import { ACCURACY_METRICS, LABELLERS, MODEL_SOURCES, SENIORITIES, SERVING_TARGETS } from './constants';

/** Largest head count of one staffing line. */
export const MAX_COUNT = 50;

const oneOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: `${what} is one of: ${values.join(', ')}` });

const kebab = z.string().check(z.maxLength(80), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is kebab-case: lower-case letters, digits and single hyphens'));
const ms = z.number({ error: 'a processing time is a number of milliseconds' }).check(
  z.positive('a processing time is more than 0 ms'),
  z.lte(600_000, 'a processing time is at most 600,000 ms (10 minutes)'),
);
const fraction = z.number({ error: 'an accuracy target is a fraction from 0 to 1' }).check(
  z.gte(0, 'an accuracy target is a fraction from 0 to 1'),
  z.lte(1, 'an accuracy target is a fraction from 0 to 1'),
);

/** Measurable requirements of a service: what the requirement rules in content/rules/ are evaluated on. */
export const requirementInputsSchema = z.strictObject({
  /** Where the model runs: the phone or edge device, a local CPU/GPU server, or cloud servers. */
  servingTarget: oneOf(SERVING_TARGETS, 'a serving target'),
  /** Target queries per second at peak (per device for on-device serving). */
  qps: z.number({ error: 'QPS is a number' }).check(
    z.positive('QPS is more than 0'),
    z.lte(1_000_000, 'QPS is at most 1,000,000'),
  ),
  /** Processing-time budget in milliseconds, as measured by the offline and the online test. */
  processingMs: z.strictObject({
    /** One input through the model pipeline, measured offline. */
    offline: ms,
    /** From the user's action to the result on screen, measured in the live service. */
    online: ms,
  }),
  /** The accuracy metric and its targets offline and online. */
  accuracy: z.strictObject({
    /** The offline metric (its exact definition is described per blueprint in prose). */
    metric: oneOf(ACCURACY_METRICS, 'an accuracy metric'),
    /** Target of the offline metric, 0–1. */
    offline: fraction,
    /** Target of the online metric (e.g. the share of results users keep unedited), 0–1. */
    online: fraction,
  }),
  /** Whether the team trains its own model or adapts an existing model or LLM API. */
  modelSource: oneOf(MODEL_SOURCES, 'a model source'),
  /** Data labelling: how many items must be labelled and by whom (0 when nothing is labelled). */
  labelling: z.strictObject({
    /** Number of items (images, formulas, answers …) to label. */
    volume: z.int({ error: 'a labelling volume is a whole number' }).check(
      z.gte(0, 'a labelling volume is 0 or more'),
      z.lte(100_000_000, 'a labelling volume is at most 100,000,000'),
    ),
    /** Who labels: the team itself or an outside vendor. */
    by: oneOf(LABELLERS, 'a labeller'),
  }),
  /** Whether the service must be kept running around the clock (an on-call rotation). */
  allDay: z.boolean({ error: 'allDay is true or false' }),
});

/** A staffing line: `count` people of one role at one seniority. */
export const staffLineSchema = z.strictObject({
  /** Role id. */
  role: kebab,
  /** Seniority of these people. */
  seniority: oneOf(SENIORITIES, 'a seniority'),
  /** Head count, 1–50. */
  count: z.int({ error: 'a head count is a whole number' }).check(
    z.gte(1, 'a head count is at least 1'),
    z.lte(MAX_COUNT, `a head count is at most ${MAX_COUNT} per line; split larger groups into teams`),
  ),
});

/** Requirement inputs after validation. */
export type RequirementInputs = z.output<typeof requirementInputsSchema>;
/** A staffing line after validation. */
export type StaffLine = z.output<typeof staffLineSchema>;
