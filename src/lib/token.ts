/**
 * A compact, URL-safe token for any JSON value: JSON → deflate-raw (CompressionStream) → base64url.
 * Decoding never throws: it reports why a token was refused, and caps the inflated size so a small
 * hostile token cannot expand into a huge string.
 */

/** Why a token was refused. */
export type TokenFailure = { reason: 'too-large'; bytes: number } | { reason: 'malformed' } | { reason: 'not-json' };

/** A decoded token: the parsed JSON value, or why it was refused. */
export type TokenResult = { ok: true; data: unknown } | ({ ok: false } & TokenFailure);

/** Encodes a JSON-serialisable value as a token. */
export async function encodeToken(value: unknown): Promise<string> {
  const input = new Blob([JSON.stringify(value)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return toBase64Url(new Uint8Array(await new Response(input).arrayBuffer()));
}

/** Decodes a token into its JSON value, refusing tokens or inflated payloads over `maxBytes`. */
export async function decodeToken(token: string, maxBytes: number): Promise<TokenResult> {
  if (token.length > maxBytes) return { ok: false, reason: 'too-large', bytes: token.length };
  if (token.length === 0 || !/^[A-Za-z0-9_-]*$/.test(token)) return { ok: false, reason: 'malformed' };
  let text: string;
  try {
    const stream = new Blob([fromBase64Url(token) as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    text = await readCapped(stream, maxBytes);
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, reason: 'too-large', bytes: maxBytes + 1 };
    return { ok: false, reason: 'malformed' };
  }
  try {
    return { ok: true, data: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, reason: 'not-json' };
  }
}

async function readCapped(stream: ReadableStream<Uint8Array>, cap: number): Promise<string> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > cap) {
      await reader.cancel();
      throw new RangeError('payload too large');
    }
    chunks.push(value);
  }
  const all = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    all.set(c, offset);
    offset += c.length;
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(all);
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(token: string): Uint8Array {
  const padded = token.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (token.length % 4)) % 4);
  return Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
}
