import { describe, expect, it } from 'vitest';
import {
  PlanError, addLine, addTeam, editLine, editPerson, emptyPlan, importPeople, loadPreset, removeMember, removeTeam, setAway, setInputs,
} from '../../../src/domain/team/state';
import { NOW, known, smallPlan } from '../../fixtures/team';

const refusal = (change: () => unknown) => {
  try {
    change();
  } catch (error) {
    if (error instanceof PlanError) return { code: error.code, detail: error.detail };
    throw error;
  }
  throw new Error('the change was accepted');
};

describe('plan state changes', () => {
  it('start empty with one AI model team and default inputs', () => {
    const plan = emptyPlan(NOW);
    expect(plan).toMatchObject({ format: 'ai-team-atlas/team-plan', version: 1, preset: null, updatedAt: '2026-12-02T10:00:00.000Z' });
    expect(plan.teams).toEqual([{ id: 't1', team: 'model', lines: [], people: [] }]);
    expect(plan.inputs).toMatchObject({ servingTarget: 'cloud', allDay: false, labelling: { volume: 0, by: 'in-house' } });
  });

  it('load a blueprint as a preset: its inputs and its teams as numbered lines', () => {
    const inputs = { ...emptyPlan(NOW).inputs, servingTarget: 'mobile' as const };
    const plan = loadPreset({
      id: 'cards', requirements: inputs,
      teams: [
        { team: 'model', members: [{ role: 'r1', seniority: 'lead', count: 1 }] },
        { team: 'serving', members: [{ role: 'r2', seniority: 'mid', count: 2 }, { role: 'r2', seniority: 'junior', count: 1 }] },
      ],
    }, NOW);
    expect(plan.preset).toBe('cards');
    expect(plan.inputs.servingTarget).toBe('mobile');
    expect(plan.teams).toEqual([
      { id: 't1', team: 'model', lines: [{ id: 'l1', role: 'r1', seniority: 'lead', count: 1, away: [] }], people: [] },
      { id: 't2', team: 'serving', lines: [{ id: 'l2', role: 'r2', seniority: 'mid', count: 2, away: [] }, { id: 'l3', role: 'r2', seniority: 'junior', count: 1, away: [] }], people: [] },
    ]);
  });

  it('add, edit and remove lines and teams without changing the plan they were given', () => {
    const before = smallPlan();
    const snapshot = structuredClone(before);
    const { plan: withTeam, id } = addTeam(before, 'serving', NOW);
    expect(id).toBe('t2');
    const { plan: withLine, id: lineId } = addLine(withTeam, 't2', { role: 'r2', seniority: 'junior', count: 3 }, known.roles, NOW);
    expect(lineId).toBe('l3');
    const edited = editLine(withLine, 'l3', { seniority: 'lead', count: 2 }, known.roles, NOW);
    expect(edited.teams[1]!.lines).toEqual([{ id: 'l3', role: 'r2', seniority: 'lead', count: 2, away: [] }]);
    expect(removeMember(edited, 'l3', NOW).teams[1]!.lines).toEqual([]);
    expect(removeTeam(edited, 't2', NOW).teams.map((t) => t.id)).toEqual(['t1']);
    expect(before).toEqual(snapshot);
  });

  it('import people with new ids and let their name and role be edited', () => {
    const { plan, ids } = importPeople(smallPlan(), 't1', [
      { name: 'Bo', role: 'r2', ratings: { s3: 4 } },
      { name: 'Cy', role: null, ratings: {} },
    ], known.roles, NOW);
    expect(ids).toEqual(['p2', 'p3']);
    const edited = editPerson(plan, 'p3', { name: 'Cyrus', role: 'r1' }, known.roles, NOW);
    expect(edited.teams[0]!.people.map((p) => [p.id, p.name, p.role])).toEqual([['p1', 'Ana', null], ['p2', 'Bo', 'r2'], ['p3', 'Cyrus', 'r1']]);
  });

  it('toggle one person of a line away and drop positions beyond a smaller head count', () => {
    const plan = setAway(setAway(smallPlan(), 'l2.1', true, NOW), 'p1', true, NOW);
    expect(plan.teams[0]!.lines[1]!.away).toEqual([1]);
    expect(plan.teams[0]!.people[0]!.away).toBe(true);
    expect(setAway(plan, 'l2.1', false, NOW).teams[0]!.lines[1]!.away).toEqual([]);
    expect(editLine(plan, 'l2', { count: 1 }, known.roles, NOW).teams[0]!.lines[1]!.away).toEqual([]);
  });

  it('refuse absurd head counts, too many members or teams, unknown roles and ids, with the reason', () => {
    expect(refusal(() => addLine(smallPlan(), 't1', { role: 'r1', seniority: 'mid', count: 10_000 }, known.roles, NOW))).toEqual({ code: 'count', detail: '10000' });
    expect(refusal(() => addLine(smallPlan(), 't1', { role: 'r1', seniority: 'mid', count: 0 }, known.roles, NOW))).toEqual({ code: 'count', detail: '0' });
    expect(refusal(() => editLine(smallPlan(), 'l1', { count: 2.5 }, known.roles, NOW))).toEqual({ code: 'count', detail: '2.5' });
    let plan = smallPlan();
    for (let i = 0; i < 3; i++) plan = addLine(plan, 't1', { role: 'r1', seniority: 'mid', count: 50 }, known.roles, NOW).plan;
    expect(refusal(() => addLine(plan, 't1', { role: 'r1', seniority: 'mid', count: 50 }, known.roles, NOW))).toEqual({ code: 'too-many-members', detail: '204' });
    let teams = smallPlan();
    for (let i = 0; i < 11; i++) teams = addTeam(teams, 'platform', NOW).plan;
    expect(refusal(() => addTeam(teams, 'platform', NOW))).toEqual({ code: 'too-many-teams', detail: '13' });
    expect(refusal(() => addLine(smallPlan(), 't1', { role: 'ghost', seniority: 'mid', count: 1 }, known.roles, NOW))).toEqual({ code: 'unknown-role', detail: 'ghost' });
    expect(refusal(() => removeMember(smallPlan(), 'l9', NOW))).toEqual({ code: 'unknown-id', detail: 'l9' });
    expect(refusal(() => setAway(smallPlan(), 'l2.2', true, NOW))).toEqual({ code: 'unknown-id', detail: 'l2.2' });
    expect(refusal(() => setInputs(smallPlan(), { ...smallPlan().inputs, qps: -5 }, NOW)).code).toBe('invalid');
    expect(refusal(() => editPerson(smallPlan(), 'p1', { name: '<img src=x onerror=alert(1)>' }, known.roles, NOW)).code).toBe('invalid');
  });
});

describe('plan state changes aimed at one member, line or team', () => {
  const twoTeams = () => {
    const { plan } = addTeam(smallPlan(), 'serving', NOW);
    return importPeople(plan, 't2', [{ name: 'Bo', role: null, ratings: { s3: 4 } }], known.roles, NOW).plan;
  };

  it('refuse a team id the plan does not have, for every change that names a team', () => {
    expect(refusal(() => addLine(smallPlan(), 't9', { role: 'r1', seniority: 'mid', count: 1 }, known.roles, NOW))).toEqual({ code: 'unknown-id', detail: 't9' });
    expect(refusal(() => removeTeam(smallPlan(), 't9', NOW))).toEqual({ code: 'unknown-id', detail: 't9' });
    expect(refusal(() => importPeople(smallPlan(), 't9', [{ name: 'Bo', role: null, ratings: {} }], known.roles, NOW))).toEqual({ code: 'unknown-id', detail: 't9' });
  });

  it('add a line or people to the named team only, never to the first team', () => {
    const plan = twoTeams();
    expect(plan.teams.map((t) => [t.id, t.people.map((p) => p.name)])).toEqual([['t1', ['Ana']], ['t2', ['Bo']]]);
    const withLine = addLine(plan, 't2', { role: 'r2', seniority: 'junior', count: 1 }, known.roles, NOW).plan;
    expect(withLine.teams.map((t) => t.lines.map((l) => l.id))).toEqual([['l1', 'l2'], ['l3']]);
  });

  it('refuse an unknown role when a line or a person is edited or a person imported', () => {
    expect(refusal(() => editLine(smallPlan(), 'l1', { role: 'ghost' }, known.roles, NOW))).toEqual({ code: 'unknown-role', detail: 'ghost' });
    expect(refusal(() => editPerson(smallPlan(), 'p1', { role: 'ghost' }, known.roles, NOW))).toEqual({ code: 'unknown-role', detail: 'ghost' });
    expect(refusal(() => importPeople(smallPlan(), 't1', [{ name: 'Bo', role: 'ghost', ratings: {} }], known.roles, NOW))).toEqual({ code: 'unknown-role', detail: 'ghost' });
  });

  it('edit only the line named, and keep people toggled away who are still within the head count', () => {
    const away = setAway(setAway(smallPlan(), 'l2.0', true, NOW), 'l2.1', true, NOW);
    expect(away.teams[0]!.lines[1]!.away).toEqual([0, 1]);
    const edited = editLine(away, 'l2', { count: 1, seniority: 'lead' }, known.roles, NOW);
    expect(edited.teams[0]!.lines).toEqual([
      { id: 'l1', role: 'r1', seniority: 'senior', count: 1, away: [] },
      { id: 'l2', role: 'r2', seniority: 'lead', count: 1, away: [0] },
    ]);
    expect(editLine(away, 'l2', { seniority: 'junior' }, known.roles, NOW).teams[0]!.lines[1]!.away).toEqual([0, 1]);
  });

  it('keep away positions ascending whatever order they were toggled in', () => {
    const plan = setAway(setAway(smallPlan(), 'l2.1', true, NOW), 'l2.0', true, NOW);
    expect(plan.teams[0]!.lines[1]!.away).toEqual([0, 1]);
  });

  it('toggle one imported person away and leave the others present', () => {
    const plan = importPeople(smallPlan(), 't1', [{ name: 'Bo', role: null, ratings: {} }], known.roles, NOW).plan;
    expect(setAway(plan, 'p2', true, NOW).teams[0]!.people.map((p) => [p.id, p.away])).toEqual([['p1', false], ['p2', true]]);
  });

  it('refuse member keys that name no member: a line without a position, a person with one, a position that is not a whole number', () => {
    expect(refusal(() => setAway(smallPlan(), 'l1', true, NOW))).toEqual({ code: 'unknown-id', detail: 'l1' });
    expect(refusal(() => setAway(smallPlan(), 'p1.0', true, NOW))).toEqual({ code: 'unknown-id', detail: 'p1.0' });
    expect(refusal(() => setAway(smallPlan(), 'l2.x1', true, NOW))).toEqual({ code: 'unknown-id', detail: 'l2.x1' });
    expect(refusal(() => setAway(smallPlan(), 'l2.1x', true, NOW))).toEqual({ code: 'unknown-id', detail: 'l2.1x' });
  });

  it('accept a position with two digits in a big line', () => {
    const { plan } = addLine(smallPlan(), 't1', { role: 'r1', seniority: 'mid', count: 12 }, known.roles, NOW);
    expect(setAway(plan, 'l3.10', true, NOW).teams[0]!.lines[2]!.away).toEqual([10]);
  });

  it('accept exactly the member limit, and refuse one more', () => {
    let plan = smallPlan(); // 4 members
    for (const count of [50, 50, 50, 46]) plan = addLine(plan, 't1', { role: 'r1', seniority: 'mid', count }, known.roles, NOW).plan;
    expect(plan.teams[0]!.lines.reduce((n, l) => n + l.count, 0) + plan.teams[0]!.people.length).toBe(200);
    expect(refusal(() => addLine(plan, 't1', { role: 'r1', seniority: 'mid', count: 1 }, known.roles, NOW))).toEqual({ code: 'too-many-members', detail: '201' });
  });

  it('name the field and the rule in the detail of an invalid change, and in the error message', () => {
    const refused = refusal(() => setInputs(smallPlan(), { ...smallPlan().inputs, qps: -5 }, NOW));
    expect(refused.detail).toBe('inputs.qps');
    try {
      addLine(smallPlan(), 't1', { role: 'r1', seniority: 'mid', count: 0 }, known.roles, NOW);
    } catch (error) {
      expect(error).toBeInstanceOf(PlanError);
      expect((error as Error).name).toBe('PlanError');
      expect((error as Error).message).toBe('count: 0');
    }
    expect.assertions(4);
  });

  it('refuse names that carry an event handler or a script link, with or without spaces, and keep ordinary names', () => {
    for (const name of ['onclick=alert(1)', 'x onmouseover = steal()', 'x onload\t=y', 'javascript:alert(1)']) {
      expect(refusal(() => editPerson(smallPlan(), 'p1', { name }, known.roles, NOW)).code).toBe('invalid');
    }
    for (const name of ['Yoon Ji-ho', 'Ronald O\'Neil', '김하나']) {
      expect(editPerson(smallPlan(), 'p1', { name }, known.roles, NOW).teams[0]!.people[0]!.name).toBe(name);
    }
  });
});
