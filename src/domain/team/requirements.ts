/**
 * Requirement rules → required lines. A rule (content/rules/<id>.yaml) applies when every key of its `when`
 * holds for the service's inputs; each applying rule asks for skills at a level held by a number of people.
 * Lines for the same skill from several rules merge into one: the highest level and the largest head count,
 * with every rule that asked for it, so each line can say why it is there.
 */
import type { RequirementInputs } from '../../schemas/requirements';
import type { Condition, Rule } from '../../schemas/rule';

/** A rule as the planner needs it: its id, condition and requirements (facts only, no prose). */
export interface RuleFacts {
  /** Rule id (file name). */
  id: string;
  /** When it applies. */
  when: Condition;
  /** What it requires. */
  requires: Rule['requires'];
}

/** One derived requirement: a skill, the level, how many people must hold it and the rules behind it. */
export interface RequiredLine {
  /** Skill id. */
  skill: string;
  /** Level each of those people must reach (1–5). */
  level: number;
  /** How many people must hold it. */
  people: number;
  /** Ids of the rules that asked for it, in rule order. */
  rules: string[];
}

/** Whether a rule's condition holds for the inputs (an empty condition always holds). */
export function matches(when: Condition, inputs: RequirementInputs): boolean {
  const labelled = inputs.labelling.volume > 0;
  const checks: boolean[] = [
    when.servingTarget === undefined || when.servingTarget.includes(inputs.servingTarget),
    when.modelSource === undefined || when.modelSource.includes(inputs.modelSource),
    when.metric === undefined || when.metric.includes(inputs.accuracy.metric),
    when.labelledBy === undefined || (labelled && when.labelledBy.includes(inputs.labelling.by)),
    when.labellingAtLeast === undefined || inputs.labelling.volume >= when.labellingAtLeast,
    when.qpsAtLeast === undefined || inputs.qps >= when.qpsAtLeast,
    when.offlineMsAtMost === undefined || inputs.processingMs.offline <= when.offlineMsAtMost,
    when.onlineMsAtMost === undefined || inputs.processingMs.online <= when.onlineMsAtMost,
    when.accuracyAtLeast === undefined || inputs.accuracy.offline >= when.accuracyAtLeast,
    when.allDay === undefined || inputs.allDay === when.allDay,
  ];
  return checks.every(Boolean);
}

/** The ids of the rules that apply to the inputs, in the given order. */
export function applyingRules(inputs: RequirementInputs, rules: readonly RuleFacts[]): string[] {
  return rules.filter((rule) => matches(rule.when, inputs)).map((rule) => rule.id);
}

/** Evaluates every rule and merges what the applying ones require; lines sorted by skill id. */
export function deriveRequirements(inputs: RequirementInputs, rules: readonly RuleFacts[]): RequiredLine[] {
  const lines = new Map<string, RequiredLine>();
  for (const rule of rules) {
    if (!matches(rule.when, inputs)) continue;
    for (const req of rule.requires) {
      const line = lines.get(req.skill);
      if (!line) {
        lines.set(req.skill, { skill: req.skill, level: req.level, people: req.people, rules: [rule.id] });
      } else {
        line.level = Math.max(line.level, req.level);
        line.people = Math.max(line.people, req.people);
        if (!line.rules.includes(rule.id)) line.rules.push(rule.id);
      }
    }
  }
  return [...lines.values()].sort((a, b) => a.skill.localeCompare(b.skill));
}

/** The required level per area: the highest level any required line of a skill in that area asks for. */
export function requiredProfile(
  lines: readonly RequiredLine[],
  areaOf: ReadonlyMap<string, string>,
  areas: readonly string[],
): Record<string, number> {
  const profile = Object.fromEntries(areas.map((area) => [area, 0])) as Record<string, number>;
  for (const line of lines) {
    const area = areaOf.get(line.skill);
    if (area !== undefined && area in profile) profile[area] = Math.max(profile[area]!, line.level);
  }
  return profile;
}
