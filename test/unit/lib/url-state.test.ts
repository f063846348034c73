import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { decodeToken, encodeToken } from '../../../src/lib/token';
import { decodeUrlState, encodeUrlState, type UrlStateFormat } from '../../../src/lib/url-state';

const schema = z.strictObject({ v: z.literal(1), ids: z.array(z.string().check(z.regex(/^[a-z]+$/))).check(z.maxLength(4)) });
const format: UrlStateFormat<z.output<typeof schema>> = { version: 1, schema, maxBytes: 2000 };

describe('compressed tokens', () => {
  it('are URL-safe and round-trip any JSON value', async () => {
    await fc.assert(fc.asyncProperty(fc.jsonValue(), async (value) => {
      const token = await encodeToken(value);
      expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
      const decoded = await decodeToken(token, 1_000_000);
      expect(decoded.ok).toBe(true);
      expect(decoded.ok && JSON.stringify(decoded.data)).toBe(JSON.stringify(value));
    }), { numRuns: 80 });
  });

  it('refuse tokens that are empty, not base64url, not deflate, or too large', async () => {
    expect(await decodeToken('', 100)).toEqual({ ok: false, reason: 'malformed' });
    expect(await decodeToken('a b', 100)).toEqual({ ok: false, reason: 'malformed' });
    expect(await decodeToken('AAAA', 100)).toEqual({ ok: false, reason: 'malformed' });
    expect(await decodeToken('A'.repeat(101), 100)).toEqual({ ok: false, reason: 'too-large', bytes: 101 });
    expect(await decodeToken(await encodeToken('x'.repeat(5000)), 100)).toEqual({ ok: false, reason: 'too-large', bytes: 101 });
  });
});

describe('state in the URL', () => {
  it('round-trips a valid payload', async () => {
    const encoded = await encodeUrlState(format, { v: 1, ids: ['modeler', 'curator'] });
    expect(encoded.ok).toBe(true);
    expect(encoded.ok && (await decodeUrlState(format, encoded.token))).toEqual({ ok: true, value: { v: 1, ids: ['modeler', 'curator'] } });
  });

  it('refuses to encode a payload the schema refuses', async () => {
    expect(await encodeUrlState(format, { v: 1, ids: ['a', 'b', 'c', 'd', 'e'] })).toMatchObject({ ok: false, reason: 'invalid', field: 'ids' });
  });

  it('refuses another version, a non-object and an invalid field, naming it', async () => {
    expect(await decodeUrlState(format, await encodeToken({ v: 2, ids: [] }))).toEqual({ ok: false, reason: 'unsupported-version', version: 2 });
    expect(await decodeUrlState(format, await encodeToken('text'))).toEqual({ ok: false, reason: 'wrong-format' });
    expect(await decodeUrlState(format, await encodeToken({ v: 1, ids: ['A'] }))).toMatchObject({ ok: false, reason: 'invalid', field: 'ids.0' });
  });

  it('never throws on random tokens', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ maxLength: 300 }), async (token) => {
      expect((await decodeUrlState(format, token)).ok).toBe(false);
    }), { numRuns: 200 });
  });
});

/** A token whose inflated bytes are `bytes` (not necessarily JSON or UTF-8), as a hand-made link could be. */
async function rawToken(bytes: Uint8Array): Promise<string> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const out = new Uint8Array(await new Response(stream).arrayBuffer());
  return btoa(String.fromCharCode(...out)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

describe('token details', () => {
  it('refuse a token whose text is not JSON, or not UTF-8', async () => {
    expect(await decodeToken(await rawToken(new TextEncoder().encode('not json')), 100)).toEqual({ ok: false, reason: 'not-json' });
    expect(await decodeToken(await rawToken(new Uint8Array([0x22, 0xff, 0x22])), 100)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('round-trip a payload that inflates in several chunks', async () => {
    const value = Array.from({ length: 20_000 }, (_, i) => `item-${i}-${(i * 7919) % 10007}`);
    const decoded = await decodeToken(await encodeToken(value), 1_000_000);
    expect(decoded.ok && decoded.data).toEqual(value);
  });
});

describe('state in the URL: limits', () => {
  it('accepts a token of exactly the size limit and refuses to encode one byte over', async () => {
    const token = (await encodeUrlState(format, { v: 1, ids: ['modeler'] }) as { token: string }).token;
    const exact = { ...format, maxBytes: token.length };
    expect(await decodeUrlState(exact, token)).toEqual({ ok: true, value: { v: 1, ids: ['modeler'] } });
    expect(await encodeUrlState(exact, { v: 1, ids: ['modeler'] })).toEqual({ ok: true, token });
    expect(await encodeUrlState({ ...format, maxBytes: token.length - 1 }, { v: 1, ids: ['modeler'] })).toEqual({ ok: false, reason: 'too-large', bytes: token.length });
  });

  it('refuses a link whose payload is null', async () => {
    expect(await decodeUrlState(format, await encodeToken(null))).toEqual({ ok: false, reason: 'wrong-format' });
  });
});

describe('token alphabet and inflated size', () => {
  it('refuses a token written in standard base64 (+ and /) instead of the URL-safe alphabet', async () => {
    const token = await encodeToken('데이터 엔지니어');
    expect(token).toMatch(/[-_]/);
    expect(await decodeToken(token, 1000)).toEqual({ ok: true, data: '데이터 엔지니어' });
    expect(await decodeToken(token.replace(/-/g, '+').replace(/_/g, '/'), 1000)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('accepts a payload that inflates to exactly the limit', async () => {
    // JSON of a 98-character string is 100 bytes.
    expect(await decodeToken(await encodeToken('x'.repeat(98)), 100)).toEqual({ ok: true, data: 'x'.repeat(98) });
    expect(await decodeToken(await encodeToken('x'.repeat(99)), 100)).toEqual({ ok: false, reason: 'too-large', bytes: 101 });
  });
});
