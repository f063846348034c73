/**
 * The quick form: rate only the skills that matter for a first picture.
 * - With a target role: the skills the role expects (above 0) at the target seniority.
 * - Without one ("I don't know yet"): one representative skill per area — the skill of the area that the
 *   most roles expect at mid level; ties go to the skill listed first.
 * The full form is every skill. Ratings are the same in both; only which skills are asked differs.
 */
import { expectedLevels } from '../levels';
import type { Ratings, Target } from './schema';

interface Skill {
  id: string;
  area: string;
}
interface Role {
  id: string;
  expectations: Readonly<Record<string, readonly number[]>>;
}

/** The skills the quick form asks about, in the order of `skills`. */
export function quickSkills(skills: readonly Skill[], roles: readonly Role[], target: Target | null): string[] {
  const role = target ? roles.find((r) => r.id === target.role) : undefined;
  if (role && target) {
    const expected = expectedLevels(role.expectations, target.seniority);
    return skills.filter((s) => (expected[s.id] ?? 0) > 0).map((s) => s.id);
  }
  const demand = new Map<string, number>();
  for (const r of roles) for (const [skill, level] of Object.entries(expectedLevels(r.expectations, 'mid'))) if (level > 0) demand.set(skill, (demand.get(skill) ?? 0) + 1);
  const best = new Map<string, Skill>();
  for (const s of skills) {
    const current = best.get(s.area);
    if (!current || (demand.get(s.id) ?? 0) > (demand.get(current.id) ?? 0)) best.set(s.area, s);
  }
  const chosen = new Set([...best.values()].map((s) => s.id));
  return skills.filter((s) => chosen.has(s.id)).map((s) => s.id);
}

/** How many of `asked` are not rated yet. */
export function remaining(ratings: Ratings, asked: readonly string[]): number {
  return asked.filter((id) => ratings[id] === undefined).length;
}
