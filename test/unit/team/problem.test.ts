import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/en.json';
import ko from '../../../src/i18n/ko.json';
import { fillTemplate } from '../../../src/i18n/format';
import { decodePlan } from '../../../src/domain/team/codec';
import { readMemberFile } from '../../../src/domain/team/member-file';
import { PROBLEM_FIELDS, assessmentProblem, planProblem } from '../../../src/domain/team/problem';
import { failureText, problemText, refusalText } from '../../../src/islands/team/messages';
import { setInputs, PlanError } from '../../../src/domain/team/state';
import { NOW } from '../../fixtures/team';
import type { Model } from '../../../src/islands/team/render';
import { known, knowledge, smallPlan } from '../../fixtures/team';

const translator = (locale: 'en' | 'ko') => (key: string, vars: Record<string, string | number> = {}) =>
  fillTemplate((locale === 'en' ? en : ko as Record<string, string>)[key as keyof typeof en] ?? key, vars, locale);
const model: Model = { knowledge, names: { roles: {}, skills: { s1: 'Monitoring' }, areas: {}, stages: {}, rules: {}, blueprints: { cards: 'Cards' } } };

describe('where a refused plan is wrong', () => {
  it.each([
    ['teams.0.lines.5.count', { field: 'count', team: 1, line: 6 }],
    ['teams.2.lines.0.away', { field: 'away', team: 3, line: 1 }],
    ['teams.0.lines.0.role', { field: 'role', team: 1, line: 1 }],
    ['teams.0.lines.0', { field: 'line', team: 1, line: 1 }],
    ['teams.0.lines.0.extra', { field: 'line', team: 1, line: 1 }],
    ['teams.0.lines.0.away.0', { field: 'away', team: 1, line: 1 }],
    ['teams.11.lines.12.seniority', { field: 'seniority', team: 12, line: 13 }],
    ['teams.0.people.0.extra', { field: 'person', team: 1, person: 1 }],
    ['teams.0.people.0.constructor', { field: 'person', team: 1, person: 1 }],
    ['inputs.toString', { field: 'document' }],
    ['teams.0.other.0', { field: 'members', team: 1 }],
    ['teams.t1', { field: 'teams' }],
    ['teams.1a.lines.0.count', { field: 'teams' }],
    ['teams.1.people.3.name', { field: 'name', team: 2, person: 4 }],
    ['teams.1.people.0.ratings.s1', { field: 'rating', team: 2, person: 1, skill: 's1' }],
    ['teams.1.people.0.ratings', { field: 'ratings', team: 2, person: 1 }],
    ['teams.1.people.0', { field: 'person', team: 2, person: 1 }],
    ['teams.0.team', { field: 'team-kind', team: 1 }],
    ['teams.0.id', { field: 'id', team: 1 }],
    ['teams.0.lines', { field: 'members', team: 1 }],
    ['teams.0', { field: 'team', team: 1 }],
    ['teams', { field: 'teams' }],
    ['members', { field: 'members' }],
    ['ids', { field: 'ids' }],
    ['preset', { field: 'preset' }],
    ['inputs.qps', { field: 'qps' }],
    ['inputs.processingMs.online', { field: 'onlineMs' }],
    ['inputs.accuracy.online', { field: 'accuracyOnline' }],
    ['inputs.labelling.by', { field: 'by' }],
    ['inputs', { field: 'document' }],
    ['(document)', { field: 'document' }],
    ['updatedAt', { field: 'document' }],
  ])('%s', (path, problem) => {
    expect(planProblem(path)).toStrictEqual(problem);
  });

  it('reads a member file’s path as a rating, the target position, a snapshot or the document', () => {
    expect(assessmentProblem('ratings.monitoring')).toEqual({ field: 'rating', skill: 'monitoring' });
    expect(assessmentProblem('ratings')).toStrictEqual({ field: 'ratings' });
    expect(assessmentProblem('levels.gpu-programming')).toEqual({ field: 'rating', skill: 'gpu-programming' });
    expect(assessmentProblem('target.role')).toEqual({ field: 'target' });
    expect(assessmentProblem('snapshots.0.label')).toEqual({ field: 'snapshot' });
    expect(assessmentProblem('hideExpectations')).toEqual({ field: 'document' });
  });
});

describe('refusal messages', () => {
  it('have a sentence for every kind of field in both locales', () => {
    for (const field of PROBLEM_FIELDS) {
      expect(en, field).toHaveProperty([`plan.problem.${field}`]);
      expect(ko, field).toHaveProperty([`plan.problem.${field}`]);
    }
  });

  it('name the team and line and say what is allowed, in the page’s language, never the schema’s text', () => {
    const plan = JSON.parse(JSON.stringify(smallPlan()));
    plan.teams[0].lines[1].count = 10_000;
    const bad = decodePlan(JSON.stringify(plan), known);
    expect(bad).toMatchObject({ ok: false, reason: 'invalid', field: 'teams.0.lines.1.count' });
    if (bad.ok) return;
    expect(failureText(translator('en'), model, bad)).toBe('Team 1, line 2: a head count is a whole number from 1 to 50; split larger groups into several lines or teams.');
    expect(failureText(translator('ko'), model, bad)).toBe('1번 팀의 2번째 줄: 인원은 1에서 50 사이의 정수여야 합니다. 더 큰 그룹은 여러 줄이나 팀으로 나누세요.');
  });

  it('list the allowed choices by their names on the page', () => {
    const t = (key: string, vars: Record<string, string | number> = {}) => fillTemplate(({ ...ko, 'seniority.junior': '주니어' } as Record<string, string>)[key] ?? key, vars, 'ko');
    expect(problemText(t, model, { field: 'seniority', team: 1, line: 1 })).toBe('1번 팀의 1번째 줄: 연차는 주니어, 미들, 시니어, 리드 중 하나여야 합니다.');
  });

  it('say which skill of a member’s file is out of range, by its name', () => {
    const file = JSON.stringify({ format: 'ai-team-atlas/assessment', version: 2, ratings: { s1: 9 }, target: null, hideExpectations: false, snapshots: [], updatedAt: '2026-11-30T09:00:00.000Z' });
    const read = readMemberFile('ana.json', file, known);
    expect(read).toMatchObject({ ok: false, reason: 'invalid', field: 'ratings.s1' });
    if (read.ok) return;
    expect(failureText(translator('en'), model, read, true)).toBe('the rating of Monitoring is a whole number from 0 to 5.');
    expect(failureText(translator('ko'), model, read, true)).toBe('Monitoring 평가는 0에서 5 사이의 정수여야 합니다.');
    expect(failureText(translator('ko'), model, { reason: 'wrong-format' }, true)).toBe(ko['plan.bad.notAssessment']);
  });
});

describe('refused changes and saves', () => {
  it('word a value out of range in the page’s language, from the field the state function names', () => {
    let refused: PlanError | undefined;
    try {
      setInputs(smallPlan(), { ...smallPlan().inputs, qps: Number.NaN }, NOW);
    } catch (error) {
      refused = error as PlanError;
    }
    expect(refused).toMatchObject({ code: 'invalid', detail: 'inputs.qps' });
    const outcome = { ok: false as const, refused: refused!.code, detail: refused!.detail };
    expect(refusalText(translator('en'), model, outcome)).toBe('Not changed: the target QPS is a number above 0 and at most 1,000,000.');
    expect(refusalText(translator('ko'), model, outcome)).toBe('바꾸지 않았습니다. 목표 QPS는 0보다 크고 1,000,000 이하인 수여야 합니다.');
  });

  it('word a save the store refused, and one the browser could not store', () => {
    const unsaved = { ok: false as const, unsaved: { ok: false as const, reason: 'invalid' as const, field: 'teams.0.people.0.name', message: 'a name must not contain markup or script' } };
    expect(refusalText(translator('en'), model, unsaved)).toBe('Not saved, nothing changed: Team 1, imported member 1: a name is 1 to 80 characters, without markup (< >) or script.');
    expect(refusalText(translator('ko'), model, { ok: false, unsaved: { ok: false, reason: 'storage' } })).toBe(ko['plan.saveFailed']);
  });
});
