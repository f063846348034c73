/**
 * What the comparison island loads at run time, so the page weighs the same with 20 or 500 roles. The page
 * carries the selects only; the island fetches, per locale, one small file per chosen role
 * (compare/data/<role>.json: its expected levels, collaborators, what it receives and hands over, the
 * life-cycle stages it works in, and where each skill it expects sits) and, for the skills the differences
 * table shows, the self-assessment's chunk files (assess/data/<n>.json, src/domain/assessment/chunks.ts),
 * which carry each skill's name and level descriptors. This file says which files a selection needs and
 * merges what was fetched into the model the island draws. Pure functions of plain data.
 */
import type { Locale } from '../schemas/constants';
import type { Descriptor } from './assessment/chunks';
import { byId, type Atlas } from './atlas';
import { differences, type Pick as RolePick, type SkillDifference, type StageFacts } from './compare';
import { memo } from './memo';

/** A life-cycle stage as a role file carries it; `order` is its position in the life cycle (0, 1, …). */
export interface CompareStage extends StageFacts {
  name: string;
}

/** One role file (compare/data/<role>.json). */
export interface CompareRole {
  id: string;
  name: string;
  /** Expected level per skill id and seniority (junior, mid, senior, lead). */
  expectations: Record<string, number[]>;
  collaborators: string[];
  input: string;
  output: string;
  /** For every skill in `expectations`: `[area id, position in the atlas's skill order, assessment chunk number]`. */
  skills: Record<string, [string, number, number]>;
  /** The stages the role owns or contributes to, and the stage after each stage it owns (what a hand-off needs). */
  stages: CompareStage[];
}

/** A skill of a comparison; `name` and `levels` once its chunk is loaded. */
export interface CompareSkill {
  id: string;
  area: string;
  name?: string;
  levels?: string[];
}

/** What the island draws a comparison from. */
export interface CompareModel {
  /** The chosen roles, each once, in pick order. */
  roles: CompareRole[];
  /** Every skill a chosen role expects, in the atlas's skill order. */
  skills: CompareSkill[];
  /** Every stage a role file carries, each once, in life-cycle order. */
  stages: CompareStage[];
  /** Assessment chunk number of each skill in `skills`. */
  chunkOf: Map<string, number>;
}

/** Rows of the differences table shown before "show all". */
export const TOP_DIFFERENCES = 12;

/** The role files a selection needs that are not loaded yet: each chosen role once, in pick order. */
export function missingRoles(picks: readonly RolePick[], loaded: { has(id: string): boolean }): string[] {
  return [...new Set(picks.map((p) => p.role))].filter((id) => !loaded.has(id));
}

export { roleFile } from './role-file';

/**
 * Merges the role files of a selection (`roles`: the chosen roles, each once, in pick order) and the
 * descriptors loaded so far into one model: the union of their skills in the atlas's order (so ties in the
 * differences table break as they do on the whole atlas), and the union of their stages in life-cycle order.
 */
export function mergeRoles(roles: readonly CompareRole[], descriptors: ReadonlyMap<string, Descriptor> = new Map()): CompareModel {
  const skills = new Map<string, { skill: CompareSkill; position: number }>();
  const chunkOf = new Map<string, number>();
  const stages = new Map<string, CompareStage>();
  for (const role of roles) {
    for (const [id, [area, position, chunk]] of Object.entries(role.skills)) {
      if (skills.has(id)) continue;
      const descriptor = descriptors.get(id);
      skills.set(id, { skill: descriptor ? { id, area, name: descriptor.name, levels: descriptor.levels } : { id, area }, position });
      chunkOf.set(id, chunk);
    }
    for (const stage of role.stages) if (!stages.has(stage.id)) stages.set(stage.id, stage);
  }
  return {
    roles: [...roles],
    skills: [...skills.values()].sort((a, b) => a.position - b.position).map((s) => s.skill),
    stages: [...stages.values()].sort((a, b) => a.order - b.order),
    chunkOf,
  };
}

/** The rows the differences table shows: rows that differ, the first `top` of them unless all are asked for. */
export function shownDifferences(rows: readonly SkillDifference[], showAll: boolean, top = TOP_DIFFERENCES): SkillDifference[] {
  const differing = rows.filter((r) => r.spread > 0);
  return showAll ? differing : differing.slice(0, top);
}

/** A comparison ready to draw. */
export interface Comparison {
  model: CompareModel;
  /** Every skill a pick expects, biggest difference first (src/domain/compare.ts `differences`). */
  rows: SkillDifference[];
  /** The rows the differences table shows (none with fewer than two picks: nothing differs). */
  shown: SkillDifference[];
}

/**
 * The comparison of `picks` from the loaded role files (every chosen role must be in `roles`) and the
 * descriptors loaded so far. The chunks its shown rows still need are `missingChunks(shown, model.chunkOf, …)`.
 */
export function comparison(
  picks: readonly RolePick[],
  roles: ReadonlyMap<string, CompareRole>,
  descriptors: ReadonlyMap<string, Descriptor>,
  showAll: boolean,
): Comparison {
  const chosen = [...new Set(picks.map((p) => p.role))].map((id) => {
    const role = roles.get(id);
    if (!role) throw new RangeError(`role not loaded: ${id}`);
    return role;
  });
  const model = mergeRoles(chosen, descriptors);
  const rows = differences(picks, new Map(chosen.map((r) => [r.id, r.expectations])), model.skills.map((s) => s.id));
  // One pick differs from nothing: every spread is 0, so no row is shown.
  return { model, rows, shown: shownDifferences(rows, showAll) };
}

type StageEntry = Atlas['stages'][number];
type RoleSources = Pick<Atlas, 'skills' | 'roles' | 'stages'>;

const indexes = new WeakMap<object, { skillAt: Map<string, number>; stageAt: Map<string, number>; stagesOf: Map<string, StageEntry[]> }>();

/** Once per atlas: each skill's and stage's position, and the stages each role needs (works in, or follows one it owns). */
function roleIndex(atlas: RoleSources) {
  return memo(indexes, atlas, () => {
    const skillAt = new Map(atlas.skills.map((s, i) => [s.id, i]));
    const stageAt = new Map(atlas.stages.map((s, i) => [s.id, i]));
    const needs = new Map<string, Set<StageEntry>>();
    const add = (role: string, stage: StageEntry) => {
      const set = needs.get(role) ?? new Set<StageEntry>();
      set.add(stage);
      needs.set(role, set);
    };
    atlas.stages.forEach((stage, i) => {
      add(stage.facts.owner, stage);
      for (const role of stage.facts.contributors) add(role, stage);
      const next = atlas.stages[i + 1];
      if (next) add(stage.facts.owner, next);
    });
    const stagesOf = new Map([...needs].map(([role, set]) => [role, [...set].sort((a, b) => stageAt.get(a.id)! - stageAt.get(b.id)!)]));
    return { skillAt, stageAt, stagesOf };
  });
}

/**
 * The role file of `id` in `locale` (built with the site). `atlas.stages` is in life-cycle order (as loaded);
 * `chunkOf` gives each skill's assessment chunk. Costs O(the role's skills and stages) after the first call.
 */
export function roleData(atlas: RoleSources, chunkOf: ReadonlyMap<string, number>, locale: Locale, id: string): CompareRole {
  const role = byId(atlas.roles, id);
  const { skillAt, stageAt, stagesOf } = roleIndex(atlas);
  const skills: CompareRole['skills'] = {};
  for (const skill of Object.keys(role.facts.expectations)) {
    const chunk = chunkOf.get(skill);
    if (chunk === undefined) throw new RangeError(`skill without a chunk: ${skill}`);
    skills[skill] = [byId(atlas.skills, skill).facts.area, skillAt.get(skill)!, chunk];
  }
  return {
    id,
    name: role.text[locale].name,
    expectations: role.facts.expectations as Record<string, number[]>,
    collaborators: role.facts.collaborators,
    input: role.text[locale].input,
    output: role.text[locale].output,
    skills,
    stages: (stagesOf.get(id) ?? []).map((s) => ({
      id: s.id, order: stageAt.get(s.id)!, owner: s.facts.owner, contributors: s.facts.contributors, name: s.text[locale].name,
    })),
  };
}
