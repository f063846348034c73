/**
 * Refusals in the page's language (loaded on first use): why a plan file, share link, member's file, change
 * or save was refused, as a sentence that names the team, line or member and says what is allowed. The kinds come from the domain
 * (codec.ts, problem.ts, state.ts); no schema text or path ever reaches the page.
 */
import { MAX_MEMBERS, MAX_TEAMS } from '../../domain/team/plan';
import { assessmentProblem, planProblem, type Problem } from '../../domain/team/problem';
import type { PlanFailure } from '../../domain/team/codec';
import type { PlanOutcome } from '../../domain/team/session';
import { ACCURACY_METRICS, LABELLERS, MODEL_SOURCES, SENIORITIES, SERVING_TARGETS, TEAMS } from '../../schemas/constants';
import { MAX_COUNT } from '../../schemas/requirements';
import type { Model, T } from './render';

/** Where a problem is: "Team 2, line 6: " (empty for the plan as a whole). */
function place(t: T, p: Problem): string {
  if (p.team === undefined) return '';
  if (p.line !== undefined) return t('plan.where.line', { team: p.team, line: p.line });
  if (p.person !== undefined) return t('plan.where.person', { team: p.team, person: p.person });
  return t('plan.where.team', { team: p.team });
}

/** The allowed values of a field that is a choice, by their names on the page. */
const CHOICES: Partial<Record<Problem['field'], [prefix: string, values: readonly string[]]>> = {
  seniority: ['seniority', SENIORITIES], 'team-kind': ['team', TEAMS], servingTarget: ['serving', SERVING_TARGETS],
  metric: ['req.metric', ACCURACY_METRICS], modelSource: ['req.modelSource', MODEL_SOURCES], by: ['req.labeller', LABELLERS],
};

/** A refused field as a sentence: where it is and what is allowed. */
export function problemText(t: T, model: Model, p: Problem): string {
  const [prefix, values] = CHOICES[p.field] ?? ['', []];
  const what = t(`plan.problem.${p.field}`, {
    max: MAX_COUNT, members: MAX_MEMBERS, teams: MAX_TEAMS, skill: model.names.skills[p.skill ?? ''] ?? p.skill ?? '',
    choices: values.map((v) => t(`${prefix}.${v}`)).join(', '),
  });
  const where = place(t, p);
  return where ? t('plan.problem.at', { where, what }) : what;
}

/** Why a plan file, a share link or a member's file (`member`) was refused. */
export function failureText(t: T, model: Model, f: PlanFailure, member = false): string {
  switch (f.reason) {
    case 'too-large': return t('plan.bad.tooLarge');
    case 'not-json': return t('plan.bad.notJson');
    case 'wrong-format': case 'malformed': return t(member ? 'plan.bad.notAssessment' : 'plan.bad.notPlan');
    case 'unsupported-version': return t(member ? 'plan.bad.versionAssessment' : 'plan.bad.version', { version: String(f.version) });
    case 'invalid': return problemText(t, model, member ? assessmentProblem(f.field) : planProblem(f.field));
    case 'unknown-role': return t('plan.bad.unknownRole', { role: f.role });
  }
}

/** Why a change (a value out of range) or a save was refused. */
export function refusalText(t: T, model: Model, outcome: Exclude<PlanOutcome, { ok: true } | { bad: unknown }>): string {
  if ('refused' in outcome) {
    const detail = outcome.refused === 'invalid' ? problemText(t, model, planProblem(outcome.detail)) : outcome.detail;
    return t(`plan.refused.${outcome.refused}`, { detail });
  }
  const u = outcome.unsaved;
  return u.reason === 'storage' ? t('plan.saveFailed') : t('plan.saveRefused', { message: failureText(t, model, u) });
}
