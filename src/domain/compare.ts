/**
 * Comparing roles and levels: the selection (two to four role × seniority picks, possibly one role at
 * two seniorities) as a readable URL parameter, the skills where the picks differ most, and how the
 * roles meet in the life cycle (shared stages, hand-offs). Pure functions of plain data.
 *
 * URL form: `#roles=<role>:<seniority>,<role>:<seniority>` (e.g. `#roles=modeler:mid,model-engineer:senior`),
 * readable in a chat message and stable as content grows; unknown parts are reported, never fatal.
 */
import { SENIORITIES, type Seniority } from '../schemas/constants';

/** One column of a comparison. */
export interface Pick {
  role: string;
  seniority: Seniority;
}

/** Most roles compared at once. */
export const MAX_PICKS = 4;

/** Seniority a pick gets when its link names one that does not exist. */
export const DEFAULT_SENIORITY: Seniority = 'mid';

/** Something in a link that could not be used (an unknown seniority: the role is kept at `DEFAULT_SENIORITY`). */
export type PickProblem =
  | { kind: 'unknown-role'; value: string }
  | { kind: 'unknown-seniority'; value: string }
  | { kind: 'malformed'; value: string }
  | { kind: 'too-many'; value: string };

/**
 * Reads the `roles` parameter; keeps every usable pick and reports the rest. A known role with an unknown
 * seniority is kept at `DEFAULT_SENIORITY` (and reported), so the link still shows the role it names.
 */
export function parsePicks(param: string | undefined, roleIds: ReadonlySet<string>): { picks: Pick[]; problems: PickProblem[] } {
  const picks: Pick[] = [];
  const problems: PickProblem[] = [];
  if (!param) return { picks, problems };
  for (const part of param.split(',').map((p) => p.trim()).filter(Boolean)) {
    const match = /^([^:]+):([^:]+)$/.exec(part);
    if (!match) {
      problems.push({ kind: 'malformed', value: part.slice(0, 60) });
      continue;
    }
    const [, role = '', seniority = ''] = match;
    if (!roleIds.has(role)) {
      problems.push({ kind: 'unknown-role', value: role.slice(0, 60) });
      continue;
    }
    if (picks.length >= MAX_PICKS) {
      problems.push({ kind: 'too-many', value: part.slice(0, 60) });
      continue;
    }
    const known = (SENIORITIES as readonly string[]).includes(seniority);
    if (!known) problems.push({ kind: 'unknown-seniority', value: seniority.slice(0, 60) });
    picks.push({ role, seniority: known ? (seniority as Seniority) : DEFAULT_SENIORITY });
  }
  return { picks, problems };
}

/** The `roles` parameter for a selection. */
export function picksParam(picks: readonly Pick[]): string {
  return picks.map((p) => `${p.role}:${p.seniority}`).join(',');
}

/** The URL of the comparison page for `picks`, given the page's URL (from `url(locale, 'compare/')`). */
export function compareUrl(page: string, picks: readonly Pick[]): string {
  return `${page}#roles=${picksParam(picks)}`;
}

/** One skill's expected level in each pick. */
export interface SkillDifference {
  skill: string;
  /** Expected level per pick, in pick order (0 when not expected). */
  levels: number[];
  /** Highest minus lowest level. */
  spread: number;
}

/**
 * Every skill that at least one pick expects, biggest difference first; ties by the higher top level,
 * then by skill order in `skillIds`. Skills expected equally by every pick have spread 0 and come last.
 */
export function differences(
  picks: readonly Pick[],
  expectations: ReadonlyMap<string, Readonly<Record<string, readonly number[]>>>,
  skillIds: readonly string[],
): SkillDifference[] {
  const column = (p: Pick) => expectations.get(p.role) ?? {};
  const rows = skillIds.flatMap((skill, order) => {
    const levels = picks.map((p) => column(p)[skill]?.[SENIORITIES.indexOf(p.seniority)] ?? 0);
    const top = Math.max(0, ...levels);
    if (top === 0) return [];
    return [{ skill, levels, spread: top - Math.min(...levels), top, order }];
  });
  rows.sort((a, b) => b.spread - a.spread || b.top - a.top || a.order - b.order);
  return rows.map(({ skill, levels, spread }) => ({ skill, levels, spread }));
}

/** A stage of the life cycle as far as comparing roles needs it. */
export interface StageFacts {
  id: string;
  order: number;
  owner: string;
  contributors: readonly string[];
}

/** A stage in which two or more of the compared roles take part. */
export interface SharedStage {
  stage: string;
  parts: { role: string; part: 'owner' | 'contributor' }[];
}

/** Stages (in life-cycle order) where at least two of the distinct compared roles take part. */
export function sharedStages(roles: readonly string[], stages: readonly StageFacts[]): SharedStage[] {
  const chosen = [...new Set(roles)];
  return [...stages]
    .sort((a, b) => a.order - b.order)
    .map((s) => ({
      stage: s.id,
      parts: chosen.flatMap((role): SharedStage['parts'] =>
        s.owner === role ? [{ role, part: 'owner' }] : s.contributors.includes(role) ? [{ role, part: 'contributor' }] : []),
    }))
    .filter((s) => s.parts.length >= 2);
}

/** Work passing from one compared role to another. */
export interface HandOff {
  from: string;
  to: string;
  /** The stage `from` owns whose output `to` works with in the next stage, if any. */
  fromStage?: string;
  toStage?: string;
  /** Whether either role lists the other as a day-to-day collaborator. */
  collaborators: boolean;
}

/**
 * Hand-offs between the distinct compared roles: A → B when A owns a stage and B owns or contributes to
 * the next stage in the life cycle; and pairs that list each other as collaborators (once per pair).
 */
export function handOffs(
  roles: readonly string[],
  stages: readonly StageFacts[],
  collaboratorsOf: ReadonlyMap<string, readonly string[]>,
): HandOff[] {
  const chosen = [...new Set(roles)];
  const ordered = [...stages].sort((a, b) => a.order - b.order);
  const works = (role: string, s: StageFacts) => s.owner === role || s.contributors.includes(role);
  const linked = (a: string, b: string) => (collaboratorsOf.get(a) ?? []).includes(b) || (collaboratorsOf.get(b) ?? []).includes(a);
  const result: HandOff[] = [];
  const paired = new Set<string>();
  for (const from of chosen) {
    for (const to of chosen) {
      if (from === to) continue;
      for (let i = 0; i + 1 < ordered.length; i++) {
        const here = ordered[i]!;
        const next = ordered[i + 1]!;
        if (here.owner === from && works(to, next)) {
          result.push({ from, to, fromStage: here.id, toStage: next.id, collaborators: linked(from, to) });
          paired.add([from, to].sort().join('|'));
        }
      }
    }
  }
  for (const [i, a] of chosen.entries()) {
    for (const b of chosen.slice(i + 1)) {
      if (linked(a, b) && !paired.has([a, b].sort().join('|'))) result.push({ from: a, to: b, collaborators: true });
    }
  }
  return result;
}
