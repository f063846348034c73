import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { decodeAssessment, emptyAssessment, encodeAssessment, encodeShare } from '../../../src/domain/assessment/codec';
import type { Assessment } from '../../../src/domain/assessment/schema';
import { AssessmentSession } from '../../../src/domain/assessment/session';
import { STORAGE_KEY, load } from '../../../src/domain/assessment/storage';
import { memory } from '../../support/memory-store';

const skills = ['model-conversion', 'model-compression', 'gpu-programming', 'monitoring'];
const known = new Set(skills);

function clock(start = Date.parse('2026-12-01T00:00:00Z')) {
  let t = start;
  return () => new Date((t += 1000));
}

describe('the assessment session', () => {
  it('saves a snapshot label with an equals sign and markup, and loads it back on the next visit', () => {
    const store = memory();
    const session = new AssessmentSession(store, known, clock());
    expect(session.rate('model-conversion', 3)).toEqual({ ok: true });
    expect(session.snapshot('Python onboarding = done <b>yes</b>')).toEqual({ ok: true });
    const next = new AssessmentSession(store, known, clock());
    expect(next.notices).toEqual([]);
    expect(next.state.snapshots.map((s) => s.label)).toEqual(['Python onboarding = done <b>yes</b>']);
    expect(next.state.ratings).toEqual({ 'model-conversion': 3 });
  });

  it('clips a label over 80 characters without splitting an emoji', () => {
    const session = new AssessmentSession(memory(), known, clock());
    session.snapshot(`${'a'.repeat(79)}😀tail`);
    expect(session.state.snapshots[0]!.label).toBe('a'.repeat(79));
    session.snapshot(`  ${'b'.repeat(78)}😀tail  `);
    expect(session.state.snapshots[1]!.label).toBe(`${'b'.repeat(78)}😀`);
  });

  it('refuses an unknown skill and a level outside 0–5 without saving anything', () => {
    const store = memory();
    const session = new AssessmentSession(store, known, clock());
    expect(session.rate('retired-skill', 2)).toEqual({ ok: false, refused: 'unknown-skill' });
    expect(session.rate('monitoring', 6)).toEqual({ ok: false, refused: 'bad-level' });
    expect(session.rate('monitoring', 1.5)).toEqual({ ok: false, refused: 'bad-level' });
    expect(store.data.size).toBe(0);
    expect(session.state.ratings).toEqual({});
  });

  it('never writes a value the next load would refuse: the change is refused and the saved text stays', () => {
    const store = memory();
    const session = new AssessmentSession(store, known, clock());
    session.rate('monitoring', 2);
    const saved = store.data.get(STORAGE_KEY);
    session.state = { ...session.state, target: { role: 'Not An Id', seniority: 'mid' } };
    const outcome = session.setHideExpectations(true);
    expect(outcome).toMatchObject({ ok: false, unsaved: { reason: 'invalid', field: 'target.role' } });
    expect(store.data.get(STORAGE_KEY)).toBe(saved);
  });

  it('stops at the snapshot limit with a reason instead of dropping the oldest snapshot', () => {
    const session = new AssessmentSession(memory(), known, clock());
    session.rate('monitoring', 1);
    for (let i = 0; i < 100; i++) expect(session.snapshot(`s${i}`).ok).toBe(true);
    expect(session.snapshot('one too many')).toEqual({ ok: false, refused: 'snapshot-limit' });
    expect(session.clear()).toEqual({ ok: false, refused: 'snapshot-limit' });
    expect(session.state.snapshots[0]!.label).toBe('s0');
    expect(session.state.ratings).toEqual({ monitoring: 1 });
    expect(session.deleteSnapshot(0)).toEqual({ ok: true });
    expect(session.state.snapshots[0]!.label).toBe('s1');
    expect(session.deleteSnapshot(99)).toEqual({ ok: false, refused: 'no-snapshot' });
  });

  it('keeps a copy of the saved assessment before an import, and a refused file changes nothing', () => {
    const store = memory();
    const session = new AssessmentSession(store, known, clock());
    session.rate('gpu-programming', 4);
    const before = store.data.get(STORAGE_KEY)!;
    expect(session.importText('{"format":"ai-team-atlas/assessment","version":2}')).toMatchObject({ ok: false, bad: { reason: 'invalid' } });
    expect([...store.data.keys()]).toEqual([STORAGE_KEY]);
    const file = { ...emptyAssessment(), ratings: { monitoring: 5, 'retired-skill': 1 } };
    expect(session.importText(JSON.stringify(file))).toEqual({ ok: true, dropped: ['retired-skill'] });
    const copies = [...store.data.keys()].filter((k) => k.startsWith(`${STORAGE_KEY}.before-import-`));
    expect(copies).toHaveLength(1);
    expect(store.data.get(copies[0]!)).toBe(before);
    expect(load(store, known).assessment.ratings).toEqual({ monitoring: 5 });
  });

  it('shows a shared profile without saving, and keeping it turns the previous ratings into a snapshot', async () => {
    const store = memory();
    const session = new AssessmentSession(store, known, clock());
    session.rate('gpu-programming', 4);
    session.snapshot('mine');
    const before = store.data.get(STORAGE_KEY)!;
    const token = await encodeShare({ ratings: { monitoring: 3 }, target: { role: 'modeler', seniority: 'mid' } });
    expect(await session.openShared(token)).toEqual({ ok: true, dropped: [] });
    session.rate('model-compression', 2);
    expect(store.data.get(STORAGE_KEY)).toBe(before);
    expect(session.keepShared()).toEqual({ ok: true });
    const saved = load(store, known).assessment;
    expect(saved.ratings).toEqual({ monitoring: 3, 'model-compression': 2 });
    expect(saved.target).toEqual({ role: 'modeler', seniority: 'mid' });
    expect(saved.snapshots.map((s) => [s.label, s.ratings])).toEqual([['mine', { 'gpu-programming': 4 }], [undefined, { 'gpu-programming': 4 }]]);
    expect([...store.data.keys()].filter((k) => k.includes('.before-share-'))).toHaveLength(1);
  });
});

describe('evidence behind a rating', () => {
  it('keeps a note and up to three http(s) links per skill, and round-trips them through storage, files and share links', async () => {
    const store = memory();
    const session = new AssessmentSession(store, known, clock());
    session.rate('model-conversion', 3);
    expect(session.setEvidence('model-conversion', '  converted YOLOv8 to TensorRT <fp16>  ', 'https://github.com/me/yolo-trt\n\n http://demo.example.org/x ')).toEqual({ ok: true });
    const evidence = { 'model-conversion': { note: 'converted YOLOv8 to TensorRT <fp16>', links: ['https://github.com/me/yolo-trt', 'http://demo.example.org/x'] } };
    expect(new AssessmentSession(store, known, clock()).state.evidence).toEqual(evidence);
    const shared = await new AssessmentSession(memory(), known, clock()).openShared(await encodeShare(session.state));
    expect(shared.ok).toBe(true);
    const file = encodeAssessment(session.state);
    expect(file.ok && decodeAssessment(file.text, known)).toMatchObject({ ok: true, assessment: { evidence } });
  });

  it('refuses script links, links without a scheme and a fourth link, changing nothing', () => {
    const store = memory();
    const session = new AssessmentSession(store, known, clock());
    session.rate('monitoring', 2);
    session.setEvidence('monitoring', 'ok', 'https://a.example');
    const saved = store.data.get(STORAGE_KEY);
    expect(session.setEvidence('monitoring', 'x', 'javascript:alert(1)')).toEqual({ ok: false, refused: 'bad-link' });
    expect(session.setEvidence('monitoring', 'x', 'github.com/me/repo')).toEqual({ ok: false, refused: 'bad-link' });
    expect(session.setEvidence('monitoring', 'x', 'https://a.b/1\nhttps://a.b/2\nhttps://a.b/3\nhttps://a.b/4')).toEqual({ ok: false, refused: 'too-many-links' });
    expect(session.setEvidence('retired-skill', 'x', '')).toEqual({ ok: false, refused: 'unknown-skill' });
    expect(store.data.get(STORAGE_KEY)).toBe(saved);
  });

  it('removes the evidence of a skill when note and links are emptied, and clips a long note', () => {
    const session = new AssessmentSession(memory(), known, clock());
    session.rate('monitoring', 2);
    session.setEvidence('monitoring', 'x'.repeat(600), '');
    expect(session.state.evidence?.monitoring?.note).toHaveLength(500);
    session.setEvidence('monitoring', '   ', '\n');
    expect(session.state.evidence).toEqual({});
  });

  it('drops evidence for skills the atlas no longer has when a file is imported', () => {
    const session = new AssessmentSession(memory(), known, clock());
    const file = { ...emptyAssessment(), ratings: { monitoring: 2 }, evidence: { monitoring: { note: 'a' }, 'retired-skill': { note: 'b' } } };
    expect(session.importText(JSON.stringify(file))).toEqual({ ok: true, dropped: ['retired-skill'] });
    expect(session.state.evidence).toEqual({ monitoring: { note: 'a' } });
  });
});

describe('the name on the chart', () => {
  it('round-trips through storage, an exported file and a share link; a file without a name still loads', async () => {
    const store = memory();
    const session = new AssessmentSession(store, known, clock());
    expect(session.setName(' 김민지 ')).toEqual({ ok: true });
    expect(new AssessmentSession(store, known, clock()).state.name).toBe('김민지');
    const file = encodeAssessment(session.state);
    expect(file.ok && JSON.parse(file.text).name).toBe('김민지');
    expect(file.ok && decodeAssessment(file.text, known)).toMatchObject({ ok: true, assessment: { name: '김민지' } });
    const viewer = new AssessmentSession(memory(), known, clock());
    await viewer.openShared(await encodeShare(session.state));
    expect(viewer.state.name).toBe('김민지');
    const old = decodeAssessment(JSON.stringify({ ...emptyAssessment(), ratings: { monitoring: 2 } }), known);
    expect(old.ok && old.assessment).not.toHaveProperty('name');
  });

  it('refuses an over-long name or one with control characters, saying why and saving nothing', () => {
    const store = memory();
    const session = new AssessmentSession(store, known, clock());
    session.setName('Ana');
    const saved = store.data.get(STORAGE_KEY);
    expect(session.setName('x'.repeat(81))).toEqual({ ok: false, refused: 'name-too-long' });
    expect(session.setName('Ana\u0000Kim')).toEqual({ ok: false, refused: 'bad-name' });
    expect(store.data.get(STORAGE_KEY)).toBe(saved);
    expect(session.state.name).toBe('Ana');
  });

  it('refuses a file whose name has control characters or is over 80 characters, naming the field', () => {
    for (const name of ['Ana\nKim', 'x'.repeat(81), '']) {
      expect(decodeAssessment(JSON.stringify({ ...emptyAssessment(), name }), known)).toMatchObject({ ok: false, reason: 'invalid', field: 'name' });
    }
  });
});

/** One user action; the property below runs random sequences of them. */
type Op =
  | { kind: 'rate'; skill: string; level: number }
  | { kind: 'target'; role: string | null }
  | { kind: 'snapshot'; label: string }
  | { kind: 'delete'; index: number }
  | { kind: 'clear' }
  | { kind: 'import'; text: string }
  | { kind: 'share'; ratings: Record<string, number>; keep: boolean }
  | { kind: 'badShare'; token: string }
  | { kind: 'evidence'; skill: string; note: string; links: string }
  | { kind: 'name'; name: string }
  | { kind: 'restore'; index: number }
  | { kind: 'reload' };

const ratingsArb = fc.dictionary(fc.constantFrom(...skills), fc.integer({ min: 0, max: 5 }));
const labelArb = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.string({ unit: 'binary', maxLength: 100 }), fc.constant('Python onboarding = done'), fc.constant('<img src=x onerror=alert(1)>'));
const fileArb = fc.oneof(
  ratingsArb.map((ratings) => JSON.stringify({ ...emptyAssessment(new Date('2026-01-01T00:00:00Z')), ratings })),
  fc.string(),
  fc.json(),
  fc.constant('{"format":"ai-team-atlas/assessment","version":3}'),
);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('rate' as const), skill: fc.constantFrom(...skills, 'retired-skill'), level: fc.integer({ min: -1, max: 6 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('target' as const), role: fc.option(fc.constantFrom('modeler', 'model-engineer'), { nil: null }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('snapshot' as const), label: labelArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), index: fc.integer({ min: -1, max: 5 }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'clear' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('import' as const), text: fileArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('share' as const), ratings: ratingsArb, keep: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('badShare' as const), token: fc.string() }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'reload' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('name' as const), name: fc.oneof(labelArb, fc.constant('Ana\nKim'), fc.constant('x'.repeat(81)), fc.constant('  김민지 ')) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restore' as const), index: fc.integer({ min: -1, max: 5 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('evidence' as const), skill: fc.constantFrom(...skills), note: labelArb, links: fc.oneof(fc.string(), fc.constant('https://github.com/a/b\nhttp://x.y/z'), fc.webUrl().map((u) => u)) }) },
);

const savedOf = (store: ReturnType<typeof memory>): Assessment | undefined => {
  const raw = store.data.get(STORAGE_KEY);
  if (raw === undefined) return undefined;
  const decoded = decodeAssessment(raw, known);
  if (!decoded.ok) throw new Error(`saved data does not load: ${decoded.reason}`);
  return decoded.assessment;
};
const snapshotKey = (s: Assessment['snapshots'][number]) => JSON.stringify(s);
/** Every snapshot that is reachable: in the saved assessment or in a kept copy. */
const reachableSnapshots = (store: ReturnType<typeof memory>) => {
  const found = new Set<string>();
  for (const [key, raw] of store.data) {
    if (!key.startsWith(STORAGE_KEY)) continue;
    const decoded = decodeAssessment(raw, known);
    if (decoded.ok) for (const s of decoded.assessment.snapshots) found.add(snapshotKey(s));
  }
  return found;
};

describe('random sequences of user operations', () => {
  it('always leave saved data that loads back equal, and never lose a snapshot the user did not delete', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { maxLength: 40 }), async (ops) => {
        const store = memory();
        const tick = clock();
        let session = new AssessmentSession(store, known, tick);
        const taken = new Set<string>();
        for (const op of ops) {
          const rawBefore = store.data.get(STORAGE_KEY);
          switch (op.kind) {
            case 'rate': session.rate(op.skill, op.level); break;
            case 'target': session.setTarget(op.role ? { role: op.role, seniority: 'mid' } : null); break;
            case 'snapshot': session.snapshot(op.label); break;
            case 'delete': {
              const victim = session.state.snapshots[op.index];
              if (session.deleteSnapshot(op.index).ok && victim && !session.viewingShared) taken.delete(snapshotKey(victim));
              break;
            }
            case 'clear': session.clear(); break;
            case 'import': session.importText(op.text); break;
            case 'share': {
              await session.openShared(await encodeShare({ ratings: op.ratings, target: null }));
              expect(store.data.get(STORAGE_KEY)).toBe(rawBefore);
              if (op.keep) session.keepShared();
              else session.discardShared();
              break;
            }
            case 'badShare': {
              const outcome = await session.openShared(op.token);
              if (!outcome.ok) expect(store.data.get(STORAGE_KEY)).toBe(rawBefore);
              else session.discardShared();
              break;
            }
            case 'evidence': session.setEvidence(op.skill, op.note, op.links); break;
            case 'name': {
              const outcome = session.setName(op.name);
              if (!outcome.ok) expect(store.data.get(STORAGE_KEY)).toBe(rawBefore);
              break;
            }
            case 'restore': session.restoreSnapshot(op.index); break;
            case 'reload': session = new AssessmentSession(store, known, tick); expect(session.notices).toEqual([]); break;
          }
          const saved = savedOf(store);
          if (!session.viewingShared && saved) expect(session.state).toEqual(saved);
          if (saved) {
            const encoded = encodeAssessment(saved);
            expect(encoded.ok).toBe(true);
            for (const s of saved.snapshots) if (!session.viewingShared) taken.add(snapshotKey(s));
          }
          const reachable = reachableSnapshots(store);
          for (const s of taken) expect(reachable.has(s)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('the assessment session: saving in detail', () => {
  const throwingStore = () => {
    const inner = memory();
    return { data: inner.data, getItem: inner.getItem, setItem: () => { throw new DOMException('quota', 'QuotaExceededError'); } };
  };

  it('uses the current time when no clock is given', () => {
    vi.useFakeTimers({ now: new Date('2027-03-04T05:06:07.000Z') });
    try {
      const session = new AssessmentSession(memory(), known);
      session.rate('monitoring', 1);
      expect(session.state.updatedAt).toBe('2027-03-04T05:06:07.000Z');
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps a rating on screen and says so when the browser refuses to store it', () => {
    const session = new AssessmentSession(throwingStore(), known, clock());
    expect(session.rate('monitoring', 2)).toEqual({ ok: true, storageFailed: true });
    expect(session.state.ratings).toEqual({ monitoring: 2 });
  });

  it('saves the target and the form mode', () => {
    const store = memory();
    const session = new AssessmentSession(store, known, clock());
    expect(session.setTarget({ role: 'modeler', seniority: 'senior' })).toEqual({ ok: true });
    expect(session.setMode('quick')).toEqual({ ok: true });
    expect(load(store, known).assessment).toMatchObject({ target: { role: 'modeler', seniority: 'senior' }, mode: 'quick' });
  });

  it('answers every change while a shared profile is shown with ok, and saves none of them', async () => {
    const store = memory();
    const session = new AssessmentSession(store, known, clock());
    await session.openShared(await encodeShare({ ratings: { monitoring: 3 }, target: null }));
    expect(session.rate('gpu-programming', 1)).toEqual({ ok: true });
    expect(session.setTarget(null)).toEqual({ ok: true });
    expect(store.data.size).toBe(0);
  });

  it('refuses a broken share link, staying on the saved assessment', async () => {
    const store = memory();
    const session = new AssessmentSession(store, known, clock());
    session.rate('monitoring', 4);
    expect(await session.openShared('AAAA')).toEqual({ ok: false, bad: { ok: false, reason: 'malformed' } });
    expect(session.viewingShared).toBe(false);
    expect(session.state.ratings).toEqual({ monitoring: 4 });
  });

  it('does nothing when asked to keep a shared profile while none is shown', () => {
    const store = memory();
    const session = new AssessmentSession(store, known, clock());
    session.rate('monitoring', 4);
    const before = new Map(store.data);
    expect(session.keepShared()).toEqual({ ok: true });
    expect(store.data).toEqual(before);
  });

  it('refuses to keep a shared profile when the ratings it would replace cannot become a snapshot, staying on it', async () => {
    const store = memory();
    const session = new AssessmentSession(store, known, clock());
    session.rate('monitoring', 1);
    for (let i = 0; i < 100; i++) session.snapshot(`s${i}`);
    const before = new Map(store.data);
    await session.openShared(await encodeShare({ ratings: { monitoring: 3 }, target: null }));
    expect(session.keepShared()).toEqual({ ok: false, refused: 'snapshot-limit' });
    expect(session.viewingShared).toBe(true);
    expect(store.data).toEqual(before);
  });

  it('leaves the shared view after keeping or discarding it, showing what is saved', async () => {
    const store = memory();
    const session = new AssessmentSession(store, known, clock());
    session.rate('monitoring', 1);
    const token = await encodeShare({ ratings: { monitoring: 3 }, target: null });
    await session.openShared(token);
    session.discardShared();
    expect(session.viewingShared).toBe(false);
    expect(session.state.ratings).toEqual({ monitoring: 1 });
    await session.openShared(token);
    session.keepShared();
    expect(session.viewingShared).toBe(false);
    expect(session.state.ratings).toEqual({ monitoring: 3 });
  });
});
