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
  /** The stage `from` owns whose output `to` takes up, and the stage where `to` takes it up, if the stages say so. */
  fromStage?: string;
  toStage?: string;
  /** Whether the roles' own text says so: `from`'s output names `to`, or `to`'s input names `from`. */
  named?: boolean;
  /** Whether either role lists the other as a day-to-day collaborator. */
  collaborators: boolean;
}

/** What a role says it receives and hands over, in one language, with its name in that language. */
export interface RoleWords {
  name: string;
  input: string;
  output: string;
}

/**
 * The forms of a role's name to look for in another role's text: the name, lower-cased, without a part in
 * parentheses, and that part on its own ("AI 프로덕트 매니저 (AI 서비스 기획자)" → both).
 */
function nameForms(name: string): string[] {
  const lower = name.toLowerCase();
  const inner = [...lower.matchAll(/\(([^)]+)\)/g)].map((m) => m[1]!.trim());
  return [lower.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim(), ...inner].filter((f) => f.length > 0);
}

/** Whether `text` mentions the role called `name` (a plural or a Korean particle after it still counts). */
function mentions(text: string, name: string): boolean {
  const lower = text.toLowerCase();
  return nameForms(name).some((form) => lower.includes(form));
}

/**
 * Hand-offs between the distinct compared roles, strongest evidence first, one per direction:
 * 1. by the life cycle: A owns a stage and B owns or contributes to the next stage;
 * 2. by the life cycle and the roles' collaborators: A and B list each other (either way) as collaborators, A owns
 *    a stage and B owns a later one (the nearest such pair of stages is named: the modeler's "Modeling" goes to
 *    the model engineer's "Optimization", two stages on);
 * 3. by the roles' own text (`words`, in the page's language): A's output names B, or B's input names A.
 * A pair with none of these that lists each other as collaborators is given once as working together.
 */
export function handOffs(
  roles: readonly string[],
  stages: readonly StageFacts[],
  collaboratorsOf: ReadonlyMap<string, readonly string[]>,
  words: ReadonlyMap<string, RoleWords> = new Map(),
): HandOff[] {
  const chosen = [...new Set(roles)];
  const ordered = [...stages].sort((a, b) => a.order - b.order);
  const works = (role: string, s: StageFacts) => s.owner === role || s.contributors.includes(role);
  const linked = (a: string, b: string) => (collaboratorsOf.get(a) ?? []).includes(b) || (collaboratorsOf.get(b) ?? []).includes(a);
  const named = (a: string, b: string) => {
    const [wa, wb] = [words.get(a), words.get(b)];
    return Boolean(wa && wb && (mentions(wa.output, wb.name) || mentions(wb.input, wa.name)));
  };
  const result: HandOff[] = [];
  const paired = new Set<string>();
  for (const from of chosen) {
    for (const to of chosen) {
      if (from === to) continue;
      const flags = { collaborators: linked(from, to), ...(named(from, to) ? { named: true } : {}) };
      const before = result.length;
      for (let i = 0; i + 1 < ordered.length; i++) {
        const here = ordered[i]!;
        const next = ordered[i + 1]!;
        if (here.owner === from && works(to, next)) result.push({ from, to, fromStage: here.id, toStage: next.id, ...flags });
      }
      if (result.length === before && flags.collaborators) {
        let best: [StageFacts, StageFacts] | undefined;
        for (const here of ordered.filter((s) => s.owner === from)) {
          const later = ordered.find((s) => s.order > here.order && s.owner === to);
          if (later && (!best || later.order - here.order < best[1].order - best[0].order)) best = [here, later];
        }
        if (best) result.push({ from, to, fromStage: best[0].id, toStage: best[1].id, ...flags });
      }
      if (result.length === before && flags.named) result.push({ from, to, ...flags });
      if (result.length > before) paired.add([from, to].sort().join('|'));
    }
  }
  for (const [i, a] of chosen.entries()) {
    for (const b of chosen.slice(i + 1)) {
      if (linked(a, b) && !paired.has([a, b].sort().join('|'))) result.push({ from: a, to: b, collaborators: true });
    }
  }
  return result;
}

/** What changes for one role from a lower seniority to a higher one. */
export interface ScopeChange {
  role: string;
  from: Seniority;
  to: Seniority;
  /** Skills expected at both, higher at `to`; `same`: at the same level; `lower`: lower at `to`. */
  raised: string[];
  same: string[];
  lower: string[];
  /** Skills expected only at `to`, or only at `from`. */
  added: string[];
  dropped: string[];
  /** Areas whose skills rise, by the mean rise over the role's skills in the area expected at either level, largest first. */
  areas: { area: string; rise: number }[];
}

/**
 * For each role picked at two or more seniorities, what changes from each picked seniority to the next higher
 * one picked (in the order junior, mid, senior, lead). Skills in `skillIds` order; `areaOf` gives each skill's area.
 */
export function scopeChanges(
  picks: readonly Pick[],
  expectations: ReadonlyMap<string, Readonly<Record<string, readonly number[]>>>,
  skillIds: readonly string[],
  areaOf: ReadonlyMap<string, string>,
): ScopeChange[] {
  const roles = [...new Set(picks.map((p) => p.role))];
  return roles.flatMap((role) => {
    const levels = [...new Set(picks.filter((p) => p.role === role).map((p) => p.seniority))].sort((a, b) => SENIORITIES.indexOf(a) - SENIORITIES.indexOf(b));
    const table = expectations.get(role) ?? {};
    return levels.slice(1).map((to, i): ScopeChange => {
      const from = levels[i]!;
      const at = (skill: string, s: Seniority) => table[skill]?.[SENIORITIES.indexOf(s)] ?? 0;
      const change: ScopeChange = { role, from, to, raised: [], same: [], lower: [], added: [], dropped: [], areas: [] };
      const rises = new Map<string, { sum: number; count: number }>();
      for (const skill of skillIds) {
        const [a, b] = [at(skill, from), at(skill, to)];
        if (a === 0 && b === 0) continue;
        const list = a === 0 ? change.added : b === 0 ? change.dropped : b > a ? change.raised : b === a ? change.same : change.lower;
        list.push(skill);
        const area = areaOf.get(skill) ?? '';
        const total = rises.get(area) ?? { sum: 0, count: 0 };
        rises.set(area, { sum: total.sum + b - a, count: total.count + 1 });
      }
      change.areas = [...rises]
        .map(([area, { sum, count }]) => ({ area, rise: sum / count }))
        .filter((a) => a.rise > 0)
        .sort((x, y) => y.rise - x.rise);
      return change;
    });
  });
}
