import { describe, expect, it } from 'vitest';
import { encodePlan } from '../../../src/domain/team/codec';
import { PLAN_STORAGE_KEY, PlanSession } from '../../../src/domain/team/session';
import { decodePlanShare, encodePlanShare } from '../../../src/domain/team/share';
import { addLine, emptyPlan, setAway } from '../../../src/domain/team/state';
import { NOW, known, smallPlan } from '../../fixtures/team';
import { memory } from '../../support/memory-store';

/** An in-memory Web Storage. */
const saved = (plan = smallPlan()) => (encodePlan(plan) as { text: string }).text;
const clock = () => NOW;

describe('planner session', () => {
  it('starts empty without a draft and keeps a corrupt draft aside, telling the user', () => {
    expect(new PlanSession(memory(), known, clock).plan).toEqual(emptyPlan(NOW));
    const store = memory({ [PLAN_STORAGE_KEY]: '{ broken' });
    const session = new PlanSession(store, known, clock);
    expect(session.notices).toEqual([{ kind: 'corrupt', backupKey: `${PLAN_STORAGE_KEY}.corrupt-2026-12-02T10:00:00.000Z` }]);
    expect(store.data.get(`${PLAN_STORAGE_KEY}.corrupt-2026-12-02T10:00:00.000Z`)).toBe('{ broken');
  });

  it('saves each change, and a refused change leaves plan and storage as they were', () => {
    const store = memory({ [PLAN_STORAGE_KEY]: saved() });
    const session = new PlanSession(store, known, clock);
    expect(session.change((p, now) => setAway(p, 'p1', true, now))).toEqual({ ok: true });
    const after = store.data.get(PLAN_STORAGE_KEY);
    expect(JSON.parse(after!).teams[0].people[0].away).toBe(true);
    const plan = session.plan;
    expect(session.change((p, now) => addLine(p, 't1', { role: 'r1', seniority: 'mid', count: 10_000 }, known.roles, now).plan)).toEqual({ ok: false, refused: 'count', detail: '10000' });
    expect(session.plan).toBe(plan);
    expect(store.data.get(PLAN_STORAGE_KEY)).toBe(after);
  });

  it('keeps a copy of the draft before a preset, an empty plan or an import replaces it', () => {
    const store = memory({ [PLAN_STORAGE_KEY]: saved() });
    const session = new PlanSession(store, known, clock);
    session.replace((now) => emptyPlan(now));
    expect(store.data.get(`${PLAN_STORAGE_KEY}.before-replace-2026-12-02T10:00:00.000Z`)).toBe(saved());
    expect(session.importText('{"format":"ai-team-atlas/team-plan","version":9}')).toEqual({ ok: false, bad: { ok: false, reason: 'unsupported-version', version: 9 } });
    expect(session.importText(saved())).toEqual({ ok: true, dropped: [] });
    expect(store.data.get(`${PLAN_STORAGE_KEY}.before-import-2026-12-02T10:00:00.000Z`)).toBe(saved(emptyPlan(NOW)));
  });

  it('shows a shared plan without saving it until it is kept, and can go back to the draft', async () => {
    const store = memory({ [PLAN_STORAGE_KEY]: saved(emptyPlan(NOW)) });
    const session = new PlanSession(store, known, clock);
    const shared = await decodePlanShare(await encodePlanShare(smallPlan()), known, NOW);
    expect(session.openShared(shared)).toEqual({ ok: true, dropped: [] });
    session.change((p, now) => setAway(p, 'p1', true, now));
    expect(store.data.get(PLAN_STORAGE_KEY)).toBe(saved(emptyPlan(NOW)));
    session.discardShared();
    expect(session.plan).toEqual(emptyPlan(NOW));
    session.openShared(shared);
    expect(session.keepShared()).toEqual({ ok: true });
    expect(JSON.parse(store.data.get(PLAN_STORAGE_KEY)!).teams[0].people[0].name).toBe('Ana');
    expect(session.openShared({ ok: false, reason: 'malformed' })).toEqual({ ok: false, bad: { ok: false, reason: 'malformed' } });
  });
});
