/**
 * Suggestions, each with its reason: which role and seniority, added once, fixes most required lines; and
 * which thin lines a training pair (a teacher at level 4+ and the present learner closest to the level)
 * could make safe.
 *
 * Hire score: 3 per gap the new person closes plus 1 per single point of failure or short line they
 * relieve. Per role only its best seniority is kept, the most junior one among equals (cheapest to hire).
 */
import { SENIORITIES, type Seniority } from '../../schemas/constants';
import { TEACHER_LEVEL, type Member, type SkillCoverage } from './coverage';
import { expectedLevel, rolesListing, type PlannerKnowledge } from './knowledge';

/** One suggested hire and what it fixes. */
export interface HireSuggestion {
  /** Role id. */
  role: string;
  /** Seniority. */
  seniority: Seniority;
  /** Required skills nobody holds that this person would. */
  closes: string[];
  /** Required skills held by one person, or by fewer than asked for, that this person would also hold. */
  relieves: string[];
  /** 3 × closes + relieves. */
  score: number;
}

/** The hires that fix most, best first (at most `limit`). */
export function suggestHires(coverage: readonly SkillCoverage[], knowledge: PlannerKnowledge, limit = 3): HireSuggestion[] {
  const open = coverage.filter((c) => c.status !== 'ok');
  if (open.length === 0) return [];
  const best = new Map<string, HireSuggestion>();
  // Only a role that lists an open skill can score; the others are skipped without being looked at.
  const candidates = [...new Set(open.flatMap((c) => rolesListing(knowledge, c.skill)))].sort();
  for (const role of candidates) {
    for (const seniority of SENIORITIES) {
      const holds = open.filter((c) => expectedLevel(knowledge.roles[role], c.skill, seniority) >= c.level);
      const closes = holds.filter((c) => c.status === 'gap').map((c) => c.skill);
      const relieves = holds.filter((c) => c.status !== 'gap').map((c) => c.skill);
      const score = 3 * closes.length + relieves.length;
      const current = best.get(role);
      if (score > 0 && (!current || score > current.score)) best.set(role, { role, seniority, closes, relieves, score });
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || SENIORITIES.indexOf(a.seniority) - SENIORITIES.indexOf(b.seniority) || a.role.localeCompare(b.role)).slice(0, limit);
}

/** A teacher and a learner who could make a thin line safe. */
export interface TrainingPair {
  /** Skill id. */
  skill: string;
  /** Level the line asks for. */
  level: number;
  /** Status of the line now. */
  status: SkillCoverage['status'];
  /** Key of the teaching member (level 4+). */
  teacher: string;
  /** Key of the learning member. */
  learner: string;
  /** The learner's level now. */
  from: number;
}

/**
 * For every line that is a gap, a single point of failure or short, the strongest present teacher (level
 * 4+, and at least the required level) and the present non-holder closest to the level, if they are at most
 * two levels below it. A gap can only be closed this way when its level is 5 and someone is at 4.
 */
export function trainingPairs(coverage: readonly SkillCoverage[], members: readonly Member[]): TrainingPair[] {
  const byKey = new Map(members.map((m) => [m.key, m]));
  const level = (key: string, skill: string) => byKey.get(key)?.levels[skill] ?? 0;
  const pairs: TrainingPair[] = [];
  for (const line of coverage) {
    if (line.status === 'ok') continue;
    const teacher = line.teachers.find((key) => level(key, line.skill) >= Math.max(TEACHER_LEVEL, line.level - (line.status === 'gap' ? 1 : 0)));
    if (!teacher) continue;
    const learner = members
      .filter((m) => !m.away && m.key !== teacher && !line.doers.includes(m.key))
      .map((m) => ({ key: m.key, from: m.levels[line.skill] ?? 0 }))
      .filter((c) => c.from >= line.level - 2)
      .sort((a, b) => b.from - a.from)[0];
    if (learner) pairs.push({ skill: line.skill, level: line.level, status: line.status, teacher, learner: learner.key, from: learner.from });
  }
  return pairs;
}
