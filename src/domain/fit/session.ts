/**
 * The hiring manager's loaded candidates, kept in localStorage under `ai-team-atlas.fit-candidates` on the
 * shared validated store (src/lib/store.ts: a corrupt value is kept aside and reported, nothing is written
 * that the next load would refuse). A change is a pure function of candidates.ts; when the store refuses the
 * new value (it would not load back), the change is not made. When storage itself fails (quota, disabled),
 * the change is shown but reported as not kept. Storage and clock are injected for unit tests.
 */
import { loadStored, saveStored, type KeyValueStore, type LoadNotice, type SaveResult, type StoreSpec } from '../../lib/store';
import type { Assessment } from '../assessment/schema';
import {
  addCandidates, decodeCandidates, emptyCandidates, encodeCandidates, removeCandidate, renameCandidate,
  type CandidateChange, type CandidateList,
} from './candidates';

import { CANDIDATES_KEY } from './keys';

export type { LoadNotice };
export { CANDIDATES_KEY };

/** What an operation did, for the UI to say. */
export type FitOutcome =
  | { ok: true; ids: string[]; storageFailed?: boolean }
  | { ok: false; refused: Extract<CandidateChange, { ok: false }>['reason'] }
  | { ok: false; unsaved: Extract<SaveResult, { ok: false }> };

/** How the list is stored, given the skill ids the atlas has. */
export function candidatesStore(known: ReadonlySet<string>): StoreSpec<CandidateList> {
  return { key: CANDIDATES_KEY, decode: (text) => decodeCandidates(text, known), encode: encodeCandidates, empty: emptyCandidates };
}

/** A session over `store` for an atlas with `known` skill ids. */
export class FitSession {
  /** The candidates shown. */
  list: CandidateList;
  /** Notices from the first load. */
  readonly notices: LoadNotice[];

  constructor(
    private readonly store: KeyValueStore,
    private readonly known: ReadonlySet<string>,
    private readonly clock: () => Date = () => new Date(),
  ) {
    const loaded = loadStored(store, candidatesStore(known), clock());
    this.list = loaded.value;
    this.notices = loaded.notices;
  }

  private commit(change: CandidateChange): FitOutcome {
    if (!change.ok) return { ok: false, refused: change.reason };
    const saved = saveStored(this.store, candidatesStore(this.known), change.list);
    if (!saved.ok && saved.reason !== 'storage') return { ok: false, unsaved: saved };
    this.list = change.list;
    return saved.ok ? { ok: true, ids: change.ids } : { ok: true, ids: change.ids, storageFailed: true };
  }

  /** Adds candidates read from files (all or none). */
  add(incoming: readonly { name: string; assessment: Assessment }[]): FitOutcome {
    return this.commit(addCandidates(this.list, incoming, this.clock()));
  }

  /** Removes a candidate. */
  remove(id: string): FitOutcome {
    return this.commit(removeCandidate(this.list, id, this.clock()));
  }

  /** Renames a candidate. */
  rename(id: string, name: string): FitOutcome {
    return this.commit(renameCandidate(this.list, id, name, this.clock()));
  }
}
