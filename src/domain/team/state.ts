/**
 * Every change to a team plan, as a pure function: plan in, new plan out, the input never mutated. Each
 * result is validated by the plan schema before it is returned, so a state function can never produce a
 * plan that the store, a file or a share link would refuse; a refused change throws a {@link PlanError}
 * whose code the island turns into a message, and the plan the user had stays as it was.
 */
import type { Seniority, Team } from '../../schemas/constants';
import { MAX_COUNT, type RequirementInputs, type StaffLine } from '../../schemas/requirements';
import { MAX_MEMBERS, MAX_TEAMS, PLAN_FORMAT, PLAN_VERSION, memberCount, planIds, planSchema, type Person, type Plan, type PlanLine, type PlanTeam } from './plan';

/** Why a change was refused. */
export type PlanErrorCode = 'count' | 'too-many-members' | 'too-many-teams' | 'unknown-role' | 'unknown-id' | 'invalid';

/** A refused change: `code` says why, `detail` names the value, id or (for `invalid`) the field's dotted path. */
export class PlanError extends Error {
  /** Creates the error. */
  constructor(readonly code: PlanErrorCode, readonly detail: string) {
    super(`${code}: ${detail}`);
    this.name = 'PlanError';
  }
}

/** Inputs of a new, empty plan: a modest cloud service trained in-house, nothing labelled, office hours. */
export const DEFAULT_INPUTS: RequirementInputs = {
  servingTarget: 'cloud',
  qps: 10,
  processingMs: { offline: 500, online: 2000 },
  accuracy: { metric: 'other', offline: 0.9, online: 0.9 },
  modelSource: 'in-house',
  labelling: { volume: 0, by: 'in-house' },
  allDay: false,
};

/** A blueprint as a preset: its id, requirement inputs and starting teams. */
export interface Preset {
  /** Blueprint id. */
  id: string;
  /** Its requirement inputs. */
  requirements: RequirementInputs;
  /** Its starting teams. */
  teams: readonly { team: Team; members: readonly StaffLine[] }[];
}

/** Validates a candidate plan and stamps it, or throws. */
function checked(plan: Plan, now: Date): Plan {
  const candidate = { ...plan, updatedAt: now.toISOString() };
  const badCount = candidate.teams.flatMap((t) => t.lines).find((l) => !Number.isInteger(l.count) || l.count < 1 || l.count > MAX_COUNT);
  if (badCount) throw new PlanError('count', String(badCount.count));
  if (memberCount(candidate.teams) > MAX_MEMBERS) throw new PlanError('too-many-members', String(memberCount(candidate.teams)));
  if (candidate.teams.length > MAX_TEAMS) throw new PlanError('too-many-teams', String(candidate.teams.length));
  const parsed = planSchema.safeParse(candidate);
  if (!parsed.success) {
    // The path only (`inputs.qps`): the page says what is allowed there in its own language (problem.ts).
    throw new PlanError('invalid', parsed.error.issues[0]!.path.join('.'));
  }
  return parsed.data;
}

/** The next free id with `prefix` (`t`, `l`, `p`): one more than the highest number in use. */
function nextId(teams: readonly PlanTeam[], prefix: string): string {
  const used = planIds(teams)
    .filter((id) => new RegExp(`^${prefix}\\d+$`).test(id))
    .map((id) => Number(id.slice(prefix.length)));
  return `${prefix}${Math.max(0, ...used) + 1}`;
}

function requireRole(role: string | null, knownRoles: ReadonlySet<string>): void {
  if (role !== null && !knownRoles.has(role)) throw new PlanError('unknown-role', role);
}

function findTeam(plan: Plan, teamId: string): PlanTeam {
  const team = plan.teams.find((t) => t.id === teamId);
  if (!team) throw new PlanError('unknown-id', teamId);
  return team;
}

/** Replaces the team `teamId` with `change(team)`. */
function mapTeam(plan: Plan, teamId: string, change: (team: PlanTeam) => PlanTeam): Plan {
  findTeam(plan, teamId);
  return { ...plan, teams: plan.teams.map((t) => (t.id === teamId ? change(t) : t)) };
}

/** The team holding a line or person id. */
function teamOf(plan: Plan, id: string): PlanTeam {
  const team = plan.teams.find((t) => t.lines.some((l) => l.id === id) || t.people.some((p) => p.id === id));
  if (!team) throw new PlanError('unknown-id', id);
  return team;
}

/** A new plan with default inputs and one empty AI model team. */
export function emptyPlan(now: Date = new Date()): Plan {
  const plan: Plan = {
    format: PLAN_FORMAT, version: PLAN_VERSION, preset: null, inputs: DEFAULT_INPUTS,
    teams: [{ id: 't1', team: 'model', lines: [], people: [] }], updatedAt: now.toISOString(),
  };
  return checked(plan, now);
}

/** A new plan from a blueprint: its inputs and its starting teams as nominal lines. */
export function loadPreset(preset: Preset, now: Date = new Date()): Plan {
  let n = 0;
  const teams = preset.teams.map((t, i) => ({
    id: `t${i + 1}`,
    team: t.team,
    lines: t.members.map((m) => ({ id: `l${++n}`, role: m.role, seniority: m.seniority, count: m.count, away: [] })),
    people: [],
  }));
  return checked({ format: PLAN_FORMAT, version: PLAN_VERSION, preset: preset.id, inputs: preset.requirements, teams, updatedAt: now.toISOString() }, now);
}

/** Replaces the requirement inputs. */
export function setInputs(plan: Plan, inputs: RequirementInputs, now: Date = new Date()): Plan {
  return checked({ ...plan, inputs }, now);
}

/** Adds an empty team of a kind; returns the plan and the new team's id. */
export function addTeam(plan: Plan, team: Team, now: Date = new Date()): { plan: Plan; id: string } {
  const id = nextId(plan.teams, 't');
  return { plan: checked({ ...plan, teams: [...plan.teams, { id, team, lines: [], people: [] }] }, now), id };
}

/** Removes a team and everyone in it. */
export function removeTeam(plan: Plan, teamId: string, now: Date = new Date()): Plan {
  findTeam(plan, teamId);
  return checked({ ...plan, teams: plan.teams.filter((t) => t.id !== teamId) }, now);
}

/** Adds a nominal line (role × seniority × count) to a team; returns the plan and the line's id. */
export function addLine(plan: Plan, teamId: string, line: StaffLine, knownRoles: ReadonlySet<string>, now: Date = new Date()): { plan: Plan; id: string } {
  requireRole(line.role, knownRoles);
  const id = nextId(plan.teams, 'l');
  const added: PlanLine = { id, role: line.role, seniority: line.seniority, count: line.count, away: [] };
  return { plan: checked(mapTeam(plan, teamId, (t) => ({ ...t, lines: [...t.lines, added] })), now), id };
}

/** Changes a line's role, seniority or count; people toggled away beyond a smaller count are dropped. */
export function editLine(
  plan: Plan, lineId: string, patch: Partial<{ role: string; seniority: Seniority; count: number }>, knownRoles: ReadonlySet<string>, now: Date = new Date(),
): Plan {
  if (patch.role !== undefined) requireRole(patch.role, knownRoles);
  const team = teamOf(plan, lineId);
  return checked(
    mapTeam(plan, team.id, (t) => ({
      ...t,
      lines: t.lines.map((l) => {
        if (l.id !== lineId) return l;
        const next = { ...l, ...patch };
        return { ...next, away: l.away.filter((k) => k < next.count) };
      }),
    })),
    now,
  );
}

/** Removes a line or an imported person. */
export function removeMember(plan: Plan, id: string, now: Date = new Date()): Plan {
  const team = teamOf(plan, id);
  return checked(
    mapTeam(plan, team.id, (t) => ({ ...t, lines: t.lines.filter((l) => l.id !== id), people: t.people.filter((p) => p.id !== id) })),
    now,
  );
}

/** A person to import: a name, a role if known and their ratings. */
export type NewPerson = Pick<Person, 'name' | 'role' | 'ratings'>;

/** Adds imported people to a team, all or none; returns the plan and their new ids. */
export function importPeople(plan: Plan, teamId: string, people: readonly NewPerson[], knownRoles: ReadonlySet<string>, now: Date = new Date()): { plan: Plan; ids: string[] } {
  people.forEach((p) => requireRole(p.role, knownRoles));
  findTeam(plan, teamId);
  let teams = plan.teams;
  const ids: string[] = [];
  for (const p of people) {
    const id = nextId(teams, 'p');
    ids.push(id);
    const person: Person = { id, name: p.name, role: p.role, ratings: { ...p.ratings }, away: false };
    teams = teams.map((t) => (t.id === teamId ? { ...t, people: [...t.people, person] } : t));
  }
  return { plan: checked({ ...plan, teams }, now), ids };
}

/** Renames an imported person or changes their role. */
export function editPerson(plan: Plan, personId: string, patch: Partial<{ name: string; role: string | null }>, knownRoles: ReadonlySet<string>, now: Date = new Date()): Plan {
  if (patch.role !== undefined) requireRole(patch.role, knownRoles);
  const team = teamOf(plan, personId);
  return checked(mapTeam(plan, team.id, (t) => ({ ...t, people: t.people.map((p) => (p.id === personId ? { ...p, ...patch } : p)) })), now);
}

/** Toggles "what if this person leaves" for a member key (`<lineId>.<position>` or a person id). */
export function setAway(plan: Plan, memberKey: string, away: boolean, now: Date = new Date()): Plan {
  const [id = '', pos] = memberKey.split('.');
  const team = teamOf(plan, id);
  if (pos === undefined) {
    if (!team.people.some((p) => p.id === id)) throw new PlanError('unknown-id', memberKey);
    return checked(mapTeam(plan, team.id, (t) => ({ ...t, people: t.people.map((p) => (p.id === id ? { ...p, away } : p)) })), now);
  }
  const position = Number(pos);
  const line = team.lines.find((l) => l.id === id);
  if (!line || !/^\d+$/.test(pos) || position >= line.count) throw new PlanError('unknown-id', memberKey);
  const rest = line.away.filter((k) => k !== position);
  const nextAway = (away ? [...rest, position] : rest).sort((a, b) => a - b);
  return checked(mapTeam(plan, team.id, (t) => ({ ...t, lines: t.lines.map((l) => (l.id === id ? { ...l, away: nextAway } : l)) })), now);
}
