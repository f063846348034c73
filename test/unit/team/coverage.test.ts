import { describe, expect, it } from 'vitest';
import { analyzePlan } from '../../../src/domain/team/analyze';
import { addLine, editLine, emptyPlan, importPeople, removeMember, setAway, setInputs } from '../../../src/domain/team/state';
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

describe('coverage details', () => {
  it('give a nominal member the levels their role expects at their seniority, leaving out skills at 0', () => {
    const members = analyzePlan(smallPlan(), knowledge).members;
    expect(members.map((m) => [m.key, m.levels])).toEqual([
      ['l1.0', { s1: 3, s2: 2 }],
      ['l2.0', { s3: 3 }],
      ['l2.1', { s3: 3 }],
      ['p1', { s1: 4, s3: 1 }],
    ]);
  });

  it('name the rules behind each required line and take the best level from present members only', () => {
    const lines = byLine(allDay());
    expect(lines.s1!.rules).toEqual(['always']);
    expect(lines.s2!.rules).toEqual(['all-day']);
    expect(byLine(setAway(smallPlan(), 'p1', true, NOW)).s1!.best).toBe(3);
  });

  it('list required lines in area order (the radar order), not by skill id', () => {
    const reordered = { ...knowledge, areas: ['a2', 'a1'], skills: [{ id: 's3', area: 'a2' }, { id: 's1', area: 'a1' }, { id: 's2', area: 'a1' }] };
    expect(analyzePlan(smallPlan(), reordered).coverage.map((c) => c.skill)).toEqual(['s3', 's1']);
    const reordered3 = { ...reordered, skills: [{ id: 's3', area: 'a2' }, { id: 's2', area: 'a1' }, { id: 's1', area: 'a1' }] };
    expect(analyzePlan(allDay(), reordered3).coverage.map((c) => c.skill)).toEqual(['s3', 's2', 's1']);
    const s2First = { ...knowledge, skills: [{ id: 's2', area: 'a1' }, { id: 's1', area: 'a1' }, { id: 's3', area: 'a2' }] };
    expect(analyzePlan(allDay(), s2First).coverage.map((c) => c.skill)).toEqual(['s2', 's1', 's3']);
    // Both lines have two doers: the bus factor still names the first skill by id.
    expect(analyzePlan(smallPlan(), reordered).busFactor).toEqual({ size: 2, skill: 's1', who: ['p1', 'l1.0'] });
  });

  it('show the best present level of an area nothing requires, counting only that area’s skills', () => {
    const onlyS1 = { ...knowledge, rules: [{ id: 'one', when: {}, requires: [{ skill: 's1', level: 3, people: 1 }] }] };
    // a2 is required by nothing: its value is the best s3 among present members (the two r2 at 3), not Ana's s1 of 4.
    expect(analyzePlan(smallPlan(), onlyS1).areas).toEqual([{ area: 'a1', required: 3, team: 4 }, { area: 'a2', required: 0, team: 3 }]);
    const r2Away = setAway(setAway(smallPlan(), 'l2.0', true, NOW), 'l2.1', true, NOW);
    expect(analyzePlan(r2Away, onlyS1).areas[1]).toEqual({ area: 'a2', required: 0, team: 1 });
  });

  it('count a stage as owned when any one of its owning roles is present', () => {
    const shared = { ...knowledge, stages: [{ id: 'st3', owners: ['r3', 'r1'], contributors: ['r2'] }] };
    expect(analyzePlan(smallPlan(), shared).unownedStages).toEqual([]);
  });
});

describe('suggestion details', () => {
  const only = (...requires: { skill: string; level: number; people: number }[]) => ({ ...knowledge, rules: [{ id: 'x', when: {}, requires }] });
  const people = (...list: [string, Record<string, number>][]) => importPeople(emptyPlan(NOW), 't1', list.map(([name, ratings]) => ({ name, role: null, ratings })), known.roles, NOW).plan;

  it('keep the seniority of a role that fixes most, even when a more junior one already fixes something', () => {
    // s2 at 1 is a gap a mid r1 closes (score 3); a senior r1 also closes the s1 gap at 3 (score 6).
    const plan = emptyPlan(NOW);
    expect(analyzePlan(plan, only({ skill: 's1', level: 3, people: 1 }, { skill: 's2', level: 1, people: 1 })).hires[0]).toEqual({ role: 'r1', seniority: 'senior', closes: ['s1', 's2'], relieves: [], score: 6 });
  });

  it('put the more junior suggestion first between two roles that fix as much, whatever their ids', () => {
    // s1 at 1: r1 closes it as a junior, r3 only as a senior; both score 3.
    expect(analyzePlan(emptyPlan(NOW), only({ skill: 's1', level: 1, people: 1 })).hires).toEqual([
      { role: 'r1', seniority: 'junior', closes: ['s1'], relieves: [], score: 3 },
      { role: 'r3', seniority: 'senior', closes: ['s1'], relieves: [], score: 3 },
    ]);
    const swapped = { ...only({ skill: 's1', level: 1, people: 1 }), roles: { ra: { team: 'model' as const, expectations: { s1: [0, 0, 1, 1] } }, rb: { team: 'model' as const, expectations: { s1: [1, 1, 1, 1] } } } };
    expect(analyzePlan(emptyPlan(NOW), swapped).hires.map((h) => [h.role, h.seniority])).toEqual([['rb', 'junior'], ['ra', 'senior']]);
  });

  it('suggest at most three hires, the best ones', () => {
    const four = { ...only({ skill: 's1', level: 1, people: 1 }), roles: Object.fromEntries(['rd', 'rc', 'rb', 'ra'].map((id) => [id, { team: 'model' as const, expectations: { s1: [1, 1, 1, 1] } }])) };
    expect(analyzePlan(emptyPlan(NOW), four).hires.map((h) => h.role)).toEqual(['ra', 'rb', 'rc']);
  });

  it('offer no training pair for a line that is already held well', () => {
    // s1 is ok (Ana 4 and l1.0 3); Bo at 2 could learn, but nothing needs fixing.
    const plan = importPeople(smallPlan(), 't1', [{ name: 'Bo', role: null, ratings: { s1: 2 } }], known.roles, NOW).plan;
    expect(analyzePlan(plan, knowledge).pairs).toEqual([]);
  });

  it('let a level-4 teacher close a level-5 gap', () => {
    const plan = people(['Ana', { s1: 4 }], ['Bo', { s1: 3 }]);
    expect(analyzePlan(plan, only({ skill: 's1', level: 5, people: 1 })).pairs).toEqual([{ skill: 's1', level: 5, status: 'gap', teacher: 'p1', learner: 'p2', from: 3 }]);
  });

  it('pick the strongest present learner who is not the teacher, nor already holds the line, nor is away', () => {
    let plan = people(['Ana', { s1: 5 }], ['Bo', { s1: 2 }], ['Cy', { s1: 3 }], ['Di', { s1: 4 }]);
    const line = only({ skill: 's1', level: 4, people: 3 });
    // s1 is short (Ana 5 and Di 4 hold it): the teacher is Ana, the learner Cy (3) rather than Bo (2).
    expect(analyzePlan(plan, line).pairs).toEqual([{ skill: 's1', level: 4, status: 'short', teacher: 'p1', learner: 'p3', from: 3 }]);
    plan = setAway(plan, 'p3', true, NOW);
    expect(analyzePlan(plan, line).pairs).toEqual([{ skill: 's1', level: 4, status: 'short', teacher: 'p1', learner: 'p2', from: 2 }]);
  });

  it('accept a learner exactly two levels below the line, and no pair without a teacher', () => {
    expect(analyzePlan(people(['Ana', { s1: 4 }], ['Bo', { s1: 1 }]), only({ skill: 's1', level: 3, people: 2 })).pairs)
      .toEqual([{ skill: 's1', level: 3, status: 'single', teacher: 'p1', learner: 'p2', from: 1 }]);
    expect(analyzePlan(people(['Ana', { s1: 3 }], ['Bo', { s1: 2 }]), only({ skill: 's1', level: 3, people: 2 })).pairs).toEqual([]);
  });
});
