/**
 * Decoding and encoding of assessments for files, storage and share links. Decoding never throws: it
 * returns a typed failure the UI turns into a message, so a bad input never touches saved data.
 */
import * as z from 'zod/mini';
import {
  ASSESSMENT_FORMAT, ASSESSMENT_VERSION, MAX_BYTES, assessmentSchema, assessmentV1Schema, sharePayloadSchema,
  type Assessment, type Ratings,
} from './schema';

/** Why an input was refused. */
export type DecodeFailure =
  | { reason: 'too-large'; bytes: number }
  | { reason: 'not-json' }
  | { reason: 'not-assessment' }
  | { reason: 'unsupported-version'; version: unknown }
  | { reason: 'invalid'; field: string; message: string };

/** A decoded assessment, with the unknown skill ids that were dropped and the version it was migrated from. */
export type DecodeResult =
  | { ok: true; assessment: Assessment; dropped: string[]; migratedFrom?: number }
  | ({ ok: false } & DecodeFailure);

/** A new, empty assessment. */
export function emptyAssessment(now: Date = new Date()): Assessment {
  return {
    format: ASSESSMENT_FORMAT,
    version: ASSESSMENT_VERSION,
    ratings: {},
    target: null,
    hideExpectations: false,
    snapshots: [],
    updatedAt: now.toISOString(),
  };
}

/** Serialises an assessment for a file or storage. */
export function encodeAssessment(assessment: Assessment): string {
  return JSON.stringify(assessment, null, 2);
}

/** Byte length of a string in UTF-8. */
export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Parses a file or stored value: size, JSON, format, version (migrating old ones), schema, known skills. */
export function decodeAssessment(text: string, knownSkills: ReadonlySet<string>): DecodeResult {
  const bytes = byteLength(text);
  if (bytes > MAX_BYTES) return { ok: false, reason: 'too-large', bytes };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  return decodeValue(data, knownSkills);
}

/** Validates an already parsed value (see {@link decodeAssessment}). */
export function decodeValue(data: unknown, knownSkills: ReadonlySet<string>): DecodeResult {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { ok: false, reason: 'not-assessment' };
  const record = data as Record<string, unknown>;
  let migratedFrom: number | undefined;
  let candidate: unknown = data;
  if (record.version === 1 && !('format' in record)) {
    const v1 = assessmentV1Schema.safeParse(data);
    if (!v1.success) return invalid(v1.error);
    candidate = migrateV1(v1.data);
    migratedFrom = 1;
  } else if (record.format !== ASSESSMENT_FORMAT) {
    return { ok: false, reason: 'not-assessment' };
  } else if (record.version !== ASSESSMENT_VERSION) {
    return { ok: false, reason: 'unsupported-version', version: record.version };
  }
  const parsed = assessmentSchema.safeParse(candidate);
  if (!parsed.success) return invalid(parsed.error);
  const { assessment, dropped } = dropUnknown(parsed.data, knownSkills);
  return { ok: true, assessment, dropped, ...(migratedFrom === undefined ? {} : { migratedFrom }) };
}

function migrateV1(v1: z.output<typeof assessmentV1Schema>): Assessment {
  return {
    format: ASSESSMENT_FORMAT,
    version: ASSESSMENT_VERSION,
    ratings: v1.levels,
    target: v1.role && v1.seniority ? { role: v1.role, seniority: v1.seniority } : null,
    hideExpectations: false,
    snapshots: [],
    updatedAt: v1.savedAt,
  };
}

function invalid(error: z.core.$ZodError): DecodeResult {
  const issue = error.issues[0];
  return {
    ok: false,
    reason: 'invalid',
    field: issue ? issue.path.map(String).join('.') || '(document)' : '(document)',
    message: issue?.message ?? 'does not match the assessment format',
  };
}

function keepKnown(ratings: Ratings, known: ReadonlySet<string>, dropped: Set<string>): Ratings {
  const out: Ratings = {};
  for (const [skill, level] of Object.entries(ratings)) {
    if (known.has(skill)) out[skill] = level;
    else dropped.add(skill);
  }
  return out;
}

/** Removes ratings of skills the atlas does not have (renamed or deleted), reporting their ids. */
export function dropUnknown(assessment: Assessment, known: ReadonlySet<string>): { assessment: Assessment; dropped: string[] } {
  const dropped = new Set<string>();
  const result: Assessment = {
    ...assessment,
    ratings: keepKnown(assessment.ratings, known, dropped),
    snapshots: assessment.snapshots.map((s) => ({ ...s, ratings: keepKnown(s.ratings, known, dropped) })),
  };
  return { assessment: result, dropped: [...dropped].sort() };
}

/** Encodes ratings and target into a URL-safe share token: JSON, deflate-raw, base64url. */
export async function encodeShare(assessment: Pick<Assessment, 'ratings' | 'target'>): Promise<string> {
  const payload = {
    v: ASSESSMENT_VERSION,
    r: assessment.ratings,
    ...(assessment.target ? { t: [assessment.target.role, assessment.target.seniority] } : {}),
  };
  const input = new Blob([JSON.stringify(payload)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(input).arrayBuffer());
  return toBase64Url(bytes);
}

/** Decodes a share token into an assessment (no snapshots). Never throws. */
export async function decodeShare(token: string, knownSkills: ReadonlySet<string>, now: Date = new Date()): Promise<DecodeResult> {
  if (token.length > MAX_BYTES) return { ok: false, reason: 'too-large', bytes: token.length };
  if (!/^[A-Za-z0-9_-]*$/.test(token) || token.length === 0) return { ok: false, reason: 'not-assessment' };
  let text: string;
  try {
    const bytes = fromBase64Url(token);
    const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    text = await readCapped(stream, MAX_BYTES);
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, reason: 'too-large', bytes: MAX_BYTES + 1 };
    return { ok: false, reason: 'not-assessment' };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  const parsed = sharePayloadSchema.safeParse(data);
  if (!parsed.success) {
    const version = (data as { v?: unknown } | null)?.v;
    if (data && typeof data === 'object' && version !== ASSESSMENT_VERSION) return { ok: false, reason: 'unsupported-version', version };
    return invalid(parsed.error);
  }
  const base = emptyAssessment(now);
  const target = parsed.data.t ? { role: parsed.data.t[0], seniority: parsed.data.t[1] } : null;
  const { assessment, dropped } = dropUnknown({ ...base, ratings: parsed.data.r, target }, knownSkills);
  return { ok: true, assessment, dropped };
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
  const binary = atob(padded);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
