/**
 * How a candidate's self-assessment fits a position. Pure functions of ratings and expected levels.
 *
 * A skill the candidate did not rate is "not assessed": it is left out of the score, never counted as 0
 * (a rating of 0, "not yet", is an assessment and does count). With E the skills the position expects
 * (level e_s > 0), A ⊆ E the ones the candidate rated, r_s their rating:
 *   fit      = Σ_{s∈A} min(r_s, e_s) / Σ_{s∈A} e_s      (no score when A is empty)
 *   coverage = |A| / |E|                                ("assessed 12 of 15 expected skills")
 * so fit is the share of expected level points the candidate covers on the skills we know about, and
 * coverage says how much we know. Levels above expectation earn nothing extra. A must-have skill rated
 * below its expected level is flagged; a must-have not rated is flagged separately as not assessed.
 * Candidates rank by: fewer must-haves below expectation, then higher fit (no score last), then higher
 * coverage, then name.
 */
import { fitTo, gaps, type Gap } from '../assessment/scoring';
import type { Ratings } from '../assessment/schema';

/** One skill at or above what the position expects. */
export interface Strength {
  skill: string;
  rated: number;
  expected: number;
}

/** A candidate measured against a position. */
export interface CandidateFit {
  /** 0–1 over assessed skills, or null when no expected skill was rated. */
  score: number | null;
  /** Σ min(rating, expected) over assessed expected skills. */
  covered: number;
  /** Σ expected over assessed expected skills. */
  required: number;
  /** Number of expected skills the candidate rated. */
  assessed: number;
  /** Number of skills the position expects. */
  expected: number;
  /** Rated at or above expectation: highest expectation first, then the larger margin, then skill order. */
  strengths: Strength[];
  /** Rated below expectation, biggest gap first (then higher expectation, then id). */
  gaps: Gap[];
  /** Expected skills the candidate did not rate, in skill order. */
  notAssessed: string[];
  /** Must-have skills rated below expectation. */
  mustBelow: string[];
  /** Must-have skills the candidate did not rate. */
  mustNotAssessed: string[];
}

/**
 * Fit of `ratings` to the position's `expected` levels (only skills with level > 0), with `must` skills
 * flagged; `skillOrder` (every skill id, in atlas order) orders lists without a natural order.
 */
export function candidateFit(
  ratings: Ratings,
  expected: Readonly<Record<string, number>>,
  must: readonly string[],
  skillOrder: readonly string[],
): CandidateFit {
  const order = new Map(skillOrder.map((id, i) => [id, i]));
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  const expectedIds = Object.keys(expected).filter((s) => expected[s]! > 0).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const assessedIds = expectedIds.filter((s) => ratings[s] !== undefined);
  const assessedExpected = Object.fromEntries(assessedIds.map((s) => [s, expected[s]!]));
  const { covered, required } = fitTo(ratings, assessedExpected);
  const gapList = gaps(ratings, assessedExpected);
  const below = new Set(gapList.map((g) => g.skill));
  const strengths = assessedIds
    .filter((s) => !below.has(s))
    .map((s) => ({ skill: s, rated: ratings[s]!, expected: expected[s]! }))
    .sort((a, b) => b.expected - a.expected || b.rated - b.expected - (a.rated - a.expected) || rank(a.skill) - rank(b.skill));
  const notAssessed = expectedIds.filter((s) => ratings[s] === undefined);
  const musts = must.filter((s) => (expected[s] ?? 0) > 0);
  return {
    score: assessedIds.length === 0 ? null : covered / required,
    covered,
    required,
    assessed: assessedIds.length,
    expected: expectedIds.length,
    strengths,
    gaps: gapList,
    notAssessed,
    mustBelow: musts.filter((s) => below.has(s)),
    mustNotAssessed: musts.filter((s) => ratings[s] === undefined),
  };
}

/** Candidates ranked as the header says: must-haves met, then fit, then coverage, then name. */
export function rankCandidates<C extends { name: string; fit: CandidateFit }>(candidates: readonly C[]): C[] {
  return [...candidates].sort(
    (a, b) =>
      a.fit.mustBelow.length - b.fit.mustBelow.length ||
      (b.fit.score ?? -1) - (a.fit.score ?? -1) ||
      b.fit.assessed - a.fit.assessed ||
      a.name.localeCompare(b.name),
  );
}

/**
 * Mean level per area over the skills in `scope` that have a level in `levels` — unlike levels.ts's
 * areaMeans, an unrated skill is "not assessed" and left out rather than counted as 0 (unrated skills are left
 * out, not counted as 0); null for an area where none has. For a position, `levels` = `scope` = its expected
 * levels; for a candidate, their ratings over the same scope, so both are averaged over the same skills.
 */
export function assessedAreaMeans(
  levels: Readonly<Record<string, number>>,
  scope: readonly string[],
  skillArea: ReadonlyMap<string, string>,
  areaIds: readonly string[],
): Record<string, number | null> {
  const totals = new Map(areaIds.map((a) => [a, { sum: 0, count: 0 }]));
  for (const skill of scope) {
    const total = totals.get(skillArea.get(skill) ?? '');
    const level = levels[skill];
    if (!total || level === undefined) continue;
    total.sum += level;
    total.count += 1;
  }
  return Object.fromEntries([...totals].map(([area, { sum, count }]) => [area, count === 0 ? null : sum / count]));
}
