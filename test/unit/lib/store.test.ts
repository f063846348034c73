import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { decodeDocument, encodeDocument, type DocumentFormat } from '../../../src/lib/document';
import { keepCopy, loadStored, saveStored, type StoreSpec } from '../../../src/lib/store';
import { memory } from '../../support/memory-store';

const schema = z.strictObject({ format: z.literal('test/doc'), version: z.literal(1), n: z.int().check(z.lte(9)) });
type Doc = z.output<typeof schema>;
const format: DocumentFormat<Doc> = { format: 'test/doc', version: 1, schema, maxBytes: 1000 };
const spec: StoreSpec<Doc> = {
  key: 'k',
  decode: (text) => decodeDocument(format, text),
  encode: (value) => encodeDocument(format, value),
  empty: () => ({ format: 'test/doc', version: 1, n: 0 }),
};
const now = new Date('2026-12-01T00:00:00Z');

describe('the validated store', () => {
  it('writes a valid value and loads it back', () => {
    const store = memory();
    expect(saveStored(store, spec, { format: 'test/doc', version: 1, n: 3 })).toEqual({ ok: true });
    expect(loadStored(store, spec, now)).toEqual({ value: { format: 'test/doc', version: 1, n: 3 }, notices: [] });
  });

  it('writes nothing when the value would not load, and says which field', () => {
    const store = memory({ k: '{"format":"test/doc","version":1,"n":1}' });
    expect(saveStored(store, spec, { format: 'test/doc', version: 1, n: 10 })).toMatchObject({ ok: false, reason: 'invalid', field: 'n' });
    expect(store.data.get('k')).toBe('{"format":"test/doc","version":1,"n":1}');
  });

  it('refuses a value that encodes but would not decode (a stricter reader)', () => {
    const store = memory();
    const strict: StoreSpec<Doc> = { ...spec, decode: () => ({ ok: false, reason: 'not-json' }) };
    expect(saveStored(store, strict, { format: 'test/doc', version: 1, n: 1 })).toEqual({ ok: false, reason: 'not-json' });
    expect(store.data.size).toBe(0);
  });

  it('keeps a corrupt value aside, leaves it in place and starts empty', () => {
    const store = memory({ k: 'garbage' });
    expect(loadStored(store, spec, now)).toEqual({ value: spec.empty(now), notices: [{ kind: 'corrupt', backupKey: 'k.corrupt-2026-12-01T00:00:00.000Z' }] });
    expect(store.data.get('k')).toBe('garbage');
    expect(store.data.get('k.corrupt-2026-12-01T00:00:00.000Z')).toBe('garbage');
  });

  it('reports storage errors instead of throwing', () => {
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('quota'); } };
    expect(loadStored(broken, spec, now).notices).toEqual([{ kind: 'unavailable' }]);
    expect(saveStored(broken, spec, spec.empty(now))).toEqual({ ok: false, reason: 'storage' });
    expect(keepCopy(broken, 'k', 'before-import', now)).toBeNull();
  });

  it('keeps copies before a replacement without ever overwriting an earlier copy', () => {
    const store = memory({ k: 'first' });
    expect(keepCopy(store, 'k', 'before-import', now)).toBe('k.before-import-2026-12-01T00:00:00.000Z');
    store.data.set('k', 'second');
    expect(keepCopy(store, 'k', 'before-import', now)).toBe('k.before-import-2026-12-01T00:00:00.000Z-2');
    expect(store.data.get('k.before-import-2026-12-01T00:00:00.000Z')).toBe('first');
    expect(store.data.get('k.before-import-2026-12-01T00:00:00.000Z-2')).toBe('second');
    expect(keepCopy(memory(), 'k', 'before-import', now)).toBeNull();
  });
});

describe('the validated store when storage half works', () => {
  const readsFail = () => {
    const inner = memory({ k: '{"format":"test/doc","version":1,"n":1}' });
    return { data: inner.data, getItem: () => { throw new Error('denied'); }, setItem: inner.setItem };
  };

  it('says storage is unavailable when it cannot read, and writes nothing, not even a backup', () => {
    const store = readsFail();
    expect(loadStored(store, spec, now)).toEqual({ value: spec.empty(now), notices: [{ kind: 'unavailable' }] });
    expect(keepCopy(store, 'k', 'before-import', now)).toBeNull();
    expect([...store.data.keys()]).toEqual(['k']);
  });

  it('says storage is unavailable when a corrupt value cannot be copied aside', () => {
    const inner = memory({ k: 'garbage' });
    const store = { getItem: inner.getItem, setItem: () => { throw new Error('quota'); } };
    expect(loadStored(store, spec, now)).toEqual({ value: spec.empty(now), notices: [{ kind: 'unavailable' }] });
  });

  it('numbers copies taken in the same millisecond 2, 3, …', () => {
    const store = memory({ k: 'v' });
    expect([1, 2, 3].map(() => keepCopy(store, 'k', 'before-import', now))).toEqual([
      'k.before-import-2026-12-01T00:00:00.000Z',
      'k.before-import-2026-12-01T00:00:00.000Z-2',
      'k.before-import-2026-12-01T00:00:00.000Z-3',
    ]);
  });

  it('still keeps a copy when only looking up earlier copies fails', () => {
    const inner = memory({ k: 'v' });
    const store = { data: inner.data, getItem: (key: string) => { if (key !== 'k') throw new Error('denied'); return inner.getItem(key); }, setItem: inner.setItem };
    expect(keepCopy(store, 'k', 'before-import', now)).toBe('k.before-import-2026-12-01T00:00:00.000Z');
    expect(store.data.get('k.before-import-2026-12-01T00:00:00.000Z')).toBe('v');
  });
});
