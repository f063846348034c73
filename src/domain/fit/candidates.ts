/**
 * The candidates a hiring manager has loaded, as a versioned document kept in localStorage.
 *
 * Each candidate is a name the manager can edit and the candidate's own exported self-assessment, stored
 * with the self-assessment's schema (snapshots left out), so whatever that format carries is validated
 * the same way here. Version 1: `{ format: 'ai-team-atlas/candidates', version: 1, candidates: [{ id, name,
 * assessment }], updatedAt }`. Every change is a pure function below; unknown skills are dropped on read.
 */
import * as z from 'zod/mini';
import { decodeDocument, encodeDocument, timestamp, type DocumentFormat, type Encoded } from '../../lib/document';
import { decodeAssessment, dropUnknown, nameFromFileName } from '../assessment/codec';
import { assessmentSchema, type Assessment } from '../assessment/schema';
import { clipText } from '../assessment/state';
import type { Decoded } from '../../lib/document';

/** Tag of the stored document. */
export const CANDIDATES_FORMAT = 'ai-team-atlas/candidates';
/** Current version. */
export const CANDIDATES_VERSION = 1;
/** Most candidates kept at once. */
export const MAX_CANDIDATES = 20;
/** Longest candidate name. */
export const MAX_NAME = 80;
/** Largest stored document, in bytes. */
export const CANDIDATES_MAX_BYTES = 4_000_000;

/** One loaded candidate. */
export const candidateSchema = z.strictObject({
  /** Stable id within the list, `c1`, `c2`, … */
  id: z.string().check(z.regex(/^c[1-9][0-9]{0,5}$/)),
  /** Display name (from the file name, editable); shown only as text. */
  name: z.string().check(z.minLength(1), z.maxLength(MAX_NAME)),
  /** The candidate's exported self-assessment, without snapshots. */
  assessment: assessmentSchema,
});

/** The stored list. */
export const candidatesSchema = z.strictObject({
  /** Always `ai-team-atlas/candidates`. */
  format: z.literal(CANDIDATES_FORMAT),
  /** Always 1. */
  version: z.literal(CANDIDATES_VERSION),
  /** Candidates in the order they were loaded. */
  candidates: z.array(candidateSchema).check(z.maxLength(MAX_CANDIDATES)),
  /** Last change (ISO 8601). */
  updatedAt: timestamp(),
});

/** A loaded candidate. */
export type Candidate = z.output<typeof candidateSchema>;
/** The stored list. */
export type CandidateList = z.output<typeof candidatesSchema>;

/** The document format of the list. */
export const candidatesFormat: DocumentFormat<CandidateList> = {
  format: CANDIDATES_FORMAT,
  version: CANDIDATES_VERSION,
  schema: candidatesSchema,
  maxBytes: CANDIDATES_MAX_BYTES,
};

/** An empty list. */
export function emptyCandidates(now: Date = new Date()): CandidateList {
  return { format: CANDIDATES_FORMAT, version: CANDIDATES_VERSION, candidates: [], updatedAt: now.toISOString() };
}

/** Serialises the list, refusing a value the format would refuse. */
export function encodeCandidates(list: CandidateList): Encoded {
  return encodeDocument(candidatesFormat, list);
}

/** Reads a stored list: format and schema, then ratings of skills the atlas lacks dropped and reported. */
export function decodeCandidates(text: string, known: ReadonlySet<string>): Decoded<CandidateList> & { dropped?: string[] } {
  const result = decodeDocument(candidatesFormat, text);
  if (!result.ok) return result;
  const dropped = new Set<string>();
  const candidates = result.value.candidates.map((c) => {
    const clean = dropUnknown(c.assessment, known);
    clean.dropped.forEach((d) => dropped.add(d));
    return { ...c, assessment: clean.assessment };
  });
  return { ok: true, value: { ...result.value, candidates }, dropped: [...dropped].sort() };
}

/** A candidate file read: the candidate to add, or why it was refused (as the self-assessment's import says). */
export type CandidateFile =
  | { ok: true; name: string; assessment: Assessment; dropped: string[] }
  | ({ ok: false; file: string } & Exclude<ReturnType<typeof decodeAssessment>, { ok: true }>)
  | { ok: false; file: string; reason: 'unknown-skills'; dropped: string[] };

/**
 * Reads one exported self-assessment file (same format and checks as the self-assessment's import). The
 * candidate is named by the name the file carries, else by the file's name. A file whose ratings are all for
 * skills this atlas lacks (another skill set) is refused rather than shown as empty.
 */
export function readCandidateFile(fileName: string, text: string, known: ReadonlySet<string>, fallbackName: string): CandidateFile {
  const result = decodeAssessment(text, known);
  if (!result.ok) return { ...result, file: fileName };
  if (result.dropped.length > 0 && Object.keys(result.assessment.ratings).length === 0) return { ok: false, file: fileName, reason: 'unknown-skills', dropped: result.dropped };
  const name = result.assessment.name ?? (nameFromFileName(fileName) || fallbackName);
  return { ok: true, name, assessment: { ...result.assessment, snapshots: [] }, dropped: result.dropped };
}

/** A name from an exported file's name (shared with the team planner; see assessment/codec.ts). */
export { nameFromFileName };

/** Why a change was refused. */
export type CandidateChange = { ok: true; list: CandidateList; ids: string[] } | { ok: false; reason: 'too-many' | 'empty-name' | 'no-candidate' };

const nextId = (list: CandidateList, k: number) => `c${Math.max(0, ...list.candidates.map((c) => Number(c.id.slice(1)))) + k}`;

/** Adds candidates at the end; refuses the whole batch if the list would exceed MAX_CANDIDATES. */
export function addCandidates(list: CandidateList, incoming: readonly { name: string; assessment: Assessment }[], now: Date): CandidateChange {
  if (list.candidates.length + incoming.length > MAX_CANDIDATES) return { ok: false, reason: 'too-many' };
  const added = incoming.map((c, i) => ({ id: nextId(list, i + 1), name: clipText(c.name, MAX_NAME) || nextId(list, i + 1), assessment: { ...c.assessment, snapshots: [] } }));
  return { ok: true, list: { ...list, candidates: [...list.candidates, ...added], updatedAt: now.toISOString() }, ids: added.map((c) => c.id) };
}

/** Removes one candidate. */
export function removeCandidate(list: CandidateList, id: string, now: Date): CandidateChange {
  if (!list.candidates.some((c) => c.id === id)) return { ok: false, reason: 'no-candidate' };
  return { ok: true, list: { ...list, candidates: list.candidates.filter((c) => c.id !== id), updatedAt: now.toISOString() }, ids: [id] };
}

/** Renames one candidate (trimmed, at most MAX_NAME); an empty name is refused. */
export function renameCandidate(list: CandidateList, id: string, name: string, now: Date): CandidateChange {
  const clipped = clipText(name, MAX_NAME);
  if (!clipped) return { ok: false, reason: 'empty-name' };
  if (!list.candidates.some((c) => c.id === id)) return { ok: false, reason: 'no-candidate' };
  return { ok: true, list: { ...list, candidates: list.candidates.map((c) => (c.id === id ? { ...c, name: clipped } : c)), updatedAt: now.toISOString() }, ids: [id] };
}
