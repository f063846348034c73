/**
 * One user's assessment session: the current state, whether a shared profile is being viewed, and the
 * rule that ties every change to storage. The island calls these methods and renders the result.
 *
 * Rules:
 * - A change is made by a pure function (state.ts) and then saved through the validated store; if the
 *   store refuses the value (the next load would not accept it), the change is not made at all.
 * - While a shared profile is viewed, changes show but are not saved; saved data is untouched until the
 *   user keeps the shared profile (it replaces ratings, evidence, target and name; the current ratings and
 *   evidence become a snapshot that can be restored, and a raw copy is kept) or discards it.
 * - Import replaces the saved assessment only after the file is fully validated; a raw copy of what
 *   was saved is kept first. A refused file changes nothing.
 * Storage and clock are injected, so the whole session runs in unit tests.
 */
import type { KeyValueStore, SaveResult } from '../../lib/store';
import { decodeAssessment, decodeShare, type DecodeFailure } from './codec';
import type { Assessment, Target } from './schema';
import * as change from './state';
import { keepSaved, load, save, type LoadNotice } from './storage';

/** What an operation did, for the UI to say. */
export type Outcome =
  | { ok: true; dropped?: string[]; storageFailed?: boolean }
  | { ok: false; refused: Extract<change.Change, { ok: false }>['reason'] }
  | { ok: false; unsaved: Extract<SaveResult, { ok: false }> }
  | ({ ok: false } & { bad: DecodeFailure });

/** A session over `store`, for an atlas with `known` skill ids. */
export class AssessmentSession {
  /** What the page shows. */
  state: Assessment;
  /** Whether a shared profile is being viewed (changes not saved). */
  viewingShared = false;
  /** Notices from the first load. */
  readonly notices: LoadNotice[];

  constructor(
    private readonly store: KeyValueStore,
    private readonly known: ReadonlySet<string>,
    private readonly clock: () => Date = () => new Date(),
  ) {
    const loaded = load(store, known, clock());
    this.state = loaded.assessment;
    this.notices = loaded.notices;
  }

  /** Shows `next`, saving it first unless a shared profile is viewed. */
  private commit(next: Assessment): Outcome {
    if (!this.viewingShared) {
      const saved = save(this.store, next, this.known);
      if (!saved.ok && saved.reason !== 'storage') return { ok: false, unsaved: saved };
      this.state = next;
      return saved.ok ? { ok: true } : { ok: true, storageFailed: true };
    }
    this.state = next;
    return { ok: true };
  }

  private apply(result: change.Change): Outcome {
    return result.ok ? this.commit(result.state) : { ok: false, refused: result.reason };
  }

  /** Rates one skill. */
  rate(skill: string, level: number): Outcome {
    return this.apply(change.rate(this.state, skill, level, this.known, this.clock()));
  }

  /** Sets or clears the target position. */
  setTarget(target: Target | null): Outcome {
    return this.commit(change.setTarget(this.state, target, this.clock()));
  }

  /** Hides or shows role expectations. */
  setHideExpectations(hide: boolean): Outcome {
    return this.commit(change.setHideExpectations(this.state, hide, this.clock()));
  }

  /** Switches between the quick and the full form. */
  setMode(mode: 'quick' | 'full'): Outcome {
    return this.commit(change.setMode(this.state, mode, this.clock()));
  }

  /** Sets the evidence (note, links one per line) behind one rating. */
  setEvidence(skill: string, note: string, links: string): Outcome {
    return this.apply(change.setEvidence(this.state, skill, note, links, this.known, this.clock()));
  }

  /** Sets the name put on the downloaded radar. */
  setName(name: string): Outcome {
    return this.apply(change.setName(this.state, name, this.clock()));
  }

  /** Saves the current ratings as a snapshot. */
  snapshot(label: string): Outcome {
    return this.apply(change.takeSnapshot(this.state, label, this.clock()));
  }

  /** Deletes a snapshot. */
  deleteSnapshot(index: number): Outcome {
    return this.apply(change.deleteSnapshot(this.state, index, this.clock()));
  }

  /** Makes a snapshot's ratings and evidence current (the current ones kept as a snapshot first). */
  restoreSnapshot(index: number): Outcome {
    return this.apply(change.restoreSnapshot(this.state, index, this.clock()));
  }

  /** Clears all ratings and evidence (kept as a snapshot first). */
  clear(): Outcome {
    return this.apply(change.clearRatings(this.state, this.clock()));
  }

  /** Imports a file's text; a refused file changes nothing. */
  importText(text: string): Outcome {
    const result = decodeAssessment(text, this.known);
    if (!result.ok) return { ok: false, bad: result };
    const wasShared = this.viewingShared;
    keepSaved(this.store, 'before-import', this.clock());
    this.viewingShared = false;
    const outcome = this.commit(result.assessment);
    if (!outcome.ok) {
      this.viewingShared = wasShared;
      return outcome;
    }
    return { ...outcome, dropped: result.dropped };
  }

  /** Opens a share token: shows its profile without saving anything. */
  async openShared(token: string): Promise<Outcome> {
    const result = await decodeShare(token, this.known, this.clock());
    if (!result.ok) return { ok: false, bad: result };
    this.viewingShared = true;
    this.state = result.assessment;
    return { ok: true, dropped: result.dropped };
  }

  /** Keeps the shared profile being viewed as the user's own assessment. */
  keepShared(): Outcome {
    if (!this.viewingShared) return { ok: true };
    const saved = load(this.store, this.known, this.clock()).assessment;
    const result = change.keepShared(saved, this.state, this.clock());
    if (!result.ok) return { ok: false, refused: result.reason };
    keepSaved(this.store, 'before-share', this.clock());
    this.viewingShared = false;
    const outcome = this.commit(result.state);
    if (!outcome.ok) this.viewingShared = true;
    return outcome;
  }

  /** Leaves the shared profile and shows the saved assessment again. */
  discardShared(): void {
    this.viewingShared = false;
    this.state = load(this.store, this.known, this.clock()).assessment;
  }
}
