/**
 * The team plan format: one zod/mini schema for localStorage drafts, exported files and (without the
 * envelope) share links; the planner island bundles it, so it stays zod/mini.
 *
 * Shape (version 1):
 * `{ format, version, preset, inputs, teams: [{ id, team, lines: [{ id, role, seniority, count, away }],
 *    people: [{ id, name, role, ratings, away }] }], updatedAt }`
 * - `lines` are nominal members (role × seniority × count); they count with the role's expected levels.
 *   `away` lists which of the `count` people (0-based) are toggled "what if this person leaves".
 * - `people` are real members imported from self-assessments: a name and their own ratings (unrated = 0).
 * - Limits: at most 12 teams, 50 people per line, 200 members in all; ids unique across the plan.
 * Version history: 1 is the only version. Version 2 will add a `migrate` to `planFormat` (codec.ts; the
 * hook is `DocumentFormat.migrate` in src/lib/document.ts) that upgrades version 1 documents.
 */
import * as z from 'zod/mini';
import { ratingsSchema } from '../assessment/schema';
import { MAX_COUNT, requirementInputsSchema, staffLineSchema } from '../../schemas/requirements';
import { TEAMS } from '../../schemas/constants';
import { timestamp } from '../../lib/document';

/** Tag that marks a JSON document as an AI Team Atlas team plan. */
export const PLAN_FORMAT = 'ai-team-atlas/team-plan';
/** Current version of the format. */
export const PLAN_VERSION = 1;
/** Largest file or stored plan accepted, in bytes. */
export const PLAN_MAX_BYTES = 500_000;
/** Most members (nominal head count plus imported people) a plan may hold. */
export const MAX_MEMBERS = 200;
/** Most teams a plan may hold. */
export const MAX_TEAMS = 12;

/** A short id unique within the plan, e.g. `t1`, `l4`, `p2`. */
const key = z.string().check(z.regex(/^[a-z][a-z0-9-]{0,23}$/, 'an id is 1–24 lower-case letters, digits or hyphens'));
/** A person's name as typed or imported; markup is refused, never rendered. */
export const nameSchema = z.string().check(
  z.minLength(1, 'a name must not be empty'),
  z.maxLength(80, 'a name is at most 80 characters'),
  z.refine((s) => !/[<>]|javascript:|on\w+\s*=/i.test(s), 'a name must not contain markup or script'),
);

/** A nominal line in a plan: a staffing line with an id and the people toggled away. */
export const planLineSchema = z
  .strictObject({
    ...staffLineSchema.shape,
    /** Line id. */
    id: key,
    /** Which of the `count` people (0-based, ascending) are toggled away. */
    away: z.array(z.int().check(z.gte(0), z.lt(MAX_COUNT))).check(z.maxLength(MAX_COUNT)),
  })
  .check(
    z.refine((line) => line.away.every((k, i) => k < line.count && (i === 0 || k > line.away[i - 1]!)), {
      message: 'away lists distinct positions below the head count, in ascending order',
      path: ['away'],
    }),
  );

/** A real member imported from a self-assessment. */
export const personSchema = z.strictObject({
  /** Person id. */
  id: key,
  /** Name as shown in the plan (stays in the browser). */
  name: nameSchema,
  /** The role they hold, if known (from the assessment's target or set in the planner). */
  role: z.nullable(staffLineSchema.shape.role),
  /** Their own level per skill id. */
  ratings: ratingsSchema,
  /** Toggled "what if this person leaves". */
  away: z.boolean(),
});

/** One team of the plan. */
export const planTeamSchema = z.strictObject({
  /** Team id. */
  id: key,
  /** Kind of team. */
  team: z.enum(TEAMS, { error: `a team is one of: ${TEAMS.join(', ')}` }),
  /** Nominal members. */
  lines: z.array(planLineSchema).check(z.maxLength(MAX_MEMBERS)),
  /** Real members. */
  people: z.array(personSchema).check(z.maxLength(MAX_MEMBERS)),
});

/** Number of members in a list of teams: head counts plus imported people. */
export function memberCount(teams: readonly { lines: readonly { count: number }[]; people: readonly unknown[] }[]): number {
  return teams.reduce((n, t) => n + t.lines.reduce((m, l) => m + l.count, 0) + t.people.length, 0);
}

/** Every id used in a list of teams (teams, lines, people), in order. */
export function planIds(teams: readonly { id: string; lines: readonly { id: string }[]; people: readonly { id: string }[] }[]): string[] {
  return teams.flatMap((t) => [t.id, ...t.lines.map((l) => l.id), ...t.people.map((p) => p.id)]);
}

/** The part of a plan a share link carries and a preset fills: everything but the envelope. */
export const planBodyShape = {
  /** The blueprint the plan started from, or null. */
  preset: z.nullable(staffLineSchema.shape.role),
  /** Service requirements the rules are evaluated on. */
  inputs: requirementInputsSchema,
  /** Teams, at most 12. */
  teams: z.array(planTeamSchema).check(z.maxLength(MAX_TEAMS, `a plan holds at most ${MAX_TEAMS} teams`)),
};

type Teams = { teams: z.output<typeof planTeamSchema>[] };
const limits = [
  z.refine<Teams>((plan) => memberCount(plan.teams) <= MAX_MEMBERS, {
    message: `a plan holds at most ${MAX_MEMBERS} members; split it into several plans`,
    path: ['members'],
  }),
  z.refine<Teams>((plan) => new Set(planIds(plan.teams)).size === planIds(plan.teams).length, {
    message: 'ids of teams, lines and people must be unique',
    path: ['ids'],
  }),
] as const;

/** A team plan, version 1. */
export const planSchema = z
  .strictObject({
    /** Always `ai-team-atlas/team-plan`. */
    format: z.literal(PLAN_FORMAT),
    /** Always 1. */
    version: z.literal(PLAN_VERSION),
    ...planBodyShape,
    /** Last change (ISO 8601). */
    updatedAt: timestamp(),
  })
  .check(...limits);

/** The payload of a share link: the plan body with a version, without the envelope or timestamp. */
export const planShareSchema = z.strictObject({ v: z.literal(PLAN_VERSION), ...planBodyShape }).check(...limits);

/** A validated plan. */
export type Plan = z.output<typeof planSchema>;
/** A team of a plan. */
export type PlanTeam = z.output<typeof planTeamSchema>;
/** A nominal line of a plan. */
export type PlanLine = z.output<typeof planLineSchema>;
/** An imported person of a plan. */
export type Person = z.output<typeof personSchema>;
