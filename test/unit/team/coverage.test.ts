import { describe, expect, it } from 'vitest';
import { analyzePlan } from '../../../src/domain/team/analyze';
import { addLine, editLine, importPeople, removeMember, setAway, setInputs } from '../../../src/domain/team/state';
import { NOW, known, knowledge, smallPlan } from '../../fixtures/team';

const allDay = (plan = smallPlan()) => setInputs(plan, { ...plan.inputs, allDay: true }, NOW);
const byLine = (plan = smallPlan()) => Object.fromEntries(analyzePlan(plan, knowledge).coverage.map((c) => [c.skill, c]));

describe('coverage of a hand-checked team (l1: one senior r1, l2: two mid r2, p1: Ana)', () => {
  it('counts doers strongest first, teachers at level 4 and the status of each required line', () => {
    const lines = byLine();
    expect(lines.s1).toMatchObject({ level: 3, people: 2, doers: ['p1', 'l1.0'], teachers: ['p1'], best: 4, status: 'ok' });
    expect(lines.s3).toMatchObject({ level: 3, people: 1, doers: ['l2.0', 'l2.1'], teachers: [], best: 3, status: 'ok' });
    expect(Object.keys(lines)).toEqual(['s1', 's3']);
  });

  it('marks a line held by one person as a single point of failure, even when one is all it asks for', () => {
    const plan = removeMember(smallPlan(), 'p1', NOW);
    expect(byLine(plan).s1).toMatchObject({ doers: ['l1.0'], status: 'single' });
    const one = editLine(smallPlan(), 'l2', { count: 1 }, known.roles, NOW);
    expect(byLine(one).s3).toMatchObject({ doers: ['l2.0'], status: 'single' });
  });

  it('marks a line with more than one holder but fewer than asked for as short', () => {
    const lines = byLine(allDay(addLine(smallPlan(), 't1', { role: 'r1', seniority: 'senior', count: 1 }, known.roles, NOW).plan));
    expect(lines.s2).toMatchObject({ level: 2, people: 3, doers: ['l1.0', 'l3.0'], status: 'short' });
  });

  it('reports a gap when nobody reaches the level', () => {
    const plan = removeMember(removeMember(smallPlan(), 'p1', NOW), 'l1', NOW);
    expect(byLine(plan).s1).toMatchObject({ doers: [], teachers: [], best: 0, status: 'gap' });
  });

  it('does not count members toggled away', () => {
    const plan = setAway(setAway(smallPlan(), 'p1', true, NOW), 'l2.1', true, NOW);
    const lines = byLine(plan);
    expect(lines.s1).toMatchObject({ doers: ['l1.0'], teachers: [], status: 'single' });
    expect(lines.s3).toMatchObject({ doers: ['l2.0'], status: 'single' });
  });

  it('compares each area with its requirement by the smallest margin among its required skills', () => {
    expect(analyzePlan(smallPlan(), knowledge).areas).toEqual([
      { area: 'a1', required: 3, team: 4 },
      { area: 'a2', required: 3, team: 3 },
    ]);
    expect(analyzePlan(allDay(), knowledge).areas[0]).toEqual({ area: 'a1', required: 3, team: 3 });
    const weak = removeMember(removeMember(smallPlan(), 'p1', NOW), 'l1', NOW);
    expect(analyzePlan(weak, knowledge).areas[0]).toEqual({ area: 'a1', required: 3, team: 0 });
  });

  it('lists stages whose owning role nobody present holds, with the contributors who could take them', () => {
    expect(analyzePlan(smallPlan(), knowledge).unownedStages).toEqual([{ stage: 'st2', contributors: ['r1'] }]);
    expect(analyzePlan(setAway(smallPlan(), 'l1.0', true, NOW), knowledge).unownedStages).toEqual([
      { stage: 'st1', contributors: ['r2'] },
      { stage: 'st2', contributors: [] },
    ]);
  });
});

describe('bus factor', () => {
  it('is the number of doers of the thinnest required skill, naming them (ties go to the first skill)', () => {
    expect(analyzePlan(smallPlan(), knowledge).busFactor).toEqual({ size: 2, skill: 's1', who: ['p1', 'l1.0'] });
  });

  it('drops to 1 when a holder leaves and to 0 when a required skill already has nobody', () => {
    expect(analyzePlan(setAway(smallPlan(), 'p1', true, NOW), knowledge).busFactor).toEqual({ size: 1, skill: 's1', who: ['l1.0'] });
    const gap = removeMember(removeMember(smallPlan(), 'p1', NOW), 'l1', NOW);
    expect(analyzePlan(gap, knowledge).busFactor).toEqual({ size: 0, skill: 's1', who: [] });
  });

  it('is null when nothing is required', () => {
    const bare = { ...knowledge, rules: [] };
    expect(analyzePlan(smallPlan(), bare).busFactor).toBeNull();
  });
});

describe('suggestions', () => {
  it('suggest the most junior seniority of the role that relieves the most thin lines', () => {
    const plan = allDay(setAway(smallPlan(), 'p1', true, NOW));
    expect(analyzePlan(plan, knowledge).hires).toEqual([{ role: 'r1', seniority: 'senior', closes: [], relieves: ['s1', 's2'], score: 2 }]);
  });

  it('weigh a closed gap three times a relieved single point of failure', () => {
    const plan = allDay(removeMember(removeMember(smallPlan(), 'p1', NOW), 'l2', NOW));
    // s1: single (l1.0), s2: single (l1.0), s3: gap.
    expect(analyzePlan(plan, knowledge).hires).toEqual([
      { role: 'r2', seniority: 'mid', closes: ['s3'], relieves: [], score: 3 },
      { role: 'r1', seniority: 'senior', closes: [], relieves: ['s1', 's2'], score: 2 },
    ]);
  });

  it('suggest nothing when every line is held', () => {
    expect(analyzePlan(smallPlan(), knowledge).hires).toEqual([]);
  });

  it('pair a teacher at level 4 with the nearest learner for a single point of failure', () => {
    let plan = removeMember(smallPlan(), 'l1', NOW);
    plan = importPeople(plan, 't1', [{ name: 'Bo', role: null, ratings: { s1: 2 } }], known.roles, NOW).plan;
    expect(analyzePlan(plan, knowledge).pairs).toEqual([{ skill: 's1', level: 3, status: 'single', teacher: 'p1', learner: 'p2', from: 2 }]);
  });

  it('offer no pair without a teacher or without a learner within two levels', () => {
    const plan = removeMember(smallPlan(), 'l1', NOW); // Ana teaches s1, but r2 members are at 0.
    expect(analyzePlan(plan, knowledge).pairs).toEqual([]);
    expect(analyzePlan(setAway(smallPlan(), 'p1', true, NOW), knowledge).pairs).toEqual([]);
  });
});
