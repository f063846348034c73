/**
 * The planner's promise that nothing saved is lost, as a property: random sequences of what a team lead does
 * (edit, load a preset or an empty plan, import a file, open a share link and keep or discard it, reload)
 * run through the session and its storage. After every step the saved draft loads back equal to what the
 * page shows, and every draft that a preset, an import or a kept link replaced is still stored as a copy.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePlan, encodePlan } from '../../../src/domain/team/codec';
import { PLAN_STORAGE_KEY, PlanSession } from '../../../src/domain/team/session';
import { decodePlanShare, encodePlanShare } from '../../../src/domain/team/share';
import { addLine, addTeam, emptyPlan, importPeople, loadPreset, removeMember, setAway, setInputs } from '../../../src/domain/team/state';
import { planMembers } from '../../../src/domain/team/coverage';
import { SENIORITIES, TEAMS } from '../../../src/schemas/constants';
import { NOW, known, knowledge, smallPlan } from '../../fixtures/team';
import { memory } from '../../support/memory-store';

type Op =
  | { kind: 'line'; role: string; count: number }
  | { kind: 'person'; name: string; s1: number }
  | { kind: 'team'; team: (typeof TEAMS)[number] }
  | { kind: 'away'; member: number; away: boolean }
  | { kind: 'remove'; member: number }
  | { kind: 'allDay'; on: boolean }
  | { kind: 'preset'; count: number }
  | { kind: 'empty' }
  | { kind: 'import'; text: string }
  | { kind: 'share'; keep: boolean; edit: boolean }
  | { kind: 'badShare' }
  | { kind: 'reload' };

const fileArb = fc.oneof(
  fc.constant('small'),
  fc.string(),
  fc.json(),
  fc.constant('{"format":"ai-team-atlas/team-plan","version":2}'),
);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('line' as const), role: fc.constantFrom('r1', 'r2', 'r3', 'ghost'), count: fc.integer({ min: 0, max: 60 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('person' as const), name: fc.string({ unit: 'grapheme', maxLength: 90 }), s1: fc.integer({ min: 0, max: 5 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('team' as const), team: fc.constantFrom(...TEAMS) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('away' as const), member: fc.nat(), away: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), member: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('allDay' as const), on: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('preset' as const), count: fc.integer({ min: 0, max: 3 }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'empty' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('import' as const), text: fileArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('share' as const), keep: fc.boolean(), edit: fc.boolean() }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'badShare' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'reload' as const }) },
);

function clock() {
  let t = NOW.getTime();
  return () => new Date((t += 1000));
}

const storedValues = (store: ReturnType<typeof memory>) => new Set(store.data.values());

describe('random sequences of planner operations', () => {
  it('always leave a saved draft that loads back equal to the page, and never lose a replaced draft', async () => {
    const sharedToken = await encodePlanShare(smallPlan());
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { maxLength: 30 }), async (ops) => {
        const store = memory();
        const tick = clock();
        let session = new PlanSession(store, known, tick);
        /** Raw drafts that a whole-plan replacement superseded: each must stay somewhere in storage. */
        const replaced: string[] = [];
        /** Notes the draft a whole-plan replacement superseded, once it has succeeded. */
        const replacing = (prior: string | undefined, outcome: { ok: boolean }) => {
          if (prior !== undefined && outcome.ok) replaced.push(prior);
        };
        for (const op of ops) {
          const prior = session.viewingShared ? undefined : store.data.get(PLAN_STORAGE_KEY);
          const members = planMembers(session.plan, knowledge);
          const team = session.plan.teams[0]?.id ?? 'none';
          switch (op.kind) {
            case 'line': session.change((p, now) => addLine(p, team, { role: op.role, seniority: 'mid', count: op.count }, known.roles, now).plan); break;
            case 'person': session.change((p, now) => importPeople(p, team, [{ name: op.name, role: null, ratings: { s1: op.s1 } }], known.roles, now).plan); break;
            case 'team': session.change((p, now) => addTeam(p, op.team, now).plan); break;
            case 'away': if (members.length > 0) session.change((p, now) => setAway(p, members[op.member % members.length]!.key, op.away, now)); break;
            case 'remove': if (members.length > 0) session.change((p, now) => removeMember(p, members[op.member % members.length]!.lineId ?? members[op.member % members.length]!.key, now)); break;
            case 'allDay': session.change((p, now) => setInputs(p, { ...p.inputs, allDay: op.on }, now)); break;
            case 'preset': {
              const preset = { id: 'cards', requirements: emptyPlan(NOW).inputs, teams: [{ team: 'model' as const, members: [{ role: 'r1', seniority: SENIORITIES[op.count % 4]!, count: op.count }] }] };
              const outcome = session.replace((now) => loadPreset(preset, now));
              if (op.count === 0) expect(outcome).toEqual({ ok: false, refused: 'count', detail: '0' });
              replacing(prior, outcome);
              break;
            }
            case 'empty': replacing(prior, session.replace((now) => emptyPlan(now))); break;
            case 'import': {
              const text = op.text === 'small' ? (encodePlan(smallPlan()) as { text: string }).text : op.text;
              const before = new Map(store.data);
              const outcome = session.importText(text);
              if (!outcome.ok) expect(store.data).toEqual(before);
              replacing(prior, outcome);
              break;
            }
            case 'share': {
              const before = new Map(store.data);
              expect(session.openShared(await decodePlanShare(sharedToken, known, tick()))).toEqual({ ok: true, dropped: [] });
              if (op.edit) session.change((p, now) => setAway(p, 'p1', true, now));
              expect(store.data).toEqual(before);
              if (op.keep) {
                const outcome = session.keepShared();
                expect(outcome).toEqual({ ok: true });
                replacing(prior, outcome);
              } else {
                session.discardShared();
              }
              expect(session.viewingShared).toBe(false);
              break;
            }
            case 'badShare': {
              const before = new Map(store.data);
              const shown = session.plan;
              expect(session.openShared(await decodePlanShare('AAAA', known, NOW))).toMatchObject({ ok: false });
              expect(session.plan).toBe(shown);
              expect(store.data).toEqual(before);
              break;
            }
            case 'reload': {
              const shown = session.plan;
              const wasShared = session.viewingShared;
              const hadDraft = store.data.has(PLAN_STORAGE_KEY);
              session = new PlanSession(store, known, tick);
              expect(session.notices).toEqual([]);
              if (hadDraft && !wasShared) expect(session.plan).toEqual(shown);
              break;
            }
          }
          const raw = store.data.get(PLAN_STORAGE_KEY);
          if (raw !== undefined) {
            const decoded = decodePlan(raw, known);
            expect(decoded.ok).toBe(true);
            if (decoded.ok && !session.viewingShared) expect(decoded.plan).toEqual(session.plan);
          }
          const values = storedValues(store);
          for (const old of replaced) expect(values.has(old)).toBe(true);
        }
      }),
      { numRuns: 120 },
    );
  });
});
