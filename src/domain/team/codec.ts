/**
 * Team plans as documents (exported files, localStorage drafts) and as share links, on the shared
 * versioned-document and URL-state codecs (src/lib). Decoding never throws. After the schema, a plan is
 * checked against the atlas: a role the atlas does not have refuses the whole plan (its members could not
 * be counted), while ratings of skills it does not have are dropped and reported, as the self-assessment
 * does, and so is a blueprint (`preset`) it does not have: the plan stands without it. Share links are in share.ts and members' files in member-file.ts, so the planner loads them only
 * when they are used.
 */
import { decodeDocument, encodeDocument, type DocumentFailure, type DocumentFormat, type Encoded } from '../../lib/document';
import { PLAN_FORMAT, PLAN_MAX_BYTES, PLAN_VERSION, planSchema, type Plan } from './plan';

/** Ids the atlas knows, to check a decoded plan against. */
export interface KnownIds {
  /** Role ids. */
  roles: ReadonlySet<string>;
  /** Skill ids. */
  skills: ReadonlySet<string>;
  /** Blueprint ids (a plan's `preset`). */
  blueprints: ReadonlySet<string>;
}

/** Why a plan was refused. */
export type PlanFailure = DocumentFailure | { reason: 'malformed' } | { reason: 'unknown-role'; role: string };

/** A decoded plan with the unknown skill ids and blueprint that were dropped, or why it was refused. */
export type PlanDecodeResult = { ok: true; plan: Plan; dropped: string[]; droppedPreset?: string; migratedFrom?: number } | ({ ok: false } & PlanFailure);

/** The plan document format (files and storage). */
export const planFormat: DocumentFormat<Plan> = {
  format: PLAN_FORMAT,
  version: PLAN_VERSION,
  schema: planSchema,
  maxBytes: PLAN_MAX_BYTES,
};

/** Checks a schema-valid plan against the atlas: refuses unknown roles, drops ratings of unknown skills and an unknown blueprint. */
export function checkKnown(plan: Plan, known: KnownIds): PlanDecodeResult {
  for (const team of plan.teams) {
    for (const role of [...team.lines.map((l) => l.role), ...team.people.flatMap((p) => (p.role === null ? [] : [p.role]))]) {
      if (!known.roles.has(role)) return { ok: false, reason: 'unknown-role', role };
    }
  }
  const dropped = new Set<string>();
  const teams = plan.teams.map((team) => ({
    ...team,
    people: team.people.map((person) => {
      const ratings: Record<string, number> = {};
      for (const [skill, level] of Object.entries(person.ratings)) {
        if (known.skills.has(skill)) ratings[skill] = level;
        else dropped.add(skill);
      }
      return { ...person, ratings };
    }),
  }));
  const presetKnown = plan.preset === null || known.blueprints.has(plan.preset);
  const checked = { ok: true as const, plan: { ...plan, preset: presetKnown ? plan.preset : null, teams }, dropped: [...dropped].sort() };
  return presetKnown ? checked : { ...checked, droppedPreset: plan.preset! };
}

/** Parses a plan file or stored draft. */
export function decodePlan(text: string, known: KnownIds): PlanDecodeResult {
  const decoded = decodeDocument(planFormat, text);
  if (!decoded.ok) return decoded;
  const checkedPlan = checkKnown(decoded.value, known);
  return checkedPlan.ok && decoded.migratedFrom !== undefined ? { ...checkedPlan, migratedFrom: decoded.migratedFrom } : checkedPlan;
}

/** Serialises a plan for a file or storage, refusing one the decoder would refuse. */
export function encodePlan(plan: Plan): Encoded {
  return encodeDocument(planFormat, plan);
}
