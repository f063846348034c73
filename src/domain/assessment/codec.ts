/**
 * The assessment as a document (files and storage) and as a share link, on the shared versioned-document
 * and URL-state codecs (src/lib). Decoding never throws: it returns a typed failure the UI turns into a
 * message, so a bad input never touches saved data. Ratings of skills the atlas does not have (renamed or
 * removed) are dropped on every read, in the current ratings and in every snapshot, and reported.
 */
import * as z from 'zod/mini';
import { clipText } from './state';
import { decodeDocument, encodeDocument, type DocumentFailure, type DocumentFormat, type Encoded } from '../../lib/document';
import { decodeUrlState, encodeUrlState, type UrlStateFormat } from '../../lib/url-state';
import {
  ASSESSMENT_FORMAT, ASSESSMENT_VERSION, MAX_BYTES, assessmentSchema, assessmentV1Schema, sharePayloadSchema,
  type Assessment, type Ratings,
} from './schema';

/** Why an input was refused. */
export type DecodeFailure = DocumentFailure | { reason: 'malformed' };

/** A decoded assessment, with the unknown skill ids that were dropped and the version it was migrated from. */
export type DecodeResult =
  | { ok: true; assessment: Assessment; dropped: string[]; migratedFrom?: number }
  | ({ ok: false } & DecodeFailure);

/** The assessment file and storage format: version 2, migrating version 1. */
export const assessmentFormat: DocumentFormat<Assessment> = {
  format: ASSESSMENT_FORMAT,
  version: ASSESSMENT_VERSION,
  schema: assessmentSchema,
  maxBytes: MAX_BYTES,
  migrate(data) {
    if (data.version !== 1 || 'format' in data) return undefined;
    const v1 = assessmentV1Schema.safeParse(data);
    return v1.success ? { from: 1, value: migrateV1(v1.data) } : { from: 1, error: v1.error };
  },
};

/** The share-link payload: ratings, target, evidence and name, never snapshots. */
export const shareFormat: UrlStateFormat<z.output<typeof sharePayloadSchema>> = {
  version: ASSESSMENT_VERSION,
  schema: sharePayloadSchema,
  maxBytes: MAX_BYTES,
};

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

/** Serialises an assessment for a file or storage, refusing one the format would refuse to read. */
export function encodeAssessment(assessment: Assessment): Encoded {
  return encodeDocument(assessmentFormat, assessment);
}

/** Parses a file or stored value: size, JSON, format, version (migrating old ones), schema, known skills. */
export function decodeAssessment(text: string, knownSkills: ReadonlySet<string>): DecodeResult {
  const result = decodeDocument(assessmentFormat, text);
  if (!result.ok) return result;
  const { assessment, dropped } = dropUnknown(result.value, knownSkills);
  return { ok: true, assessment, dropped, ...(result.migratedFrom === undefined ? {} : { migratedFrom: result.migratedFrom }) };
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

function keepKnown<V>(ratings: Record<string, V>, known: ReadonlySet<string>, dropped: Set<string>): Record<string, V> {
  const out: Record<string, V> = {};
  for (const [skill, level] of Object.entries(ratings)) {
    if (known.has(skill)) out[skill] = level;
    else dropped.add(skill);
  }
  return out;
}

/** Removes ratings and evidence of skills the atlas does not have (renamed or deleted), now and in every snapshot, reporting their ids. */
export function dropUnknown(assessment: Assessment, known: ReadonlySet<string>): { assessment: Assessment; dropped: string[] } {
  const dropped = new Set<string>();
  const clean = <T extends { ratings: Ratings; evidence?: Assessment['evidence'] }>(point: T): T => ({
    ...point,
    ratings: keepKnown(point.ratings, known, dropped),
    ...(point.evidence ? { evidence: keepKnown(point.evidence, known, dropped) } : {}),
  });
  const result: Assessment = { ...clean(assessment), snapshots: assessment.snapshots.map(clean) };
  return { assessment: result, dropped: [...dropped].sort() };
}

/** Encodes ratings, target, evidence and name into a URL-safe share token. */
export async function encodeShare(assessment: Pick<Assessment, 'ratings' | 'target' | 'evidence' | 'name'>): Promise<string> {
  const payload = {
    v: ASSESSMENT_VERSION,
    r: assessment.ratings,
    ...(assessment.target ? { t: [assessment.target.role, assessment.target.seniority] as [string, typeof assessment.target.seniority] } : {}),
    ...(assessment.evidence && Object.keys(assessment.evidence).length > 0 ? { e: assessment.evidence } : {}),
    ...(assessment.name ? { n: assessment.name } : {}),
  } as const;
  const encoded = await encodeUrlState(shareFormat, payload);
  if (!encoded.ok) throw new RangeError(`share payload refused: ${encoded.reason}`);
  return encoded.token;
}

/** Decodes a share token into an assessment (no snapshots). Never throws. */
export async function decodeShare(token: string, knownSkills: ReadonlySet<string>, now: Date = new Date()): Promise<DecodeResult> {
  const decoded = await decodeUrlState(shareFormat, token);
  if (!decoded.ok) return decoded;
  const target = decoded.value.t ? { role: decoded.value.t[0], seniority: decoded.value.t[1] } : null;
  const { r: ratings, e: evidence, n: name } = decoded.value;
  const shared: Assessment = { ...emptyAssessment(now), ratings, target, ...(evidence ? { evidence } : {}), ...(name ? { name } : {}) };
  const { assessment, dropped } = dropUnknown(shared, knownSkills);
  return { ok: true, assessment, dropped };
}

/**
 * A person's name from an exported assessment file's name: extension, the site's prefix and the date
 * removed, dashes as spaces, at most 80 characters (may be empty). Used by position fit and the team planner.
 */
export function nameFromFileName(fileName: string): string {
  const stem = fileName.replace(/\.[^.]*$/, '').replace(/^ai-team-atlas-assessment-?/i, '').replace(/-?\d{4}-\d{2}-\d{2}$/, '');
  return clipText(stem.replace(/[-_]+/g, ' '), 80);
}
