import { describe, expect, it, vi } from 'vitest';
import { encodePlan } from '../../../src/domain/team/codec';
import { PLAN_STORAGE_KEY, PlanSession } from '../../../src/domain/team/session';
import { decodePlanShare, encodePlanShare } from '../../../src/domain/team/share';
import { addLine, emptyPlan, loadPreset, setAway } from '../../../src/domain/team/state';
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

describe('planner session: what is saved and when', () => {
  const throwingStore = (initial: Record<string, string> = {}) => {
    const inner = memory(initial);
    return { data: inner.data, getItem: inner.getItem, setItem: () => { throw new DOMException('quota', 'QuotaExceededError'); } };
  };

  it('uses the current time when no clock is given', () => {
    vi.useFakeTimers({ now: new Date('2027-03-04T05:06:07.000Z') });
    try {
      expect(new PlanSession(memory(), known).plan.updatedAt).toBe('2027-03-04T05:06:07.000Z');
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps a change on screen and says so when the browser refuses to store it', () => {
    const store = throwingStore({ [PLAN_STORAGE_KEY]: saved() });
    const session = new PlanSession(store, known, clock);
    expect(session.change((p, now) => setAway(p, 'p1', true, now))).toEqual({ ok: true, storageFailed: true });
    expect(session.plan.teams[0]!.people[0]!.away).toBe(true);
    expect(store.data.get(PLAN_STORAGE_KEY)).toBe(saved());
  });

  it('never writes a plan the next load would refuse: a role the atlas lacks is not saved and the reason is returned', () => {
    const store = memory({ [PLAN_STORAGE_KEY]: saved() });
    const session = new PlanSession(store, known, clock);
    const before = session.plan;
    const outcome = session.change((p) => ({ ...p, teams: [{ ...p.teams[0]!, lines: [{ id: 'l9', role: 'ghost', seniority: 'mid', count: 1, away: [] }] }] }));
    expect(outcome).toEqual({ ok: false, unsaved: { ok: false, reason: 'invalid', field: 'roles', message: 'unknown role: ghost' } });
    expect(session.plan).toBe(before);
    expect(store.data.get(PLAN_STORAGE_KEY)).toBe(saved());
  });

  it('keeps a stored draft that names a role the atlas no longer has aside, and starts empty', () => {
    const ghost = smallPlan();
    ghost.teams[0]!.lines[0]!.role = 'ghost';
    const raw = JSON.stringify(ghost);
    const store = memory({ [PLAN_STORAGE_KEY]: raw });
    const session = new PlanSession(store, known, clock);
    expect(session.plan).toEqual(emptyPlan(NOW));
    expect(session.notices).toEqual([{ kind: 'corrupt', backupKey: `${PLAN_STORAGE_KEY}.corrupt-2026-12-02T10:00:00.000Z` }]);
    expect(store.data.get(`${PLAN_STORAGE_KEY}.corrupt-2026-12-02T10:00:00.000Z`)).toBe(raw);
  });

  it('returns a refused preset with its reason and keeps no copy; a programming error is not hidden', () => {
    const store = memory({ [PLAN_STORAGE_KEY]: saved() });
    const session = new PlanSession(store, known, clock);
    const bad = { id: 'x', requirements: emptyPlan(NOW).inputs, teams: [{ team: 'model' as const, members: [{ role: 'r1', seniority: 'mid' as const, count: 0 }] }] };
    expect(session.replace((now) => loadPreset(bad, now))).toEqual({ ok: false, refused: 'count', detail: '0' });
    expect([...store.data.keys()]).toEqual([PLAN_STORAGE_KEY]);
    expect(() => session.replace(() => { throw new TypeError('bug'); })).toThrow(TypeError);
    expect(() => session.change(() => { throw new TypeError('bug'); })).toThrow(TypeError);
    expect(store.data.get(PLAN_STORAGE_KEY)).toBe(saved());
  });

  it('saves nothing and copies nothing while a shared plan is shown, whatever the user does to it', async () => {
    const store = memory({ [PLAN_STORAGE_KEY]: saved(emptyPlan(NOW)) });
    const session = new PlanSession(store, known, clock);
    session.openShared(await decodePlanShare(await encodePlanShare(smallPlan()), known, NOW));
    expect(session.change((p, now) => setAway(p, 'p1', true, now))).toEqual({ ok: true });
    expect(session.replace((now) => emptyPlan(now))).toEqual({ ok: true });
    expect([...store.data.entries()]).toEqual([[PLAN_STORAGE_KEY, saved(emptyPlan(NOW))]]);
    expect(session.viewingShared).toBe(true);
  });

  it('leaves the shared view after discarding, keeping or importing, and keeping copies under their own names', async () => {
    const store = memory({ [PLAN_STORAGE_KEY]: saved(emptyPlan(NOW)) });
    const session = new PlanSession(store, known, clock);
    const shared = await decodePlanShare(await encodePlanShare(smallPlan()), known, NOW);
    session.openShared(shared);
    session.discardShared();
    expect(session.viewingShared).toBe(false);
    session.openShared(shared);
    expect(session.keepShared()).toEqual({ ok: true });
    expect(session.viewingShared).toBe(false);
    expect(store.data.get(`${PLAN_STORAGE_KEY}.before-share-2026-12-02T10:00:00.000Z`)).toBe(saved(emptyPlan(NOW)));
    session.openShared(shared);
    expect(session.importText(saved(emptyPlan(NOW)))).toEqual({ ok: true, dropped: [] });
    expect(session.viewingShared).toBe(false);
    expect(store.data.get(PLAN_STORAGE_KEY)).toBe(saved(emptyPlan(NOW)));
  });

  it('does nothing when asked to keep a shared plan while none is shown', () => {
    const store = memory({ [PLAN_STORAGE_KEY]: saved() });
    const session = new PlanSession(store, known, clock);
    expect(session.keepShared()).toEqual({ ok: true });
    expect([...store.data.entries()]).toEqual([[PLAN_STORAGE_KEY, saved()]]);
  });

  it('drops a blueprint the atlas does not have from a stored draft, an imported file or a link, and says so', async () => {
    const unknown = { ...smallPlan(), preset: 'gone' };
    const store = memory({ [PLAN_STORAGE_KEY]: saved(unknown) });
    const session = new PlanSession(store, known, clock);
    expect(session.notices).toEqual([{ kind: 'preset-dropped', id: 'gone' }]);
    expect(session.plan.preset).toBeNull();
    expect(session.importText(saved({ ...smallPlan(), preset: 'no-such-blueprint' }))).toEqual({ ok: true, dropped: [], droppedPreset: 'no-such-blueprint' });
    expect(JSON.parse(store.data.get(PLAN_STORAGE_KEY)!).preset).toBeNull();
    const draft = store.data.get(PLAN_STORAGE_KEY);
    expect(session.openShared(await decodePlanShare(await encodePlanShare(unknown), known, NOW))).toEqual({ ok: true, dropped: [], droppedPreset: 'gone' });
    expect(store.data.get(PLAN_STORAGE_KEY)).toBe(draft);
  });

  it('reports the skills an imported file rated that the atlas does not have', () => {
    const plan = smallPlan();
    plan.teams[0]!.people[0]!.ratings = { s1: 4, gone: 1 };
    const session = new PlanSession(memory(), known, clock);
    expect(session.importText(JSON.stringify(plan))).toEqual({ ok: true, dropped: ['gone'] });
  });
});
