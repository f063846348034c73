/**
 * State in the URL: a versioned payload, validated by a zod/mini schema, carried as a compressed token
 * (src/lib/token.ts). Every tool's share link uses this, so a link is refused for the same reasons
 * everywhere: too large, malformed, not JSON, an unsupported version, or a field out of range.
 */
import type * as z from 'zod/mini';
import { invalid, type DocumentFailure } from './document';
import { decodeToken, encodeToken } from './token';

/** A URL payload format. The payload is an object whose `v` field is the version. */
export interface UrlStateFormat<T extends { v: number }> {
  /** Current version. */
  version: T['v'];
  /** Schema of the payload (it checks `v` too). */
  schema: z.ZodMiniType<T>;
  /** Largest accepted token and inflated payload, in bytes. */
  maxBytes: number;
}

/** A decoded payload, or why the link was refused. */
export type UrlDecoded<T> = { ok: true; value: T } | ({ ok: false } & (DocumentFailure | { reason: 'malformed' }));

/** Encodes a payload as a token, refusing one the schema would refuse. */
export async function encodeUrlState<T extends { v: number }>(format: UrlStateFormat<T>, value: T): Promise<{ ok: true; token: string } | ({ ok: false } & DocumentFailure)> {
  const parsed = format.schema.safeParse(value);
  if (!parsed.success) return invalid(parsed.error);
  const token = await encodeToken(parsed.data);
  if (token.length > format.maxBytes) return { ok: false, reason: 'too-large', bytes: token.length };
  return { ok: true, token };
}

/** Decodes and validates a token. Never throws. */
export async function decodeUrlState<T extends { v: number }>(format: UrlStateFormat<T>, token: string): Promise<UrlDecoded<T>> {
  const decoded = await decodeToken(token, format.maxBytes);
  if (!decoded.ok) return decoded;
  const data = decoded.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { ok: false, reason: 'wrong-format' };
  const version = (data as { v?: unknown }).v;
  if (version !== format.version) return { ok: false, reason: 'unsupported-version', version };
  const parsed = format.schema.safeParse(data);
  return parsed.success ? { ok: true, value: parsed.data } : invalid(parsed.error);
}
