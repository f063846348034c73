import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeAssessment, decodeShare, emptyAssessment, encodeAssessment, encodeShare, nameFromFileName } from '../../../src/domain/assessment/codec';

const known = new Set(['model-conversion', 'model-compression', 'gpu-programming']);
const fixture = (name: string) => readFileSync(`test/fixtures/assessment/${name}`, 'utf8');

describe('assessment files', () => {
  it('round-trips the current version', () => {
    const result = decodeAssessment(fixture('v2.json'), known);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const encoded = encodeAssessment(result.assessment);
    expect(encoded.ok).toBe(true);
    expect(encoded.ok && decodeAssessment(encoded.text, known)).toEqual({ ok: true, assessment: result.assessment, dropped: [] });
    expect(result.assessment.snapshots[0]!.label).toBe('end of bootcamp');
  });

  it('migrates version 1 and drops skills the atlas no longer has', () => {
    const result = decodeAssessment(fixture('v1.json'), known);
    expect(result).toMatchObject({
      ok: true,
      migratedFrom: 1,
      dropped: ['retired-skill'],
      assessment: {
        format: 'ai-team-atlas/assessment',
        version: 2,
        ratings: { 'model-conversion': 3, 'model-compression': 2 },
        target: { role: 'model-engineer', seniority: 'mid' },
        snapshots: [],
        updatedAt: '2026-03-01T09:00:00.000Z',
      },
    });
  });

  it('refuses text that is not JSON, not an assessment, or from a future version', () => {
    expect(decodeAssessment('{ nope', known)).toEqual({ ok: false, reason: 'not-json' });
    expect(decodeAssessment('[1,2]', known)).toEqual({ ok: false, reason: 'wrong-format' });
    expect(decodeAssessment('{"hello":"world"}', known)).toEqual({ ok: false, reason: 'wrong-format' });
    const future = { ...JSON.parse(fixture('v2.json')), version: 3 };
    expect(decodeAssessment(JSON.stringify(future), known)).toEqual({ ok: false, reason: 'unsupported-version', version: 3 });
  });

  it('refuses files over 1 MB before parsing them', () => {
    const big = JSON.stringify({ ...emptyAssessment(), pad: 'x'.repeat(1_000_001) });
    expect(decodeAssessment(big, known)).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('refuses a level out of range, naming the field', () => {
    const bad = JSON.parse(fixture('v2.json'));
    bad.ratings['model-conversion'] = 9;
    expect(decodeAssessment(JSON.stringify(bad), known)).toMatchObject({ ok: false, reason: 'invalid', field: 'ratings.model-conversion' });
  });

  it('accepts any text as a snapshot label (it is only ever shown as text) but refuses labels over 80 characters', () => {
    const label = JSON.parse(fixture('v2.json'));
    label.snapshots[0].label = 'Python onboarding = done <b>really</b>';
    expect(decodeAssessment(JSON.stringify(label), known)).toMatchObject({ ok: true, assessment: { snapshots: [{ label: 'Python onboarding = done <b>really</b>' }] } });
    label.snapshots[0].label = 'x'.repeat(81);
    expect(decodeAssessment(JSON.stringify(label), known)).toMatchObject({ ok: false, reason: 'invalid', field: 'snapshots.0.label' });
  });

  it('refuses markup in ids and unknown fields', () => {
    const key = JSON.parse(fixture('v2.json'));
    key.ratings['<script>alert(1)</script>'] = 3;
    expect(decodeAssessment(JSON.stringify(key), known)).toMatchObject({ ok: false, reason: 'invalid' });
    const extra = { ...JSON.parse(fixture('v2.json')), html: '<script>alert(1)</script>' };
    expect(decodeAssessment(JSON.stringify(extra), known)).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

describe('share links', () => {
  it('round-trips ratings and target, and leaves snapshots out', async () => {
    const source = { ...emptyAssessment(), ratings: { 'model-conversion': 4, 'gpu-programming': 1 }, target: { role: 'modeler', seniority: 'lead' as const } };
    const token = await encodeShare(source);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    const result = await decodeShare(token, known);
    expect(result).toMatchObject({ ok: true, dropped: [], assessment: { ratings: source.ratings, target: source.target, snapshots: [] } });
  });

  it('refuses garbage tokens without throwing, saying why', async () => {
    await expect(decodeShare('not base64 !!', known)).resolves.toEqual({ ok: false, reason: 'malformed' });
    await expect(decodeShare('AAAA', known)).resolves.toEqual({ ok: false, reason: 'malformed' });
    await expect(decodeShare('', known)).resolves.toEqual({ ok: false, reason: 'malformed' });
  });

  it('refuses a link from another version and a link whose payload is not an object', async () => {
    const token = async (value: unknown) => {
      const stream = new Blob([JSON.stringify(value)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
      const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
      return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    };
    await expect(decodeShare(await token({ v: 3, r: {} }), known)).resolves.toEqual({ ok: false, reason: 'unsupported-version', version: 3 });
    await expect(decodeShare(await token({ r: {} }), known)).resolves.toEqual({ ok: false, reason: 'unsupported-version', version: undefined });
    await expect(decodeShare(await token([2]), known)).resolves.toEqual({ ok: false, reason: 'wrong-format' });
    await expect(decodeShare(await token({ v: 2, r: { 'model-conversion': 6 } }), known)).resolves.toMatchObject({ ok: false, reason: 'invalid', field: 'r.model-conversion' });
  });

  it('drops skills the atlas does not have from a shared profile, and says which', async () => {
    const result = await decodeShare(await encodeShare({ ratings: { 'model-conversion': 2, 'retired-skill': 4 }, target: null }), known);
    expect(result).toMatchObject({ ok: true, dropped: ['retired-skill'], assessment: { ratings: { 'model-conversion': 2 } } });
  });

  it('refuses a token that inflates beyond 1 MB', async () => {
    const huge = new Blob([JSON.stringify({ v: 2, r: {}, pad: '0'.repeat(2_000_000) })]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(huge).arrayBuffer());
    const token = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    await expect(decodeShare(token, known)).resolves.toMatchObject({ ok: false, reason: 'too-large' });
  });
});

describe('assessment files in detail', () => {
  it('migrates a version-1 file without a seniority to no target, expectations shown', () => {
    const v1 = JSON.stringify({ version: 1, levels: { 'gpu-programming': 2 }, role: 'modeler', savedAt: '2026-01-01T00:00:00.000Z' });
    expect(decodeAssessment(v1, known)).toStrictEqual({
      ok: true,
      assessment: { format: 'ai-team-atlas/assessment', version: 2, ratings: { 'gpu-programming': 2 }, target: null, hideExpectations: false, snapshots: [], updatedAt: '2026-01-01T00:00:00.000Z' },
      dropped: [],
      migratedFrom: 1,
    });
  });

  it('names the bad field of an invalid version-1 file', () => {
    expect(decodeAssessment(JSON.stringify({ version: 1, levels: { 'gpu-programming': 9 }, savedAt: '2026-01-01T00:00:00.000Z' }), known)).toMatchObject({ ok: false, reason: 'invalid', field: 'levels.gpu-programming' });
  });

  it('reports no migration for a current file, and dropped skills once each in alphabetical order', () => {
    const file = { ...emptyAssessment(new Date('2026-01-01T00:00:00.000Z')), ratings: { zeta: 1, 'gpu-programming': 2 }, snapshots: [{ at: '2026-01-01T00:00:00.000Z', ratings: { alpha: 1, zeta: 2 } }] };
    expect(decodeAssessment(JSON.stringify(file), known)).toStrictEqual({
      ok: true,
      assessment: { ...file, ratings: { 'gpu-programming': 2 }, snapshots: [{ at: '2026-01-01T00:00:00.000Z', ratings: {} }] },
      dropped: ['alpha', 'zeta'],
    });
  });

  it('carries evidence through a share link', async () => {
    const evidence = { 'gpu-programming': { note: 'wrote a CUDA kernel', links: ['https://github.com/me/kernel'] } };
    const decoded = await decodeShare(await encodeShare({ ratings: { 'gpu-programming': 3 }, target: null, evidence }), known);
    expect(decoded.ok && decoded.assessment.evidence).toEqual(evidence);
  });

  it('names a person from a file name: only the last extension, the site prefix at the start, a date at the end', () => {
    expect(nameFromFileName('jisoo.v2.json')).toBe('jisoo.v2');
    expect(nameFromFileName('my-ai-team-atlas-assessment.json')).toBe('my ai team atlas assessment');
    expect(nameFromFileName('ai-team-atlas-assessment.json')).toBe('');
    expect(nameFromFileName('jisoo-2026-12-02-final.json')).toBe('jisoo 2026 12 02 final');
    expect(nameFromFileName('kim--min__ji.json')).toBe('kim min ji');
  });
});

describe('share links: size', () => {
  it('refuse to make a link longer than a share link may be, rather than one that would not open', async () => {
    let seed = 11;
    /** Pseudo-random letters (xorshift32), so the payload does not compress. */
    const next = () => ((seed ^= seed << 13), (seed ^= seed >>> 17), (seed ^= seed << 5), seed >>> 0);
    const letters = (n: number) => Array.from({ length: n }, () => String.fromCharCode(97 + (next() % 26))).join('');
    const evidence = Object.fromEntries(Array.from({ length: 2600 }, () => [letters(10), { note: letters(500) }]));
    await expect(encodeShare({ ratings: {}, target: null, evidence })).rejects.toThrow(new RangeError('share payload refused: too-large'));
  });
});
