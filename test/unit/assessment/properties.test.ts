import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAssessment, decodeShare, encodeAssessment, encodeShare } from '../../../src/domain/assessment/codec';
import { nameSchema, type Assessment } from '../../../src/domain/assessment/schema';
import { AssessmentSession } from '../../../src/domain/assessment/session';
import { STORAGE_KEY, load } from '../../../src/domain/assessment/storage';
import { memory } from '../../support/memory-store';

const skills = ['model-conversion', 'model-compression', 'gpu-programming', 'monitoring', 'data-pipelines'];
const known = new Set(skills);
const ratings = fc.dictionary(fc.constantFrom(...skills), fc.integer({ min: 0, max: 5 }));
const iso = fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
const name = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((n) => nameSchema.safeParse(n).success);
const unnamed: fc.Arbitrary<Assessment> = fc.record({
  format: fc.constant('ai-team-atlas/assessment' as const),
  version: fc.constant(2 as const),
  ratings,
  target: fc.option(fc.record({ role: fc.constantFrom('modeler', 'model-engineer'), seniority: fc.constantFrom('junior', 'mid', 'senior', 'lead' as const) }), { nil: null }),
  hideExpectations: fc.boolean(),
  snapshots: fc.array(fc.record({ at: iso, ratings }), { maxLength: 4 }),
  updatedAt: iso,
});
const assessment: fc.Arbitrary<Assessment> = fc.tuple(unnamed, fc.option(name, { nil: undefined })).map(([a, n]) => (n === undefined ? a : { ...a, name: n }));

describe('codec properties', () => {
  it('file encoding round-trips any valid assessment', () => {
    fc.assert(fc.property(assessment, (a) => {
      const encoded = encodeAssessment(a);
      expect(encoded.ok && decodeAssessment(encoded.text, known)).toEqual({ ok: true, assessment: a, dropped: [] });
    }));
  });

  it('share links round-trip any ratings, target and name', async () => {
    await fc.assert(fc.asyncProperty(assessment, async (a) => {
      const result = await decodeShare(await encodeShare(a), known);
      expect(result.ok && result.assessment.ratings).toEqual(a.ratings);
      expect(result.ok && result.assessment.target).toEqual(a.target);
      expect(result.ok && result.assessment.name).toEqual(a.name);
    }), { numRuns: 60 });
  });

  it('random text never throws on import and, refused, never changes saved data or what is shown', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json(), fc.uint8Array().map((b) => String.fromCharCode(...b))), (text) => {
      const store = memory();
      const session = new AssessmentSession(store, known, () => new Date('2026-01-01T00:00:00Z'));
      session.rate('monitoring', 3);
      session.snapshot('before');
      const saved = new Map(store.data);
      const shown = session.state;
      const outcome = session.importText(text);
      expect(outcome.ok).toBe(decodeAssessment(text, known).ok);
      if (!outcome.ok) {
        expect(store.data).toEqual(saved);
        expect(session.state).toBe(shown);
      }
    }), { numRuns: 300 });
  });

  it('random tokens never throw when a share link is decoded', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(fc.string(), fc.base64String(), fc.uint8Array({ maxLength: 200 }).map((b) => btoa(String.fromCharCode(...b)).replace(/=+$/, ''))), async (token) => {
      const result = await decodeShare(token, known);
      expect(typeof result.ok).toBe('boolean');
    }), { numRuns: 300 });
  });

  it('corrupted storage is kept aside and the original stays byte for byte', () => {
    fc.assert(fc.property(fc.string({ minLength: 1 }), (raw) => {
      fc.pre(!decodeAssessment(raw, known).ok);
      const store = new Map<string, string>([[STORAGE_KEY, raw]]);
      const kv = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
      const { notices } = load(kv, known, new Date('2026-01-01T00:00:00Z'));
      expect(store.get(STORAGE_KEY)).toBe(raw);
      expect(notices[0]).toEqual({ kind: 'corrupt', backupKey: `${STORAGE_KEY}.corrupt-2026-01-01T00:00:00.000Z` });
      expect(store.get(`${STORAGE_KEY}.corrupt-2026-01-01T00:00:00.000Z`)).toBe(raw);
    }), { numRuns: 200 });
  });
});
