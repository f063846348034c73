/**
 * Why a plan, a share link or a member's file was refused, as data the page can say in its own language:
 * which team, line or imported member (1-based, as the page numbers them) and which kind of field, never the
 * schema's path or its English text. The schema's path is the whole input: each kind of field has one rule
 * of what is allowed, and the page states that rule (src/islands/team/messages.ts).
 */

/** Kinds of field a refusal can be about. */
export const PROBLEM_FIELDS = [
  // a line, an imported member or a team
  'count', 'role', 'seniority', 'away', 'name', 'rating', 'ratings', 'id', 'team-kind',
  // limits of the plan as a whole
  'teams', 'members', 'ids',
  // the plan's blueprint and requirement inputs
  'preset', 'servingTarget', 'qps', 'offlineMs', 'onlineMs', 'metric', 'accuracyOffline', 'accuracyOnline', 'modelSource', 'volume', 'by', 'allDay',
  // a member's self-assessment file
  'target', 'snapshot',
  // an entry or the document as a whole that does not have the format's shape (a missing or extra field)
  'line', 'person', 'team', 'document',
] as const;

/** A kind of field a refusal can be about. */
export type ProblemField = (typeof PROBLEM_FIELDS)[number];

/** One refusal: the kind of field and where it is. */
export interface Problem {
  /** Kind of field. */
  field: ProblemField;
  /** Team number (1-based), when the field belongs to a team. */
  team?: number;
  /** Line number within the team (1-based). */
  line?: number;
  /** Imported member number within the team (1-based). */
  person?: number;
  /** Skill id, for a rating. */
  skill?: string;
}

/** Requirement input paths → kind of field. */
const INPUTS: Readonly<Record<string, ProblemField>> = {
  servingTarget: 'servingTarget', qps: 'qps', 'processingMs.offline': 'offlineMs', 'processingMs.online': 'onlineMs',
  'accuracy.metric': 'metric', 'accuracy.offline': 'accuracyOffline', 'accuracy.online': 'accuracyOnline',
  modelSource: 'modelSource', 'labelling.volume': 'volume', 'labelling.by': 'by', allDay: 'allDay',
};

/** Fields of a line or a person → kind of field. */
const MEMBER_FIELDS: Readonly<Record<string, ProblemField>> = {
  id: 'id', role: 'role', seniority: 'seniority', count: 'count', away: 'away', name: 'name', ratings: 'ratings',
};

/** `map[key]` when `key` is the map's own (never a name such as `constructor` from the prototype). */
const own = (map: Readonly<Record<string, ProblemField>>, key: string) => (Object.hasOwn(map, key) ? map[key] : undefined);

const index = (part: string | undefined) => (part !== undefined && /^\d+$/.test(part) ? Number(part) + 1 : undefined);

/**
 * The problem of a refused plan document or share payload, from the dotted path of the first schema issue
 * (`teams.0.lines.5.count`, `inputs.processingMs.online`, `members`, `(document)`).
 */
export function planProblem(path: string): Problem {
  const parts = path.split('.');
  if (parts[0] === 'inputs') return { field: own(INPUTS, parts.slice(1).join('.')) ?? 'document' };
  if (parts[0] === 'preset' || parts[0] === 'members' || parts[0] === 'ids') return { field: parts[0] };
  if (parts[0] !== 'teams') return { field: 'document' };
  const team = index(parts[1]);
  if (team === undefined) return { field: 'teams' };
  const [, , list, at, name, skill] = parts;
  if (list === undefined) return { field: 'team', team };
  if (list === 'id') return { field: 'id', team };
  if (list === 'team') return { field: 'team-kind', team };
  const n = index(at);
  if ((list !== 'lines' && list !== 'people') || n === undefined) return { field: 'members', team };
  const place = list === 'lines' ? { team, line: n } : { team, person: n };
  if (name === 'ratings' && skill !== undefined) return { field: 'rating', ...place, skill };
  return { field: own(MEMBER_FIELDS, name ?? '') ?? (list === 'lines' ? 'line' : 'person'), ...place };
}

/** The problem of a refused self-assessment file (a member's file), from the path of the first schema issue. */
export function assessmentProblem(path: string): Problem {
  const [first, skill] = path.split('.');
  if (first === 'ratings' || first === 'levels') return skill === undefined ? { field: 'ratings' } : { field: 'rating', skill };
  if (first === 'target') return { field: 'target' };
  if (first === 'snapshots') return { field: 'snapshot' };
  return { field: 'document' };
}
