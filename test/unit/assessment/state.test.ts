import { describe, expect, it } from 'vitest';
import { emptyAssessment } from '../../../src/domain/assessment/codec';
import type { Assessment } from '../../../src/domain/assessment/schema';
import { clearRatings, deleteSnapshot, keepShared, rate, restoreSnapshot, setEvidence, setMode, setName, setTarget, takeSnapshot } from '../../../src/domain/assessment/state';

const known = new Set(['monitoring', 'gpu-programming']);
const T0 = new Date('2026-12-01T00:00:00.000Z');
const NOW = new Date('2026-12-02T10:00:00.000Z');
const rated = (ratings: Record<string, number>, snapshots = 0): Assessment => ({
  ...emptyAssessment(T0),
  ratings,
  snapshots: Array.from({ length: snapshots }, (_, i) => ({ at: T0.toISOString(), label: `s${i}`, ratings: { monitoring: 1 } })),
});

describe('assessment state changes', () => {
  it('start from an empty assessment with expectations shown', () => {
    expect(emptyAssessment(T0)).toEqual({
      format: 'ai-team-atlas/assessment', version: 2, ratings: {}, target: null, hideExpectations: false, snapshots: [], updatedAt: '2026-12-01T00:00:00.000Z',
    });
  });

  it('accept the levels 0 and 5 and refuse −1', () => {
    expect(rate(rated({}), 'monitoring', 0, known, NOW)).toMatchObject({ ok: true, state: { ratings: { monitoring: 0 } } });
    expect(rate(rated({}), 'monitoring', 5, known, NOW)).toMatchObject({ ok: true, state: { ratings: { monitoring: 5 } } });
    expect(rate(rated({}), 'monitoring', -1, known, NOW)).toEqual({ ok: false, reason: 'bad-level' });
  });

  it('set the target and the form mode, keeping the ratings and stamping the time', () => {
    const target = { role: 'modeler', seniority: 'mid' as const };
    expect(setTarget(rated({ monitoring: 2 }), target, NOW)).toEqual({ ...rated({ monitoring: 2 }), target, updatedAt: '2026-12-02T10:00:00.000Z' });
    expect(setMode(rated({ monitoring: 2 }), 'quick', NOW)).toEqual({ ...rated({ monitoring: 2 }), mode: 'quick', updatedAt: '2026-12-02T10:00:00.000Z' });
  });

  it('refuse to delete a snapshot at a negative or fractional index', () => {
    expect(deleteSnapshot(rated({}, 3), -1, NOW)).toEqual({ ok: false, reason: 'no-snapshot' });
    expect(deleteSnapshot(rated({}, 3), 1.5, NOW)).toEqual({ ok: false, reason: 'no-snapshot' });
  });

  it('clear ratings by keeping them as a snapshot first; clearing nothing adds no snapshot', () => {
    expect(clearRatings(rated({ monitoring: 3 }, 1), NOW)).toEqual({
      ok: true,
      state: { ...rated({}, 1), snapshots: [...rated({}, 1).snapshots, { at: '2026-12-02T10:00:00.000Z', ratings: { monitoring: 3 } }], updatedAt: '2026-12-02T10:00:00.000Z' },
    });
    expect(clearRatings(rated({}, 100), NOW)).toEqual({ ok: true, state: { ...rated({}, 100), updatedAt: '2026-12-02T10:00:00.000Z' } });
    expect(clearRatings(rated({ monitoring: 3 }, 100), NOW)).toEqual({ ok: false, reason: 'snapshot-limit' });
  });

  it('keep a shared profile: the current ratings become a snapshot, up to the limit; with no ratings, no snapshot and no limit', () => {
    const shared = { ratings: { 'gpu-programming': 4 }, target: null, evidence: { 'gpu-programming': { note: 'CUDA' } } };
    const kept = keepShared(rated({ monitoring: 2 }, 99), shared, NOW);
    expect(kept.ok && kept.state.snapshots.at(-1)).toEqual({ at: '2026-12-02T10:00:00.000Z', ratings: { monitoring: 2 } });
    expect(kept.ok && kept.state.evidence).toEqual({ 'gpu-programming': { note: 'CUDA' } });
    expect(keepShared(rated({ monitoring: 2 }, 100), shared, NOW)).toEqual({ ok: false, reason: 'snapshot-limit' });
    const fresh = keepShared(rated({}, 100), shared, NOW);
    expect(fresh.ok && fresh.state.snapshots).toHaveLength(100);
    expect(fresh.ok && fresh.state.ratings).toEqual({ 'gpu-programming': 4 });
  });

  it('accept three links and a link of 300 characters, refuse a fourth link and a 301-character one', () => {
    const three = 'https://a.example/1\nhttps://a.example/2\nhttps://a.example/3';
    expect(setEvidence(rated({ monitoring: 1 }), 'monitoring', '', three, known, NOW)).toMatchObject({ ok: true, state: { evidence: { monitoring: { links: three.split('\n') } } } });
    const url300 = `https://a.example/${'x'.repeat(300 - 18)}`;
    expect(url300).toHaveLength(300);
    expect(setEvidence(rated({ monitoring: 1 }), 'monitoring', '', url300, known, NOW)).toMatchObject({ ok: true });
    expect(setEvidence(rated({ monitoring: 1 }), 'monitoring', '', `${url300}x`, known, NOW)).toEqual({ ok: false, reason: 'bad-link' });
  });
});

describe('evidence links', () => {
  it('refuse a line that only contains a link, or a link followed by more text', () => {
    expect(setEvidence(rated({ monitoring: 1 }), 'monitoring', '', 'see https://a.example/x', known, NOW)).toEqual({ ok: false, reason: 'bad-link' });
    expect(setEvidence(rated({ monitoring: 1 }), 'monitoring', '', 'https://a.example/x <b>', known, NOW)).toEqual({ ok: false, reason: 'bad-link' });
  });
});

describe('evidence backs a rating', () => {
  it('refuses evidence for a skill not rated yet, but always lets it be removed', () => {
    expect(setEvidence(rated({}), 'monitoring', 'ran the on-call rota', '', known, NOW)).toEqual({ ok: false, reason: 'not-rated' });
    expect(setEvidence(rated({}), 'monitoring', '', 'https://a.example/x', known, NOW)).toEqual({ ok: false, reason: 'not-rated' });
    expect(setEvidence(rated({ monitoring: 0 }), 'monitoring', 'ran the on-call rota', '', known, NOW)).toMatchObject({ ok: true, state: { evidence: { monitoring: { note: 'ran the on-call rota' } } } });
    const orphan = { ...rated({}), evidence: { monitoring: { note: 'old' } } };
    expect(setEvidence(orphan, 'monitoring', '', '', known, NOW)).toEqual({ ok: true, state: { ...rated({}), evidence: {}, updatedAt: '2026-12-02T10:00:00.000Z' } });
  });
});

describe('replacing ratings keeps the evidence with them', () => {
  const mine: Assessment = { ...rated({ monitoring: 2 }, 1), evidence: { monitoring: { note: 'dashboards' } }, name: 'Ana' };
  const snapshotOfMine = { at: '2026-12-02T10:00:00.000Z', ratings: { monitoring: 2 }, evidence: { monitoring: { note: 'dashboards' } } };

  it('keeping a shared profile without evidence leaves no old evidence on the new ratings; the old evidence goes into the snapshot', () => {
    const kept = keepShared(mine, { ratings: { 'gpu-programming': 4 }, target: null }, NOW);
    expect(kept).toEqual({
      ok: true,
      state: { ...rated({ 'gpu-programming': 4 }, 1), snapshots: [...rated({}, 1).snapshots, snapshotOfMine], updatedAt: '2026-12-02T10:00:00.000Z' },
    });
  });

  it('keeping a shared profile takes its evidence, target and name', () => {
    const target = { role: 'modeler', seniority: 'mid' as const };
    const kept = keepShared(mine, { ratings: { 'gpu-programming': 4 }, target, evidence: { 'gpu-programming': { note: 'CUDA' } }, name: 'Bo' }, NOW);
    expect(kept.ok && [kept.state.ratings, kept.state.evidence, kept.state.target, kept.state.name]).toEqual([{ 'gpu-programming': 4 }, { 'gpu-programming': { note: 'CUDA' } }, target, 'Bo']);
  });

  it('restores a snapshot: its ratings and evidence become current, and what was current is kept as a snapshot', () => {
    const kept = keepShared(mine, { ratings: { 'gpu-programming': 4 }, target: null }, NOW);
    const back = kept.ok ? restoreSnapshot(kept.state, 1, new Date('2026-12-03T00:00:00.000Z')) : kept;
    expect(back.ok && back.state.ratings).toEqual({ monitoring: 2 });
    expect(back.ok && back.state.evidence).toEqual({ monitoring: { note: 'dashboards' } });
    expect(back.ok && back.state.snapshots.map((s) => [s.at, s.ratings, s.evidence])).toEqual([
      ['2026-12-01T00:00:00.000Z', { monitoring: 1 }, undefined],
      ['2026-12-02T10:00:00.000Z', { monitoring: 2 }, { monitoring: { note: 'dashboards' } }],
      ['2026-12-03T00:00:00.000Z', { 'gpu-programming': 4 }, undefined],
    ]);
    expect(restoreSnapshot(mine, 5, NOW)).toEqual({ ok: false, reason: 'no-snapshot' });
    expect(restoreSnapshot(mine, 0.5, NOW)).toEqual({ ok: false, reason: 'no-snapshot' });
    expect(restoreSnapshot({ ...mine, snapshots: rated({}, 100).snapshots }, 0, NOW)).toEqual({ ok: false, reason: 'snapshot-limit' });
  });

  it('clearing ratings clears their evidence too, keeping both in the snapshot; a snapshot keeps the evidence of its time', () => {
    const cleared = clearRatings(mine, NOW);
    expect(cleared.ok && cleared.state.evidence).toBeUndefined();
    expect(cleared.ok && cleared.state.snapshots.at(-1)).toEqual(snapshotOfMine);
    const taken = takeSnapshot(mine, 'then', NOW);
    expect(taken.ok && taken.state.snapshots.at(-1)).toEqual({ ...snapshotOfMine, label: 'then' });
  });

  it('clearing keeps evidence saved without a rating (files from before evidence needed one) as a snapshot', () => {
    const legacy: Assessment = { ...rated({}), evidence: { monitoring: { note: 'Grafana board' } } };
    const cleared = clearRatings(legacy, NOW);
    expect(cleared.ok && cleared.state.snapshots).toEqual([{ at: '2026-12-02T10:00:00.000Z', ratings: {}, evidence: { monitoring: { note: 'Grafana board' } } }]);
  });
});

describe('the name on the chart', () => {
  it('is trimmed, and an empty name removes it', () => {
    const named = setName(rated({}), '  Kim Min-ji  ', NOW);
    expect(named).toEqual({ ok: true, state: { ...rated({}), name: 'Kim Min-ji', updatedAt: '2026-12-02T10:00:00.000Z' } });
    expect(named.ok && setName(named.state, '   ', NOW)).toEqual({ ok: true, state: { ...rated({}), updatedAt: '2026-12-02T10:00:00.000Z' } });
  });

  it('accepts 80 characters, markup and Korean as text, and refuses 81 characters or control characters', () => {
    expect(setName(rated({}), 'x'.repeat(80), NOW).ok).toBe(true);
    expect(setName(rated({}), '<img src=x onerror=alert(1)> 김민지 {date}', NOW)).toMatchObject({ ok: true, state: { name: '<img src=x onerror=alert(1)> 김민지 {date}' } });
    expect(setName(rated({}), 'x'.repeat(81), NOW)).toEqual({ ok: false, reason: 'name-too-long' });
    expect(setName(rated({}), 'Ana\nKim', NOW)).toEqual({ ok: false, reason: 'bad-name' });
    expect(setName(rated({}), 'Ana\tKim', NOW)).toEqual({ ok: false, reason: 'bad-name' });
    expect(setName(rated({}), 'Ana \u202Emik', NOW)).toEqual({ ok: false, reason: 'bad-name' });
  });
});
