/**
 * A position profile: a role at a seniority, optionally with some of its expected skills marked "must have".
 * It lives in the URL hash in a readable form a hiring manager can paste into a chat message:
 *   `#position=<role>:<seniority>&must=<skill>,<skill>`  e.g. `#position=model-engineer:senior&must=model-conversion`
 * The role:seniority part is read by the comparison's parser (one pick); unknown parts are reported, never fatal.
 */
import type { Seniority } from '../../schemas/constants';
import { parsePicks, picksParam, type PickProblem } from '../compare';
import { expectedLevels } from '../levels';

/** A role at a seniority, with the skills that must be met. */
export interface Position {
  role: string;
  seniority: Seniority;
  /** Expected skills marked "must have", in the order they were given. */
  must: string[];
}

/** Something in a link that could not be used. */
export type PositionProblem = PickProblem | { kind: 'not-expected'; value: string };

/** Role id → expected level per skill per seniority (the roles' `expectations`). */
export type Expectations = ReadonlyMap<string, Readonly<Record<string, readonly number[]>>>;

/** The skills a role expects at a seniority (level > 0), with their levels. */
export function expectedSkills(expectations: Readonly<Record<string, readonly number[]>>, seniority: Seniority): Record<string, number> {
  return Object.fromEntries(Object.entries(expectedLevels(expectations, seniority)).filter(([, level]) => level > 0));
}

/** The hash parameters of a position. */
export type PositionParams = { position?: string | undefined; must?: string | undefined };

/** The role a link's position names (its first usable pick), if any: the one whose expectations must be loaded to read it. */
export function positionRole(params: PositionParams, known: ReadonlySet<string>): string | undefined {
  return parsePicks(params.position, known).picks[0]?.role;
}

/**
 * Reads `position` and `must` hash parameters; keeps what is usable and reports the rest. `known`: every role id
 * (by default those in `roles`); `roles` must hold the expectations of `positionRole(params, known)`.
 */
export function parsePosition(
  params: PositionParams,
  roles: Expectations,
  known: ReadonlySet<string> = new Set(roles.keys()),
): { position: Position | null; problems: PositionProblem[] } {
  const { picks, problems } = parsePicks(params.position, known);
  const all: PositionProblem[] = [...problems];
  for (const extra of picks.slice(1)) all.push({ kind: 'too-many', value: picksParam([extra]) });
  const pick = picks[0];
  if (!pick) return { position: null, problems: all };
  const expectations = roles.get(pick.role);
  if (!expectations) throw new RangeError(`role not loaded: ${pick.role}`);
  const expected = expectedSkills(expectations, pick.seniority);
  const must: string[] = [];
  for (const skill of (params.must ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    if (skill in expected) {
      if (!must.includes(skill)) must.push(skill);
    } else all.push({ kind: 'not-expected', value: skill.slice(0, 60) });
  }
  return { position: { role: pick.role, seniority: pick.seniority, must }, problems: all };
}

/** The hash parameters of a position (`must` only when some skill is marked). */
export function positionParams(position: Position): Record<string, string> {
  const params: Record<string, string> = { position: picksParam([position]) };
  if (position.must.length > 0) params.must = position.must.join(',');
  return params;
}

/** The position with `must` narrowed to skills it expects (after the role or seniority changed). */
export function withRole(position: Position, role: string, seniority: Seniority, roles: Expectations): Position {
  const expected = expectedSkills(roles.get(role) ?? {}, seniority);
  return { role, seniority, must: position.must.filter((s) => s in expected) };
}

/** Marks or unmarks one expected skill as "must have"; a skill the position does not expect is ignored. */
export function setMust(position: Position, skill: string, must: boolean, roles: Expectations): Position {
  const expected = expectedSkills(roles.get(position.role) ?? {}, position.seniority);
  if (!(skill in expected)) return position;
  const rest = position.must.filter((s) => s !== skill);
  return { ...position, must: must ? [...rest, skill] : rest };
}
