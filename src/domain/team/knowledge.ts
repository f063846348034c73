/**
 * What the planner knows of the atlas, as plain data: areas, skills, roles' expected levels, requirement
 * rules and life-cycle stage ownership. Built once at build time from the loaded atlas and handed to the
 * island as JSON, so the browser never loads the whole knowledge base.
 */
import { SENIORITIES, type Seniority, type Team } from '../../schemas/constants';
import type { Atlas } from '../atlas';
import { memo } from '../memo';
import type { RuleFacts } from './requirements';

/** A role as the planner needs it. */
export interface RoleFacts {
  /** The team it usually sits in. */
  team: Team;
  /** Expected level per skill id: `[junior, mid, senior, lead]`. */
  expectations: Record<string, readonly number[]>;
}

/** A life-cycle stage as the planner needs it. */
export interface StageFacts {
  /** Stage id. */
  id: string;
  /** Role ids that own the stage. */
  owners: string[];
  /** Role ids that contribute to it. */
  contributors: string[];
}

/** The planner's slice of the atlas. */
export interface PlannerKnowledge {
  /** Area ids in radar order. */
  areas: string[];
  /** Skills in area order, each with its area. */
  skills: { id: string; area: string }[];
  /** Role facts by id, in id order. */
  roles: Record<string, RoleFacts>;
  /** Requirement rules in id order. */
  rules: RuleFacts[];
  /** Life-cycle stages in order. */
  stages: StageFacts[];
}

const extracted = new WeakMap<object, PlannerKnowledge>();
const rolesBySkill = new WeakMap<object, Map<string, string[]>>();
const skillIndex = new WeakMap<object, { order: Map<string, number>; area: Map<string, string> }>();

/** Extracts the planner's slice from the loaded atlas, once per atlas (every blueprint page shares it). */
export function plannerKnowledge(atlas: Pick<Atlas, 'areas' | 'skills' | 'roles' | 'rules' | 'stages'>): PlannerKnowledge {
  return memo(extracted, atlas, () => extract(atlas));
}

/** Ids of the roles that list `skill` in their expectations, in id order; indexed once per knowledge. */
export function rolesListing(knowledge: PlannerKnowledge, skill: string): readonly string[] {
  const index = memo(rolesBySkill, knowledge.roles, () => {
    const map = new Map<string, string[]>();
    for (const role of Object.keys(knowledge.roles).sort()) {
      for (const id of Object.keys(knowledge.roles[role]!.expectations)) map.set(id, [...(map.get(id) ?? []), role]);
    }
    return map;
  });
  return index.get(skill) ?? [];
}

/** Each skill's position in area order and its area; indexed once per knowledge. */
export function skillPositions(knowledge: PlannerKnowledge): { order: Map<string, number>; area: Map<string, string> } {
  return memo(skillIndex, knowledge.skills, () => ({
    order: new Map(knowledge.skills.map((s, i) => [s.id, i])),
    area: new Map(knowledge.skills.map((s) => [s.id, s.area])),
  }));
}

function extract(atlas: Pick<Atlas, 'areas' | 'skills' | 'roles' | 'rules' | 'stages'>): PlannerKnowledge {
  const areas = atlas.areas.map((a) => a.id);
  return {
    areas,
    skills: areas.flatMap((area) => atlas.skills.filter((s) => s.facts.area === area).map((s) => ({ id: s.id, area }))),
    roles: Object.fromEntries(atlas.roles.map((r) => [r.id, { team: r.facts.team, expectations: r.facts.expectations }])),
    rules: atlas.rules.map((r) => ({ id: r.id, when: r.facts.when, requires: r.facts.requires })),
    stages: atlas.stages.map((s) => ({ id: s.id, owners: [s.facts.owner], contributors: s.facts.contributors })),
  };
}

/** The level a role expects of a skill at a seniority (0 when the role does not list the skill). */
export function expectedLevel(role: RoleFacts | undefined, skill: string, seniority: Seniority): number {
  return role?.expectations[skill]?.[SENIORITIES.indexOf(seniority)] ?? 0;
}
