/**
 * The assessment in localStorage, key `ai-team-atlas.assessment`, on the shared validated store
 * (src/lib/store.ts: corrupt values kept aside, earlier versions migrated with a backup, nothing written
 * that the next load would refuse). Unknown skill ids are dropped on load and reported.
 */
import { keepCopy, loadStored, saveStored, type KeyValueStore, type LoadNotice, type SaveResult, type StoreSpec } from '../../lib/store';
import { decodeAssessment, emptyAssessment, encodeAssessment } from './codec';
import type { Assessment } from './schema';

export type { KeyValueStore, LoadNotice, SaveResult };

/** Where the assessment lives. */
export const STORAGE_KEY = 'ai-team-atlas.assessment';

/** How the assessment is stored, given the skill ids the atlas has. */
export function assessmentStore(knownSkills: ReadonlySet<string>): StoreSpec<Assessment> {
  return {
    key: STORAGE_KEY,
    decode(text) {
      const result = decodeAssessment(text, knownSkills);
      if (!result.ok) return result.reason === 'malformed' ? { ok: false, reason: 'wrong-format' } : result;
      const { assessment: value, dropped, migratedFrom } = result;
      return migratedFrom === undefined ? { ok: true, value, dropped } : { ok: true, value, dropped, migratedFrom };
    },
    encode: encodeAssessment,
    empty: emptyAssessment,
  };
}

/** Loads the saved assessment; never throws. */
export function load(store: KeyValueStore, knownSkills: ReadonlySet<string>, now: Date = new Date()): { assessment: Assessment; notices: LoadNotice[] } {
  const { value, notices } = loadStored(store, assessmentStore(knownSkills), now);
  return { assessment: value, notices };
}

/** Saves the assessment if the next load would accept it; otherwise writes nothing and says why. */
export function save(store: KeyValueStore, assessment: Assessment, knownSkills: ReadonlySet<string>): SaveResult {
  return saveStored(store, assessmentStore(knownSkills), assessment);
}

/** Keeps a copy of the saved assessment before it is replaced (`before-import`, `before-share`). */
export function keepSaved(store: KeyValueStore, what: 'before-import' | 'before-share', now: Date = new Date()): string | null {
  return keepCopy(store, STORAGE_KEY, what, now);
}
