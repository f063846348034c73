/**
 * Refusals in the page's language (loaded on first use): why a plan file, share link, member's file, change
 * or save was refused, as a sentence that names the team, line or member and says what is allowed. The kinds come from the domain
 * (codec.ts, problem.ts, state.ts); no schema text or path ever reaches the page.
 */
import { failureText as documentFailure, type FailureKeys } from '../../client/messages';
import { MAX_MEMBERS, MAX_TEAMS } from '../../domain/team/plan';
import { assessmentProblem, planProblem, type Problem } from '../../domain/team/problem';
import type { PlanFailure } from '../../domain/team/codec';
import type { PlanOutcome } from '../../domain/team/session';
import { ACCURACY_METRICS, LABELLERS, MODEL_SOURCES, SENIORITIES, SERVING_TARGETS, TEAMS } from '../../schemas/constants';
import { MAX_COUNT } from '../../schemas/requirements';
import type { Model, T } from './render';

/** The planner's words for a refused plan file or link, and for a refused member's file (src/client/messages.ts). */
const PLAN_FAILURES: FailureKeys = { tooLarge: 'plan.bad.tooLarge', notJson: 'plan.bad.notJson', notDocument: 'plan.bad.notPlan', version: 'plan.bad.version' };
const MEMBER_FAILURES: FailureKeys = { ...PLAN_FAILURES, notDocument: 'plan.bad.notAssessment', version: 'plan.bad.versionAssessment' };

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
  if (f.reason === 'unknown-role') return t('plan.bad.unknownRole', { role: f.role });
  return documentFailure(t, member ? MEMBER_FAILURES : PLAN_FAILURES, f, (field) => problemText(t, model, member ? assessmentProblem(field) : planProblem(field)));
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
