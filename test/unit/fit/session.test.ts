import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { emptyAssessment } from '../../../src/domain/assessment/codec';
import { loadStored } from '../../../src/lib/store';
import { decodeCandidates, nameFromFileName, readCandidateFile } from '../../../src/domain/fit/candidates';
import { evidenceOf } from '../../../src/domain/fit/evidence';
import { CANDIDATES_KEY, FitSession, candidatesStore } from '../../../src/domain/fit/session';
import { memory } from '../../support/memory-store';

const skills = ['model-conversion', 'model-compression', 'gpu-programming', 'monitoring'];
const known = new Set(skills);

function clock(start = Date.parse('2026-12-01T00:00:00Z')) {
  let t = start;
  return () => new Date((t += 1000));
}

const file = (ratings: Record<string, number>) => JSON.stringify({ ...emptyAssessment(new Date('2026-11-30T00:00:00Z')), ratings });

describe('reading a candidate file', () => {
  it('takes the name from the file name and drops skills the atlas does not have', () => {
    const result = readCandidateFile('kim_min-ji.json', file({ monitoring: 3, 'retired-skill': 2 }), known, 'Candidate 1');
    expect(result).toMatchObject({ ok: true, name: 'kim min ji', dropped: ['retired-skill'] });
    expect(result.ok && result.assessment.ratings).toEqual({ monitoring: 3 });
  });

  it('takes the name the file carries before the file name, as text', () => {
    const named = JSON.stringify({ ...JSON.parse(file({ monitoring: 3 })), name: '<b>Kim</b> Min-ji' });
    expect(readCandidateFile('ai-team-atlas-assessment-2026-12-02.json', named, known, 'Candidate 1')).toMatchObject({ ok: true, name: '<b>Kim</b> Min-ji' });
    expect(readCandidateFile('kim.json', JSON.stringify({ ...JSON.parse(file({})), name: 'Kim\nMin-ji' }), known, 'x')).toMatchObject({ ok: false, reason: 'invalid', field: 'name' });
  });

  it('uses the fallback name for the self-assessment’s default export name', () => {
    expect(nameFromFileName('ai-team-atlas-assessment-2026-12-02.json')).toBe('');
    expect(readCandidateFile('ai-team-atlas-assessment-2026-12-02.json', file({}), known, 'Candidate 2')).toMatchObject({ ok: true, name: 'Candidate 2' });
  });

  it('refuses what the self-assessment refuses, naming the file', () => {
    expect(readCandidateFile('a.json', '{not json', known, 'x')).toEqual({ ok: false, reason: 'not-json', file: 'a.json' });
    expect(readCandidateFile('b.json', '{"format":"other","version":2}', known, 'x')).toEqual({ ok: false, reason: 'wrong-format', file: 'b.json' });
    expect(readCandidateFile('c.json', file({ monitoring: 9 }), known, 'x')).toMatchObject({ ok: false, reason: 'invalid', field: 'ratings.monitoring', file: 'c.json' });
    expect(readCandidateFile('d.json', ' '.repeat(1_000_001), known, 'x')).toMatchObject({ ok: false, reason: 'too-large', file: 'd.json' });
  });

  it('finds no evidence in today’s format, and reads notes and links when a file carries them', () => {
    expect(evidenceOf(emptyAssessment())).toEqual({});
    const withEvidence = { ...emptyAssessment(), evidence: { monitoring: { note: 'ran on-call', links: ['https://example.org/x', { url: 'https://example.org/y' }, 3] }, bad: 'x' } };
    expect(evidenceOf(withEvidence as never)).toEqual({ monitoring: { note: 'ran on-call', links: ['https://example.org/x', 'https://example.org/y'] } });
  });
});

describe('the loaded candidates', () => {
  it('are kept across a reload, renamed and removed', () => {
    const store = memory();
    const session = new FitSession(store, known, clock());
    const a = JSON.parse(file({ monitoring: 2 }));
    expect(session.add([{ name: 'Ana', assessment: a }, { name: 'Bo', assessment: a }])).toEqual({ ok: true, ids: ['c1', 'c2'] });
    expect(session.rename('c2', '  Bo <i>Park</i>  ')).toEqual({ ok: true, ids: ['c2'] });
    expect(session.rename('c1', '   ')).toEqual({ ok: false, refused: 'empty-name' });
    expect(session.remove('c1')).toEqual({ ok: true, ids: ['c1'] });
    expect(session.add([{ name: 'Cy', assessment: a }])).toEqual({ ok: true, ids: ['c3'] });
    const next = new FitSession(store, known, clock());
    expect(next.notices).toEqual([]);
    expect(next.list.candidates.map((c) => [c.id, c.name, c.assessment.ratings])).toEqual([['c2', 'Bo <i>Park</i>', { monitoring: 2 }], ['c3', 'Cy', { monitoring: 2 }]]);
  });

  it('refuses a batch that would pass the limit, keeping everyone already loaded', () => {
    const session = new FitSession(memory(), known, clock());
    const a = emptyAssessment();
    expect(session.add(Array.from({ length: 19 }, (_, i) => ({ name: `p${i}`, assessment: a }))).ok).toBe(true);
    expect(session.add([{ name: 'one', assessment: a }, { name: 'two', assessment: a }])).toEqual({ ok: false, refused: 'too-many' });
    expect(session.list.candidates).toHaveLength(19);
  });

  it('keeps a corrupt stored list aside and starts empty, saying so', () => {
    const store = memory({ [CANDIDATES_KEY]: '{"format":"ai-team-atlas/candidates","version":1,"candidates":"oops"}' });
    const session = new FitSession(store, known, () => new Date('2026-12-02T10:00:00Z'));
    expect(session.list.candidates).toEqual([]);
    expect(session.notices).toEqual([{ kind: 'corrupt', backupKey: `${CANDIDATES_KEY}.corrupt-2026-12-02T10:00:00.000Z` }]);
    expect(store.data.get(`${CANDIDATES_KEY}.corrupt-2026-12-02T10:00:00.000Z`)).toContain('oops');
  });
});

type Op = { kind: 'add'; names: string[]; ratings: Record<string, number> } | { kind: 'remove'; index: number } | { kind: 'rename'; index: number; name: string } | { kind: 'reload' };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('add' as const),
    names: fc.array(fc.string({ maxLength: 100 }), { minLength: 1, maxLength: 4 }),
    ratings: fc.dictionary(fc.constantFrom(...skills), fc.integer({ min: 0, max: 5 })),
  }),
  fc.record({ kind: fc.constant('remove' as const), index: fc.nat(25) }),
  fc.record({ kind: fc.constant('rename' as const), index: fc.nat(25), name: fc.string({ maxLength: 120 }) }),
  fc.constant({ kind: 'reload' as const }),
);

describe('no candidate is ever lost', () => {
  it('random sequences of add, remove, rename and reload keep exactly the candidates not removed, and what is saved loads back equal', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        const store = memory();
        const tick = clock();
        let session = new FitSession(store, known, tick);
        let ids: string[] = [];
        for (const o of ops) {
          const pick = (i: number) => session.list.candidates[i % Math.max(1, session.list.candidates.length)]?.id ?? 'c999';
          if (o.kind === 'add') {
            const outcome = session.add(o.names.map((name) => ({ name, assessment: { ...emptyAssessment(), ratings: o.ratings } })));
            if (outcome.ok) ids = [...ids, ...outcome.ids];
            else expect(ids.length + o.names.length).toBeGreaterThan(20);
          } else if (o.kind === 'remove') {
            const id = pick(o.index);
            if (session.remove(id).ok) ids = ids.filter((x) => x !== id);
          } else if (o.kind === 'rename') {
            session.rename(pick(o.index), o.name);
          } else {
            const before = session.list;
            session = new FitSession(store, known, tick);
            expect(session.notices).toEqual([]);
            // Nothing saved yet means a fresh empty list (its own timestamp); otherwise exactly what was shown.
            expect(store.data.has(CANDIDATES_KEY) ? session.list : session.list.candidates).toEqual(store.data.has(CANDIDATES_KEY) ? before : before.candidates);
          }
          expect(session.list.candidates.map((c) => c.id)).toEqual(ids);
          if (store.data.has(CANDIDATES_KEY)) expect(loadStored(store, candidatesStore(known)).value).toEqual(session.list);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('candidate lists: details', () => {
  const a = () => JSON.parse(file({ monitoring: 2 }));
  const throwingStore = () => {
    const inner = memory();
    return { data: inner.data, getItem: inner.getItem, setItem: () => { throw new DOMException('quota', 'QuotaExceededError'); } };
  };

  it('refuses a file whose every rating is for skills this atlas lacks, naming them', () => {
    expect(readCandidateFile('e.json', file({ 'other-a': 3, 'other-b': 1 }), known, 'x')).toEqual({ ok: false, file: 'e.json', reason: 'unknown-skills', dropped: ['other-a', 'other-b'] });
  });

  it('leaves a candidate’s snapshots out, so only the current ratings are compared', () => {
    const withHistory = JSON.stringify({ ...JSON.parse(file({ monitoring: 3 })), snapshots: [{ at: '2026-11-01T00:00:00.000Z', ratings: { monitoring: 1 } }] });
    const result = readCandidateFile('f.json', withHistory, known, 'x');
    expect(result.ok && result.assessment.snapshots).toEqual([]);
  });

  it('drops ratings of skills the atlas no longer has from a stored list, reporting each once in order', () => {
    const stored = JSON.stringify({
      format: 'ai-team-atlas/candidates', version: 1, updatedAt: '2026-12-01T00:00:00.000Z',
      candidates: [
        { id: 'c1', name: 'Ana', assessment: { ...a(), ratings: { monitoring: 2, zeta: 1 } } },
        { id: 'c2', name: 'Bo', assessment: { ...a(), ratings: { alpha: 3, zeta: 4 } } },
      ],
    });
    const decoded = decodeCandidates(stored, known);
    expect(decoded).toMatchObject({ ok: true, dropped: ['alpha', 'zeta'] });
    expect(decoded.ok && decoded.value.candidates.map((c) => c.assessment.ratings)).toEqual([{ monitoring: 2 }, {}]);
    const session = new FitSession(memory({ [CANDIDATES_KEY]: stored }), known, clock());
    expect(session.notices).toEqual([{ kind: 'dropped', ids: ['alpha', 'zeta'] }]);
  });

  it('fills up to exactly the limit, and names a candidate without a name by their id', () => {
    const session = new FitSession(memory(), known, clock());
    expect(session.add(Array.from({ length: 19 }, (_, i) => ({ name: `p${i}`, assessment: a() }))).ok).toBe(true);
    expect(session.add([{ name: '   ', assessment: a() }])).toEqual({ ok: true, ids: ['c20'] });
    expect(session.list.candidates.at(-1)!.name).toBe('c20');
  });

  it('refuses to remove or rename a candidate who is not in the list, changing nothing, and renames only the one named', () => {
    const store = memory();
    const session = new FitSession(store, known, clock());
    session.add([{ name: 'Ana', assessment: a() }, { name: 'Bo', assessment: a() }]);
    const saved = store.data.get(CANDIDATES_KEY);
    expect(session.remove('c9')).toEqual({ ok: false, refused: 'no-candidate' });
    expect(session.rename('c9', 'Cy')).toEqual({ ok: false, refused: 'no-candidate' });
    expect(store.data.get(CANDIDATES_KEY)).toBe(saved);
    session.rename('c2', 'Bora');
    expect(session.list.candidates.map((c) => c.name)).toEqual(['Ana', 'Bora']);
  });

  it('never writes a list the next load would refuse: an out-of-range rating is not saved and the reason is returned', () => {
    const store = memory();
    const session = new FitSession(store, known, clock());
    const outcome = session.add([{ name: 'Ana', assessment: { ...a(), ratings: { monitoring: 9 } } }]);
    expect(outcome).toMatchObject({ ok: false, unsaved: { ok: false, reason: 'invalid', field: 'candidates.0.assessment.ratings.monitoring' } });
    expect(store.data.size).toBe(0);
    expect(session.list.candidates).toEqual([]);
  });

  it('keeps the candidates on screen and says so when the browser refuses to store them', () => {
    const session = new FitSession(throwingStore(), known, clock());
    expect(session.add([{ name: 'Ana', assessment: a() }])).toEqual({ ok: true, ids: ['c1'], storageFailed: true });
    expect(session.list.candidates.map((c) => c.name)).toEqual(['Ana']);
  });

  it('stamps the list with the current time when no clock is given', () => {
    vi.useFakeTimers({ now: new Date('2027-03-04T05:06:07.000Z') });
    try {
      expect(new FitSession(memory(), known).list.updatedAt).toBe('2027-03-04T05:06:07.000Z');
    } finally {
      vi.useRealTimers();
    }
  });

  it('reads evidence defensively: links without a note, a note without links, nothing from empty or broken entries', () => {
    const evidence = {
      monitoring: { links: ['https://example.org/a'] },
      'gpu-programming': { note: 'wrote kernels', links: 'not a list' },
      'model-conversion': { links: [null, 7, { url: 5 }] },
      'model-compression': null,
      other: 'text',
    };
    expect(evidenceOf({ ...emptyAssessment(), evidence } as never)).toStrictEqual({
      monitoring: { links: ['https://example.org/a'] },
      'gpu-programming': { note: 'wrote kernels', links: [] },
    });
  });
});
