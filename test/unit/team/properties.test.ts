import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePlan } from '../../../src/domain/team/analyze';
import { decodePlan, encodePlan } from '../../../src/domain/team/codec';
import { decodePlanShare, encodePlanShare } from '../../../src/domain/team/share';
import { planMembers } from '../../../src/domain/team/coverage';
import type { Plan } from '../../../src/domain/team/plan';
import { PlanError, addLine, addTeam, emptyPlan, importPeople, removeMember, setAway, setInputs } from '../../../src/domain/team/state';
import { SENIORITIES, TEAMS } from '../../../src/schemas/constants';
import { NOW, known, knowledge } from '../../fixtures/team';

const roles = Object.keys(knowledge.roles);
const level = fc.integer({ min: 0, max: 5 });
const ratings = fc.record({ s1: level, s2: level, s3: level }, { requiredKeys: [] });
const line = fc.record({ role: fc.constantFrom(...roles), seniority: fc.constantFrom(...SENIORITIES), count: fc.integer({ min: 1, max: 4 }) });

/** One state change, picked by index so it applies to whatever the plan holds at that point. */
const command = fc.oneof(
  fc.record({ kind: fc.constant('line' as const), team: fc.nat(), line }),
  fc.record({ kind: fc.constant('people' as const), team: fc.nat(), people: fc.array(ratings, { minLength: 1, maxLength: 3 }) }),
  fc.record({ kind: fc.constant('team' as const), team: fc.constantFrom(...TEAMS) }),
  fc.record({ kind: fc.constant('away' as const), member: fc.nat(), away: fc.boolean() }),
  fc.record({ kind: fc.constant('remove' as const), member: fc.nat() }),
  fc.record({ kind: fc.constant('allDay' as const), on: fc.boolean() }),
);

type Command = typeof command extends fc.Arbitrary<infer C> ? C : never;

function run(commands: Command[]): Plan {
  let plan = emptyPlan(NOW);
  for (const c of commands) {
    const teamId = plan.teams.length > 0 ? plan.teams[('team' in c && typeof c.team === 'number' ? c.team : 0) % plan.teams.length]!.id : undefined;
    const members = planMembers(plan, knowledge);
    try {
      if (c.kind === 'line' && teamId) plan = addLine(plan, teamId, c.line, known.roles, NOW).plan;
      if (c.kind === 'people' && teamId) plan = importPeople(plan, teamId, c.people.map((r, i) => ({ name: `P ${i}`, role: null, ratings: r })), known.roles, NOW).plan;
      if (c.kind === 'team') plan = addTeam(plan, c.team, NOW).plan;
      if (c.kind === 'away' && members.length > 0) plan = setAway(plan, members[c.member % members.length]!.key, c.away, NOW);
      if (c.kind === 'remove' && members.length > 0) {
        const m = members[c.member % members.length]!;
        plan = removeMember(plan, m.lineId ?? m.key, NOW);
      }
      if (c.kind === 'allDay') plan = setInputs(plan, { ...plan.inputs, allDay: c.on }, NOW);
    } catch (error) {
      if (!(error instanceof PlanError)) throw error;
    }
  }
  return plan;
}

const plans = fc.array(command, { maxLength: 25 }).map(run);

describe('team plan properties', () => {
  it('adding a member never lowers doers, teachers, best levels or area coverage', () => {
    fc.assert(
      fc.property(plans, line, (plan, added) => {
        let bigger: Plan;
        try {
          bigger = addLine(plan, plan.teams[0]?.id ?? 'none', added, known.roles, NOW).plan;
        } catch (error) {
          if (error instanceof PlanError) return;
          throw error;
        }
        const before = analyzePlan(plan, knowledge);
        const after = analyzePlan(bigger, knowledge);
        before.coverage.forEach((c, i) => {
          const d = after.coverage[i]!;
          expect(d.doers.length).toBeGreaterThanOrEqual(c.doers.length);
          expect(d.teachers.length).toBeGreaterThanOrEqual(c.teachers.length);
          expect(d.best).toBeGreaterThanOrEqual(c.best);
        });
        before.areas.forEach((a, i) => expect(after.areas[i]!.team).toBeGreaterThanOrEqual(a.team));
        expect(after.busFactor!.size).toBeGreaterThanOrEqual(before.busFactor!.size);
      }),
      { numRuns: 200 },
    );
  });

  it('removing the only holder of a required skill always leaves a gap', () => {
    fc.assert(
      fc.property(plans, (plan) => {
        for (const line of analyzePlan(plan, knowledge).coverage.filter((c) => c.status === 'single')) {
          const after = analyzePlan(setAway(plan, line.doers[0]!, true, NOW), knowledge);
          expect(after.coverage.find((c) => c.skill === line.skill)!.status).toBe('gap');
          expect(after.busFactor!.size).toBe(0);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('every plan the state functions produce round-trips through the file and the share codecs', async () => {
    await fc.assert(
      fc.asyncProperty(plans, async (plan) => {
        const encoded = encodePlan(plan);
        expect(encoded.ok).toBe(true);
        if (encoded.ok) expect(decodePlan(encoded.text, known)).toEqual({ ok: true, plan, dropped: [] });
        expect(await decodePlanShare(await encodePlanShare(plan), known, NOW)).toEqual({ ok: true, plan, dropped: [] });
      }),
      { numRuns: 100 },
    );
  });

  it('decoding never throws on arbitrary text, JSON or tokens, and accepts nothing that is not a plan', async () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (input) => {
        const result = decodePlan(input, known);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: fc.constantFrom(...'AZaz09-_'.split('')), maxLength: 200 }), async (token) => {
        await expect(decodePlanShare(token, known, NOW)).resolves.toMatchObject({ ok: false });
      }),
      { numRuns: 200 },
    );
  });

  it('a valid plan with one field replaced by any JSON value is refused or still valid, never a crash', () => {
    const encoded = encodePlan(run([{ kind: 'line', team: 0, line: { role: 'r1', seniority: 'mid', count: 2 } }]));
    const valid = JSON.parse(encoded.ok ? encoded.text : '{}');
    const paths = [['inputs', 'qps'], ['teams'], ['teams', 0, 'lines'], ['inputs', 'labelling', 'volume'], ['preset'], ['updatedAt'], ['inputs', 'servingTarget']];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const doc = structuredClone(valid);
        let at = doc;
        for (const key of path.slice(0, -1)) at = at?.[key];
        if (at && typeof at === 'object') at[path.at(-1)!] = value;
        const result = decodePlan(JSON.stringify(doc), known);
        if (result.ok) expect(encodePlan(result.plan).ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
