/**
 * Coverage of a plan against its required lines: who the members are, who can do and who can teach each
 * required skill, gaps (nobody), single points of failure (exactly one person), lines short of their head
 * count, coverage per competency area, life-cycle stages with no owner, and the bus factor.
 *
 * Members toggled away ("what if this person leaves") are listed but never counted.
 *
 * Bus factor: the smallest number of members whose absence leaves some required skill with nobody at its
 * level. Uncovering one skill takes removing exactly all of its doers and removing anyone else does not
 * help, so the smallest such set is the doers of the required skill with the fewest doers: the minimum is
 * exact and needs no search. (The greedy "remove the strongest holder until something breaks" used for
 * code-base truck factors is an upper bound needed there because "broken" means a share of many files; here
 * one uncovered skill is enough.) Ties go to the skill that comes first by id. The planner states this method
 * next to the figure (plan.bus.method) and the README's page table repeats it.
 */
import type { Seniority } from '../../schemas/constants';
import { expectedLevel, skillPositions, type PlannerKnowledge, type StageFacts } from './knowledge';
import type { Plan } from './plan';
import type { RequiredLine } from './requirements';

/** The level from which a member can teach a skill. */
export const TEACHER_LEVEL = 4;

/** One member of a plan: one person of a nominal line, or an imported person. */
export interface Member {
  /** Stable key: `<lineId>.<position>` for nominal members, the person id for imported ones. */
  key: string;
  /** Id of the team the member is in. */
  teamId: string;
  /** Role id, or null for an imported person without one. */
  role: string | null;
  /** Seniority of a nominal member, null for an imported person. */
  seniority: Seniority | null;
  /** Line id of a nominal member, null for an imported person. */
  lineId: string | null;
  /** Position (0-based) within the line; 0 for an imported person. */
  position: number;
  /** Name of an imported person, null for a nominal member. */
  name: string | null;
  /** Level per skill id (skills not listed are 0). */
  levels: Record<string, number>;
  /** Toggled "what if this person leaves". */
  away: boolean;
}

/** How well a required line is held. */
export type LineStatus = 'gap' | 'single' | 'short' | 'ok';

/** A required line with who holds it. */
export interface SkillCoverage extends RequiredLine {
  /** Keys of present members at or above the required level, strongest first. */
  doers: string[];
  /** Keys of present members at level 4 or above, strongest first. */
  teachers: string[];
  /** Highest level among present members. */
  best: number;
  /** gap: nobody; single: exactly one person; short: fewer than the head count asked for; ok. */
  status: LineStatus;
}

/** Coverage of one competency area: the required level and what the team reaches. */
export interface AreaCoverage {
  /** Area id. */
  area: string;
  /** Highest level a required line in the area asks for (0 when none does). */
  required: number;
  /** What the team reaches; below `required` exactly when some required skill of the area is short of its level. */
  team: number;
}

/** Every member of a plan, in team and line order. */
export function planMembers(plan: Plan, knowledge: PlannerKnowledge): Member[] {
  const { order } = skillPositions(knowledge);
  const members: Member[] = [];
  for (const team of plan.teams) {
    for (const line of team.lines) {
      const role = knowledge.roles[line.role];
      const levels: Record<string, number> = {};
      // The role's own skills (known ones, in area order), not every skill of the atlas: a blueprint page stays O(its roles).
      const skills = Object.keys(role?.expectations ?? {}).filter((id) => order.has(id)).sort((a, b) => order.get(a)! - order.get(b)!);
      for (const skill of skills) {
        const level = expectedLevel(role, skill, line.seniority);
        if (level > 0) levels[skill] = level;
      }
      for (let position = 0; position < line.count; position++) {
        members.push({
          key: `${line.id}.${position}`, teamId: team.id, role: line.role, seniority: line.seniority, lineId: line.id,
          position, name: null, levels, away: line.away.includes(position),
        });
      }
    }
    for (const person of team.people) {
      members.push({
        key: person.id, teamId: team.id, role: person.role, seniority: null, lineId: null, position: 0,
        name: person.name, levels: person.ratings, away: person.away,
      });
    }
  }
  return members;
}

const levelOf = (member: Member, skill: string) => member.levels[skill] ?? 0;

/** Present members holding `skill` at `level` or above, strongest first (then in plan order). */
function holders(members: readonly Member[], skill: string, level: number): string[] {
  return members
    .filter((m) => !m.away && levelOf(m, skill) >= level)
    .sort((a, b) => levelOf(b, skill) - levelOf(a, skill))
    .map((m) => m.key);
}

/** Doers, teachers and status of every required line. */
export function skillCoverage(lines: readonly RequiredLine[], members: readonly Member[]): SkillCoverage[] {
  return lines.map((line) => {
    const doers = holders(members, line.skill, line.level);
    const best = Math.max(0, ...members.filter((m) => !m.away).map((m) => levelOf(m, line.skill)));
    const status: LineStatus = doers.length === 0 ? 'gap' : doers.length === 1 ? 'single' : doers.length < line.people ? 'short' : 'ok';
    return { ...line, rules: [...line.rules], doers, teachers: holders(members, line.skill, TEACHER_LEVEL), best, status };
  });
}

/**
 * Coverage per area. For an area with required skills, the team value is the required level plus the
 * smallest margin (best present level − required level) among those skills, clamped to 0–5: it meets the
 * requirement exactly when every required skill of the area does. Elsewhere it is the best level any present
 * member has in any skill of the area.
 */
export function areaCoverage(coverage: readonly SkillCoverage[], members: readonly Member[], knowledge: PlannerKnowledge): AreaCoverage[] {
  const areaOf = skillPositions(knowledge).area;
  // The best level any present member has in any skill of each area, from the members' own levels (one pass).
  const bestIn = new Map<string, number>();
  for (const m of members) {
    if (m.away) continue;
    for (const [skill, level] of Object.entries(m.levels)) {
      const area = areaOf.get(skill);
      if (area !== undefined && level > (bestIn.get(area) ?? 0)) bestIn.set(area, level);
    }
  }
  return knowledge.areas.map((area) => {
    const lines = coverage.filter((c) => areaOf.get(c.skill) === area);
    if (lines.length > 0) {
      const required = Math.max(...lines.map((c) => c.level));
      const margin = Math.min(...lines.map((c) => c.best - c.level));
      return { area, required, team: Math.min(5, Math.max(0, required + margin)) };
    }
    return { area, required: 0, team: bestIn.get(area) ?? 0 };
  });
}

/** A life-cycle stage no present member owns, with the present roles that contribute to it. */
export interface UnownedStage {
  /** Stage id. */
  stage: string;
  /** Role ids of present members who contribute to the stage and could take it over. */
  contributors: string[];
}

/** Life-cycle stages that no present member owns (by role), in stage order. */
export function stagesWithoutOwner(stages: readonly StageFacts[], members: readonly Member[]): UnownedStage[] {
  const roles = new Set(members.filter((m) => !m.away && m.role !== null).map((m) => m.role!));
  return stages
    .filter((stage) => !stage.owners.some((role) => roles.has(role)))
    .map((stage) => ({ stage: stage.id, contributors: stage.contributors.filter((role) => roles.has(role)) }));
}

/** The bus factor: how many members' absence uncovers a required skill, which skill, and who they are. */
export interface BusFactor {
  /** Smallest number of present members whose absence leaves a required skill with nobody (0: already a gap). */
  size: number;
  /** The skill that would be left uncovered. */
  skill: string;
  /** Keys of those members. */
  who: string[];
}

/** The bus factor of the coverage (see the header), or null when nothing is required. */
export function busFactor(coverage: readonly SkillCoverage[]): BusFactor | null {
  let best: SkillCoverage | undefined;
  for (const line of [...coverage].sort((a, b) => a.skill.localeCompare(b.skill))) {
    if (!best || line.doers.length < best.doers.length) best = line;
  }
  return best ? { size: best.doers.length, skill: best.skill, who: [...best.doers] } : null;
}

