/**
 * Gaps, role fit and growth. Pure functions of ratings and expectations.
 *
 * Fit formula: for a role at a seniority with expected levels e_s and the person's ratings r_s,
 *   fit = Σ_s min(r_s, e_s) / Σ_s e_s
 * i.e. the share of the role's expected level points the person already covers. Levels above what the
 * role expects earn nothing (they are not a gap, but do not make up for gaps elsewhere). A role that
 * expects nothing fits 100%. Ties rank the role with fewer gaps first, then by id.
 *
 * Role match for a learner (`matchRoles`): fit alone says little (broad junior ratings cover most junior
 * roles), so each role gets two figures:
 * - shape: how alike the person's profile and the role's lead profile are, regardless of size — the cosine
 *   similarity Σ r·e / (|r| |e|) over all skills (unrated = 0). A specialist's profile points the same way as
 *   the specialist role's; a flat profile resembles broad roles. 0 when either profile is empty.
 * - highest seniority met: the highest of junior…lead at which fit ≥ MEETS_FIT and no skill is more than one
 *   level short; null when not even junior is met.
 * Roles are ranked by shape, then by the seniority met, then by id.
 */
import { SENIORITIES } from '../../schemas/constants';
import { areaMeans, expectedLevels } from '../levels';
import type { Ratings } from './schema';

import type { Seniority } from '../../schemas/constants';

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

/**
 * Each area's level at one point in time (a snapshot or now): the mean over the area's skills rated at that
 * point. A skill not rated then is left out, not counted as 0; an area with no rated skill is null.
 */
export function pointLevels(
  ratings: Ratings,
  skills: readonly { id: string; area: string }[],
  areaIds: readonly string[],
): Record<string, number | null> {
  return areaMeans(ratings, skills, areaIds, new Set(Object.keys(ratings)));
}

const minus = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

/**
 * Change between an earlier point and a later one, per area (each point's level as `pointLevels` takes it, so
 * the numbers are those of the growth series) and per skill whose rating changed, was added or was removed
 * (null: not rated at that point). Skills: largest rise first, then ratings added or removed, then by id.
 */
export function growth(
  now: Ratings,
  before: Ratings,
  skills: readonly { id: string; area: string }[],
  areaIds: readonly string[],
) {
  const a = pointLevels(before, skills, areaIds);
  const b = pointLevels(now, skills, areaIds);
  return {
    areas: areaIds.map((area) => ({ area, before: a[area] ?? null, after: b[area] ?? null, delta: minus(b[area] ?? null, a[area] ?? null) })),
    skills: skills
      .map((s) => ({ skill: s.id, before: before[s.id] ?? null, after: now[s.id] ?? null }))
      .filter((s) => s.before !== s.after)
      .map((s) => ({ ...s, delta: minus(s.after, s.before) }))
      .sort((x, y) => (y.delta ?? -Infinity) - (x.delta ?? -Infinity) || x.skill.localeCompare(y.skill)),
  };
}

/** Fit at or above which a seniority counts as met (with no skill more than one level short). */
export const MEETS_FIT = 0.85;

/** How a person's profile matches one role (see the header). */
export interface RoleMatch {
  role: string;
  /** Cosine similarity of the profiles, 0–1. */
  shape: number;
  /** Highest seniority met, or null. */
  met: Seniority | null;
}

/** Cosine similarity of two level profiles over the union of their skills; 0 when either is empty. */
export function shapeSimilarity(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const v of Object.values(a)) na += v * v;
  for (const [skill, v] of Object.entries(b)) {
    nb += v * v;
    dot += v * (a[skill] ?? 0);
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** The highest seniority whose expectations the ratings meet, or null. */
export function highestMet(ratings: Ratings, expectations: Readonly<Record<string, readonly number[]>>): Seniority | null {
  for (const seniority of [...SENIORITIES].reverse()) {
    const expected = expectedLevels(expectations, seniority);
    const fit = fitTo(ratings, expected);
    const worst = Math.max(0, ...Object.entries(expected).map(([skill, e]) => e - (ratings[skill] ?? 0)));
    if (fit.score >= MEETS_FIT && worst <= 1) return seniority;
  }
  return null;
}

/** Every role by shape match, then highest seniority met, then id (see the header). */
export function matchRoles(
  ratings: Ratings,
  roles: readonly { id: string; expectations: Readonly<Record<string, readonly number[]>> }[],
): RoleMatch[] {
  const rank = (m: RoleMatch) => (m.met === null ? -1 : SENIORITIES.indexOf(m.met));
  return roles
    .map((r) => ({ role: r.id, shape: shapeSimilarity(ratings, expectedLevels(r.expectations, 'lead')), met: highestMet(ratings, r.expectations) }))
    .sort((a, b) => b.shape - a.shape || rank(b) - rank(a) || a.role.localeCompare(b.role));
}

/** One point of a growth series: a snapshot (its time and label) or now (`at` null). */
export interface GrowthPoint {
  at: string | null;
  label?: string;
}

/**
 * Each area's level at every snapshot and now, oldest first, as `pointLevels` takes it: a point averages the
 * skills rated at that point, so a skill rated only later is not counted as 0 earlier (which would show as
 * growth when it is first rated). Rating more skills can still move an area's level, since the mean then
 * covers more skills; the page says so under the chart. An area with no skill rated at a point is null there.
 */
export function growthSeries(
  snapshots: readonly { at: string; label?: string | undefined; ratings: Ratings }[],
  now: Ratings,
  skills: readonly { id: string; area: string }[],
  areaIds: readonly string[],
): { points: GrowthPoint[]; areas: { area: string; values: (number | null)[] }[] } {
  const means = [...snapshots.map((s) => s.ratings), now].map((r) => pointLevels(r, skills, areaIds));
  return {
    points: [...snapshots.map((s) => ({ at: s.at, ...(s.label ? { label: s.label } : {}) })), { at: null }],
    areas: areaIds.map((area) => ({ area, values: means.map((m) => m[area] ?? null) })),
  };
}
