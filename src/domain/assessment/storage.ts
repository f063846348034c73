/**
 * The assessment in localStorage.
 *
 * Key `ai-team-atlas.assessment` holds the current format (schema.ts) as JSON.
 * Life cycle: `load` reads and validates it on page start; every change is written back by `save`.
 * - Missing: a new empty assessment.
 * - An earlier version: migrated; the raw original is first copied to `<key>.backup-v<n>`, then the
 *   migrated value is written.
 * - Unknown skill ids (renamed or removed skills): dropped, and the caller is told which.
 * - Corrupted (not JSON, wrong shape, unknown version): the raw value is copied to
 *   `<key>.corrupt-<timestamp>` and left in place; the caller shows a notice and an empty assessment.
 *   Nothing is overwritten until the user changes something, and the copy is never deleted.
 * Storage errors (quota, disabled storage) are returned, never thrown.
 */
import { decodeAssessment, emptyAssessment, encodeAssessment } from './codec';
import type { Assessment } from './schema';

/** The part of the Web Storage API this module uses. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Where the assessment lives. */
export const STORAGE_KEY = 'ai-team-atlas.assessment';

/** What `load` found besides the assessment. */
export type LoadNotice =
  | { kind: 'corrupt'; backupKey: string }
  | { kind: 'migrated'; from: number; backupKey: string }
  | { kind: 'dropped'; ids: string[] }
  | { kind: 'unavailable' };

/** Loads the saved assessment; never throws. */
export function load(store: KeyValueStore, knownSkills: ReadonlySet<string>, now: Date = new Date()): { assessment: Assessment; notices: LoadNotice[] } {
  let raw: string | null;
  try {
    raw = store.getItem(STORAGE_KEY);
  } catch {
    return { assessment: emptyAssessment(now), notices: [{ kind: 'unavailable' }] };
  }
  if (raw === null) return { assessment: emptyAssessment(now), notices: [] };
  const result = decodeAssessment(raw, knownSkills);
  if (!result.ok) {
    const backupKey = `${STORAGE_KEY}.corrupt-${now.toISOString()}`;
    const kept = safeSet(store, backupKey, raw);
    return { assessment: emptyAssessment(now), notices: [kept ? { kind: 'corrupt', backupKey } : { kind: 'unavailable' }] };
  }
  const notices: LoadNotice[] = [];
  if (result.migratedFrom !== undefined) {
    const backupKey = `${STORAGE_KEY}.backup-v${result.migratedFrom}`;
    if (safeSet(store, backupKey, raw)) {
      safeSet(store, STORAGE_KEY, encodeAssessment(result.assessment));
      notices.push({ kind: 'migrated', from: result.migratedFrom, backupKey });
    }
  }
  if (result.dropped.length > 0) notices.push({ kind: 'dropped', ids: result.dropped });
  return { assessment: result.assessment, notices };
}

/** Saves the assessment; returns false when storage refused it (full or disabled). */
export function save(store: KeyValueStore, assessment: Assessment): boolean {
  return safeSet(store, STORAGE_KEY, encodeAssessment(assessment));
}

function safeSet(store: KeyValueStore, key: string, value: string): boolean {
  try {
    store.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
