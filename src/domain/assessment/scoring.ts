/**
 * Gaps, role fit and growth. Pure functions of ratings and expectations.
 *
 * Fit formula: for a role at a seniority with expected levels e_s and the person's ratings r_s,
 *   fit = Σ_s min(r_s, e_s) / Σ_s e_s
 * i.e. the share of the role's expected level points the person already covers. Levels above what the
 * role expects earn nothing (they are not a gap, but do not make up for gaps elsewhere). A role that
 * expects nothing fits 100%. Ties rank the role with fewer gaps first, then by id.
 */
import { areaLevels, expectedLevels } from '../levels';
import type { Ratings } from './schema';

type Seniority = 'junior' | 'mid' | 'senior' | 'lead';

/** One skill where the person is below what the target expects. */
export interface Gap {
  skill: string;
  current: number;
  expected: number;
  /** expected − current, always > 0. */
  gap: number;
}

/** Skills below expectation, largest gap first (then higher expectation, then id). */
export function gaps(ratings: Ratings, expected: Readonly<Record<string, number>>): Gap[] {
  return Object.entries(expected)
    .map(([skill, exp]) => ({ skill, current: ratings[skill] ?? 0, expected: exp, gap: exp - (ratings[skill] ?? 0) }))
    .filter((g) => g.gap > 0)
    .sort((a, b) => b.gap - a.gap || b.expected - a.expected || a.skill.localeCompare(b.skill));
}

/** How well ratings cover one position. */
export interface Fit {
  role: string;
  /** 0–1, see the formula above. */
  score: number;
  /** Σ min(rating, expected). */
  covered: number;
  /** Σ expected. */
  required: number;
  /** Number of skills below expectation. */
  gapCount: number;
}

/** Fit of ratings to one set of expected levels. */
export function fitTo(ratings: Ratings, expected: Readonly<Record<string, number>>): Omit<Fit, 'role'> {
  let covered = 0;
  let required = 0;
  let gapCount = 0;
  for (const [skill, exp] of Object.entries(expected)) {
    const r = ratings[skill] ?? 0;
    covered += Math.min(r, exp);
    required += exp;
    if (r < exp) gapCount++;
  }
  return { score: required === 0 ? 1 : covered / required, covered, required, gapCount };
}

/** Every role ranked by fit at one seniority, best first. */
export function rankRoles(
  ratings: Ratings,
  roles: readonly { id: string; expectations: Readonly<Record<string, readonly number[]>> }[],
  seniority: Seniority,
): Fit[] {
  return roles
    .map((r) => ({ role: r.id, ...fitTo(ratings, expectedLevels(r.expectations, seniority)) }))
    .sort((a, b) => b.score - a.score || a.gapCount - b.gapCount || a.role.localeCompare(b.role));
}

/** Change between an earlier snapshot and now, per area and per changed skill. */
export function growth(
  now: Ratings,
  before: Ratings,
  skills: readonly { id: string; area: string }[],
  areaIds: readonly string[],
) {
  const a = areaLevels(before, skills, areaIds);
  const b = areaLevels(now, skills, areaIds);
  return {
    areas: areaIds.map((area) => ({ area, before: a[area]!, after: b[area]!, delta: b[area]! - a[area]! })),
    skills: skills
      .map((s) => ({ skill: s.id, before: before[s.id] ?? 0, after: now[s.id] ?? 0 }))
      .map((s) => ({ ...s, delta: s.after - s.before }))
      .filter((s) => s.delta !== 0)
      .sort((x, y) => y.delta - x.delta || x.skill.localeCompare(y.skill)),
  };
}
