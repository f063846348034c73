import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { byteLength, decodeDocument, encodeDocument, invalid, timestamp, type DocumentFormat } from '../../../src/lib/document';

const schema = z.strictObject({ format: z.literal('test/doc'), version: z.literal(2), n: z.int().check(z.gte(0)) });
const format: DocumentFormat<z.output<typeof schema>> = {
  format: 'test/doc',
  version: 2,
  schema,
  maxBytes: 100,
  migrate: (data) => {
    if (data.version !== 1 || 'format' in data) return undefined;
    const v1 = z.strictObject({ version: z.literal(1), count: z.int() }).safeParse(data);
    return v1.success ? { from: 1, value: { format: 'test/doc', version: 2, n: v1.data.count } } : { from: 1, error: v1.error };
  },
};

describe('versioned documents', () => {
  it('counts UTF-8 bytes, not characters', () => {
    expect(byteLength('abc')).toBe(3);
    expect(byteLength('가')).toBe(3);
    expect(byteLength('😀')).toBe(4);
  });

  it('round-trips a valid value and refuses to encode an invalid one', () => {
    const encoded = encodeDocument(format, { format: 'test/doc', version: 2, n: 4 });
    expect(encoded).toEqual({ ok: true, text: '{\n  "format": "test/doc",\n  "version": 2,\n  "n": 4\n}' });
    expect(encoded.ok && decodeDocument(format, encoded.text)).toEqual({ ok: true, value: { format: 'test/doc', version: 2, n: 4 } });
    expect(encodeDocument(format, { format: 'test/doc', version: 2, n: -1 })).toMatchObject({ ok: false, reason: 'invalid', field: 'n' });
  });

  it('refuses to encode a value whose text would exceed the size limit', () => {
    const big = { format: 'test/doc' as const, version: 2 as const, n: 1, pad: 'x'.repeat(200) };
    const loose: DocumentFormat<typeof big> = { ...format, schema: z.object({ format: z.literal('test/doc'), version: z.literal(2), n: z.int(), pad: z.string() }) } as never;
    expect(encodeDocument(loose, big)).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('says why a text is refused: size, JSON, format tag, version, field', () => {
    expect(decodeDocument(format, 'x'.repeat(101))).toEqual({ ok: false, reason: 'too-large', bytes: 101 });
    expect(decodeDocument(format, '{')).toEqual({ ok: false, reason: 'not-json' });
    expect(decodeDocument(format, 'null')).toEqual({ ok: false, reason: 'wrong-format' });
    expect(decodeDocument(format, '[]')).toEqual({ ok: false, reason: 'wrong-format' });
    expect(decodeDocument(format, '{"format":"other","version":2}')).toEqual({ ok: false, reason: 'wrong-format' });
    expect(decodeDocument(format, '{"format":"test/doc","version":9}')).toEqual({ ok: false, reason: 'unsupported-version', version: 9 });
    expect(decodeDocument(format, '{"format":"test/doc","version":2,"n":"4"}')).toMatchObject({ ok: false, reason: 'invalid', field: 'n' });
    expect(decodeDocument(format, '{"format":"test/doc","version":2,"n":1,"x":1}')).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('migrates an earlier version, and names the bad field of an invalid earlier version', () => {
    expect(decodeDocument(format, '{"version":1,"count":7}')).toEqual({ ok: true, value: { format: 'test/doc', version: 2, n: 7 }, migratedFrom: 1 });
    expect(decodeDocument(format, '{"version":1,"count":"7"}')).toMatchObject({ ok: false, reason: 'invalid', field: 'count' });
  });
});

describe('document limits and refusals in detail', () => {
  const loose = { ...format, schema: z.object({ format: z.literal('test/doc'), version: z.literal(2), n: z.int(), pad: z.string() }) } as unknown as DocumentFormat<{ format: 'test/doc'; version: 2; n: number; pad: string }>;

  it('accepts a text of exactly the size limit, reading and writing', () => {
    // 39 bytes of JSON and 61 spaces: 100 bytes.
    expect(decodeDocument(format, `{"format":"test/doc","version":2,"n":1}${' '.repeat(61)}`)).toEqual({ ok: true, value: { format: 'test/doc', version: 2, n: 1 } });
    // The pretty-printed frame is 65 bytes; a 35-character pad makes 100.
    expect(encodeDocument(loose, { format: 'test/doc', version: 2, n: 1, pad: 'x'.repeat(35) })).toMatchObject({ ok: true });
    expect(encodeDocument(loose, { format: 'test/doc', version: 2, n: 1, pad: 'x'.repeat(36) })).toEqual({ ok: false, reason: 'too-large', bytes: 101 });
  });

  it('refuses a number or a string as the wrong format without handing it to the migration', () => {
    const picky: DocumentFormat<z.output<typeof schema>> = { ...format, migrate: (data) => ('legacy' in data ? { from: 1, value: data.legacy } : undefined) };
    expect(decodeDocument(picky, '5')).toEqual({ ok: false, reason: 'wrong-format' });
    expect(decodeDocument(picky, '"text"')).toEqual({ ok: false, reason: 'wrong-format' });
  });

  it('names the whole document when the schema refuses it as a whole', () => {
    expect(invalid(z.string().safeParse(5).error!)).toEqual({ ok: false, reason: 'invalid', field: '(document)', message: expect.any(String) });
    expect(invalid(z.string().safeParse(5).error!).message).not.toBe('');
    expect(invalid({ issues: [] } as unknown as Parameters<typeof invalid>[0])).toEqual({ ok: false, reason: 'invalid', field: '(document)', message: 'does not match the format' });
  });
});

describe('timestamps', () => {
  it('accepts what toISOString writes and what zod\'s iso.datetime accepted (older files keep loading)', () => {
    for (const ok of ['2026-12-03T07:05:09.123Z', '2026-01-31T23:59:59Z', '2024-02-29T00:00Z', '2026-06-30T12:00:00.1Z', new Date(0).toISOString()]) {
      expect(timestamp().safeParse(ok).success, ok).toBe(true);
    }
  });

  it('refuses dates without a time, offsets other than Z, impossible months, days and hours, and surrounding text', () => {
    for (const bad of ['2026-12-03', '2026-12-03T07:05:09+09:00', '2026-13-01T00:00:00Z', '2026-00-10T00:00:00Z', '2026-12-32T00:00:00Z',
      '2026-12-00T00:00:00Z', '2026-12-03T24:00:00Z', '2026-12-03T07:60:00Z', '2026-12-03T07:05:60Z', ' 2026-12-03T07:05:09Z', '2026-12-03T07:05:09Zx', '']) {
      expect(timestamp().safeParse(bad).success, bad).toBe(false);
    }
  });
});
