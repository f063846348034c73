/** Skill levels and seniorities, and per-area profiles derived from per-skill levels. */
import { SENIORITIES, type Seniority } from '../schemas/constants';
import { memo } from './memo';

const areaMaps = new WeakMap<object, Map<string, string>>();

/** Highest level of the scale. */
export const MAX_LEVEL = 5;
/** Levels from 0 (not yet) to 5 (sets direction). */
export const LEVELS = [0, 1, 2, 3, 4, 5] as const;

/** Throws unless `level` is a whole number 0–5. */
export function assertLevel(level: number): number {
  if (!Number.isInteger(level) || level < 0 || level > MAX_LEVEL) throw new RangeError(`invalid level: ${level}`);
  return level;
}

/** Index of a seniority in `[junior, mid, senior, lead]`. */
export function seniorityIndex(seniority: Seniority): number {
  return SENIORITIES.indexOf(seniority);
}

/** A role's expected level per skill id at one seniority. */
export function expectedLevels(
  expectations: Readonly<Record<string, readonly number[]>>,
  seniority: Seniority,
): Record<string, number> {
  const i = seniorityIndex(seniority);
  return Object.fromEntries(Object.entries(expectations).map(([skill, levels]) => [skill, levels[i] ?? 0]));
}

/**
 * Per-area level: the mean of the levels of every skill in the area, a skill without a level counting as 0.
 * So an area is only at 4 when all of its skills are at 4, which is what a radar axis should say.
 */
export function areaLevels(
  levels: Readonly<Record<string, number>>,
  skills: readonly { id: string; area: string }[],
  areaIds: readonly string[],
): Record<string, number> {
  // One pass over the skills (not one per area): a role page at 10k skills stays cheap.
  const totals = new Map(areaIds.map((area) => [area, { sum: 0, count: 0 }]));
  for (const skill of skills) {
    const total = totals.get(skill.area);
    if (!total) continue;
    total.sum += levels[skill.id] ?? 0;
    total.count += 1;
  }
  const result: Record<string, number> = {};
  for (const [area, { sum, count }] of totals) result[area] = count === 0 ? 0 : sum / count;
  return result;
}

/** A level or an average of levels for display: whole numbers as they are, others to one decimal. */
export function formatLevel(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** The skills a profile states a level above 0 for (e.g. the skills a role expects at a seniority). */
export function expectedSkills(levels: Readonly<Record<string, number>>): Set<string> {
  return new Set(Object.entries(levels).filter(([, level]) => level > 0).map(([skill]) => skill));
}

/**
 * Per-area level compared like with like: the mean over the skills of the area that are in `over` (a
 * skill in `over` without a level counts as 0). An area with no skill in `over` is `null` (nothing to
 * compare there). So a role's area level is the mean over the skills it expects, and a person's is taken
 * over the same skills, instead of both being diluted by skills nobody asked for.
 */
export function areaMeans(
  levels: Readonly<Record<string, number>>,
  skills: readonly { id: string; area: string }[],
  areaIds: readonly string[],
  over: ReadonlySet<string>,
): Record<string, number | null> {
  // One pass over `over` (a role's few skills), not one pass over every skill per area: a role page stays cheap at 10k skills.
  const areaOf = memo(areaMaps, skills, () => new Map(skills.map((s) => [s.id, s.area])));
  const totals = new Map(areaIds.map((area) => [area, { sum: 0, count: 0 }]));
  for (const id of over) {
    const total = totals.get(areaOf.get(id) ?? '');
    if (!total) continue;
    total.sum += levels[id] ?? 0;
    total.count += 1;
  }
  const result: Record<string, number | null> = {};
  for (const [area, { sum, count }] of totals) result[area] = count === 0 ? null : sum / count;
  return result;
}
