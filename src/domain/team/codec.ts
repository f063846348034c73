/**
 * Team plans as documents (exported files, localStorage drafts) and as share links, on the shared
 * versioned-document and URL-state codecs (src/lib). Decoding never throws. After the schema, a plan is
 * checked against the atlas: a role the atlas does not have refuses the whole plan (its members could not
 * be counted), while ratings of skills it does not have are dropped and reported, as the self-assessment
 * does. Members' self-assessment files are read by the self-assessment's own codec.
 */
import { decodeDocument, encodeDocument, type DocumentFailure, type DocumentFormat, type Encoded } from '../../lib/document';
import { decodeUrlState, encodeUrlState, type UrlStateFormat } from '../../lib/url-state';
import { decodeAssessment } from '../assessment/codec';
import type { z } from 'zod/mini';
import { PLAN_FORMAT, PLAN_MAX_BYTES, PLAN_VERSION, nameSchema, planSchema, planShareSchema, type Plan } from './plan';
import type { NewPerson } from './state';

/** Ids the atlas knows, to check a decoded plan against. */
export interface KnownIds {
  /** Role ids. */
  roles: ReadonlySet<string>;
  /** Skill ids. */
  skills: ReadonlySet<string>;
}

/** Why a plan was refused. */
export type PlanFailure = DocumentFailure | { reason: 'malformed' } | { reason: 'unknown-role'; role: string };

/** A decoded plan with the unknown skill ids that were dropped, or why it was refused. */
export type PlanDecodeResult = { ok: true; plan: Plan; dropped: string[]; migratedFrom?: number } | ({ ok: false } & PlanFailure);

/** The plan document format (files and storage). */
export const planFormat: DocumentFormat<Plan> = {
  format: PLAN_FORMAT,
  version: PLAN_VERSION,
  schema: planSchema,
  maxBytes: PLAN_MAX_BYTES,
};

/** A share link's payload. */
export type PlanShare = z.output<typeof planShareSchema>;

/** The share-link format (the URL token of src/lib; 64 kB of token at most). */
export const planShareFormat: UrlStateFormat<PlanShare> = { version: PLAN_VERSION, schema: planShareSchema, maxBytes: 64_000 };

/** Checks a schema-valid plan against the atlas: refuses unknown roles, drops ratings of unknown skills. */
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
  return { ok: true, plan: { ...plan, teams }, dropped: [...dropped].sort() };
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

/** Encodes a plan's body into a URL-safe share token. */
export async function encodePlanShare(plan: Plan): Promise<string> {
  const encoded = await encodeUrlState(planShareFormat, { v: PLAN_VERSION, preset: plan.preset, inputs: plan.inputs, teams: plan.teams });
  if (!encoded.ok) throw new RangeError(`share payload refused: ${encoded.reason}`);
  return encoded.token;
}

/** Decodes a share token into a plan. Never throws. */
export async function decodePlanShare(token: string, known: KnownIds, now: Date = new Date()): Promise<PlanDecodeResult> {
  const decoded = await decodeUrlState(planShareFormat, token);
  if (!decoded.ok) return decoded;
  const { preset, inputs, teams } = decoded.value;
  return checkKnown({ format: PLAN_FORMAT, version: PLAN_VERSION, preset, inputs, teams, updatedAt: now.toISOString() }, known);
}

/** A member's name from the name of their exported file: extension and the tool's prefix removed. */
export function nameFromFile(fileName: string): string {
  const base = fileName.replace(/\.[^.]*$/, '').replace(/^ai-team-atlas-assessment-?/i, '').replace(/-?\d{4}-\d{2}-\d{2}$/, '').replace(/[-_]+/g, ' ').replace(/[<>]/g, '').trim().slice(0, 80);
  return nameSchema.safeParse(base).success ? base : 'member';
}

/** A read member file: the person to import, or why the file was refused. */
export type MemberFileResult = { ok: true; person: NewPerson; dropped: string[] } | ({ ok: false; file: string } & Exclude<ReturnType<typeof decodeAssessment>, { ok: true }>);

/** Reads a member's exported self-assessment (same format and checks as the self-assessment's import). */
export function readMemberFile(fileName: string, text: string, known: KnownIds): MemberFileResult {
  const result = decodeAssessment(text, known.skills);
  if (!result.ok) return { ...result, file: fileName };
  const role = result.assessment.target && known.roles.has(result.assessment.target.role) ? result.assessment.target.role : null;
  return { ok: true, person: { name: nameFromFile(fileName), role, ratings: result.assessment.ratings }, dropped: result.dropped };
}
