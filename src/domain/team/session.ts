/**
 * One team lead's planner session: the plan shown, whether it came from a share link, and the rule that
 * ties every change to storage. The island calls these methods and renders the result.
 *
 * Storage: the draft lives under `ai-team-atlas.team-plan` in the shared validated store (src/lib/store.ts):
 * a corrupt draft is kept aside and reported, an earlier version is migrated with a backup, and nothing is
 * written that the next load would refuse.
 * Rules:
 * - A change is a pure function of state.ts; a refused change (PlanError) or a value the store would refuse
 *   changes nothing, and the reason is returned for the UI to say.
 * - Replacing the whole draft (a preset, an empty plan, an imported plan, keeping a shared plan) first copies
 *   the saved draft to `ai-team-atlas.team-plan.<what>-<timestamp>`, so no draft is ever silently lost.
 * - A shared plan is shown without saving anything until the user keeps it; discarding it shows the draft again.
 * - A blueprint (`preset`) the atlas does not have is dropped from a file, link or stored draft and reported.
 * Storage and clock are injected, so the whole session runs in unit tests.
 */
import { keepCopy, loadStored, saveStored, type KeyValueStore, type LoadNotice, type SaveResult, type StoreSpec } from '../../lib/store';
import { decodePlan, encodePlan, type KnownIds, type PlanDecodeResult, type PlanFailure } from './codec';
import type { Plan } from './plan';
import { PlanError, emptyPlan, type PlanErrorCode } from './state';

/** What the first load has to say: the store's notices, and a stored draft's blueprint the atlas no longer has. */
export type PlanNotice = LoadNotice | { kind: 'preset-dropped'; id: string };

/** Where the draft lives. */
export const PLAN_STORAGE_KEY = 'ai-team-atlas.team-plan';

/** What an operation did, for the UI to say. */
export type PlanOutcome =
  | { ok: true; dropped?: string[]; droppedPreset?: string; storageFailed?: boolean }
  | { ok: false; refused: PlanErrorCode; detail: string }
  | { ok: false; unsaved: Extract<SaveResult, { ok: false }> }
  | { ok: false; bad: PlanFailure };

/** How the draft is stored; `onPresetDropped` hears of a stored blueprint the atlas no longer has. */
export function planStore(known: KnownIds, onPresetDropped?: (id: string) => void): StoreSpec<Plan> {
  return {
    key: PLAN_STORAGE_KEY,
    decode(text) {
      const result = decodePlan(text, known);
      if (!result.ok) {
        if (result.reason === 'unknown-role') return { ok: false, reason: 'invalid', field: 'roles', message: `unknown role: ${result.role}` };
        return result.reason === 'malformed' ? { ok: false, reason: 'wrong-format' } : result;
      }
      const { plan: value, dropped, migratedFrom } = result;
      if (result.droppedPreset !== undefined) onPresetDropped?.(result.droppedPreset);
      return migratedFrom === undefined ? { ok: true, value, dropped } : { ok: true, value, dropped, migratedFrom };
    },
    encode: encodePlan,
    empty: emptyPlan,
  };
}

/** What a decoded plan left out, for the outcome. */
function dropNotes(result: Extract<PlanDecodeResult, { ok: true }>): { dropped: string[]; droppedPreset?: string } {
  return result.droppedPreset === undefined ? { dropped: result.dropped } : { dropped: result.dropped, droppedPreset: result.droppedPreset };
}

/** A planner session over `store` for an atlas with `known` ids. */
export class PlanSession {
  /** The plan the page shows. */
  plan: Plan;
  /** Whether a shared plan is shown (changes not saved). */
  viewingShared = false;
  /** Notices from the first load. */
  readonly notices: PlanNotice[];

  constructor(
    private readonly store: KeyValueStore,
    private readonly known: KnownIds,
    private readonly clock: () => Date = () => new Date(),
  ) {
    const presets: PlanNotice[] = [];
    const loaded = loadStored(store, planStore(known, (id) => presets.push({ kind: 'preset-dropped', id })), clock());
    this.plan = loaded.value;
    this.notices = [...loaded.notices, ...presets];
  }

  /** Shows `next`, saving it first unless a shared plan is shown. */
  private commit(next: Plan): PlanOutcome {
    if (this.viewingShared) {
      this.plan = next;
      return { ok: true };
    }
    const saved = saveStored(this.store, planStore(this.known), next);
    if (!saved.ok && saved.reason !== 'storage') return { ok: false, unsaved: saved };
    this.plan = next;
    return saved.ok ? { ok: true } : { ok: true, storageFailed: true };
  }

  /** Applies a state function of state.ts to the plan; a refusal changes nothing. */
  change(fn: (plan: Plan, now: Date) => Plan): PlanOutcome {
    let next: Plan;
    try {
      next = fn(this.plan, this.clock());
    } catch (error) {
      if (error instanceof PlanError) return { ok: false, refused: error.code, detail: error.detail };
      throw error;
    }
    return this.commit(next);
  }

  /** Replaces the whole plan (preset, empty plan), keeping a copy of the saved draft first. */
  replace(fn: (now: Date) => Plan): PlanOutcome {
    let next: Plan;
    try {
      next = fn(this.clock());
    } catch (error) {
      if (error instanceof PlanError) return { ok: false, refused: error.code, detail: error.detail };
      throw error;
    }
    if (!this.viewingShared) keepCopy(this.store, PLAN_STORAGE_KEY, 'before-replace', this.clock());
    return this.commit(next);
  }

  /** Imports a plan file; a refused file changes nothing. */
  importText(text: string): PlanOutcome {
    const result = decodePlan(text, this.known);
    if (!result.ok) return { ok: false, bad: result };
    const wasShared = this.viewingShared;
    keepCopy(this.store, PLAN_STORAGE_KEY, 'before-import', this.clock());
    this.viewingShared = false;
    const outcome = this.commit(result.plan);
    if (!outcome.ok) this.viewingShared = wasShared;
    return outcome.ok ? { ...outcome, ...dropNotes(result) } : outcome;
  }

  /** Shows a decoded share link's plan (share.ts decodes it) without saving anything. */
  openShared(result: PlanDecodeResult): PlanOutcome {
    if (!result.ok) return { ok: false, bad: result };
    this.viewingShared = true;
    this.plan = result.plan;
    return { ok: true, ...dropNotes(result) };
  }

  /** Keeps the shared plan as the draft (the old draft is copied first). */
  keepShared(): PlanOutcome {
    if (!this.viewingShared) return { ok: true };
    keepCopy(this.store, PLAN_STORAGE_KEY, 'before-share', this.clock());
    this.viewingShared = false;
    const outcome = this.commit(this.plan);
    if (!outcome.ok) this.viewingShared = true;
    return outcome;
  }

  /** Leaves the shared plan and shows the saved draft again. */
  discardShared(): void {
    this.viewingShared = false;
    this.plan = loadStored(this.store, planStore(this.known), this.clock()).value;
  }
}
