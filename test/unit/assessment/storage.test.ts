import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyAssessment } from '../../../src/domain/assessment/codec';
import { STORAGE_KEY, load, save } from '../../../src/domain/assessment/storage';
import { memory } from '../../support/memory-store';

const known = new Set(['model-conversion', 'model-compression']);
const now = new Date('2026-07-01T00:00:00Z');
describe('assessment storage', () => {
  it('starts empty when nothing is saved', () => {
    expect(load(memory(), known, now)).toEqual({ assessment: emptyAssessment(now), notices: [] });
  });

  it('saves and loads the same assessment', () => {
    const store = memory();
    const a = { ...emptyAssessment(now), ratings: { 'model-conversion': 2 } };
    expect(save(store, a, known)).toEqual({ ok: true });
    expect(load(store, known, now).assessment).toEqual(a);
  });

  it('migrates version 1, keeping the original under a backup key', () => {
    const v1 = readFileSync('test/fixtures/assessment/v1.json', 'utf8');
    const store = memory({ [STORAGE_KEY]: v1 });
    const { assessment, notices } = load(store, known, now);
    expect(assessment.ratings).toEqual({ 'model-conversion': 3, 'model-compression': 2 });
    expect(notices).toEqual([
      { kind: 'migrated', from: 1, backupKey: `${STORAGE_KEY}.backup-v1` },
      { kind: 'dropped', ids: ['retired-skill'] },
    ]);
    expect(store.data.get(`${STORAGE_KEY}.backup-v1`)).toBe(v1);
    expect(JSON.parse(store.data.get(STORAGE_KEY)!).version).toBe(2);
  });

  it('keeps corrupted data aside and does not overwrite it', () => {
    const store = memory({ [STORAGE_KEY]: '{"format":"ai-team-atlas/assessment","version":2,"ratings":' });
    const { assessment, notices } = load(store, known, now);
    expect(assessment).toEqual(emptyAssessment(now));
    expect(notices).toEqual([{ kind: 'corrupt', backupKey: `${STORAGE_KEY}.corrupt-${now.toISOString()}` }]);
    expect(store.data.get(STORAGE_KEY)).toContain('"ratings":');
  });

  it('reports a full or disabled storage instead of throwing', () => {
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('quota'); } };
    expect(load(broken, known, now).notices).toEqual([{ kind: 'unavailable' }]);
    expect(save(broken, emptyAssessment(now), known)).toEqual({ ok: false, reason: 'storage' });
  });
});
