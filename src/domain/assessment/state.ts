/**
 * Every change a user makes to an assessment, as pure functions: state in, state out, `updatedAt` set to
 * `now`. The island only calls these; it never builds an assessment itself. A change that cannot be made
 * returns `{ ok: false, reason }` and leaves the state as it was, so the UI can say why.
 */
import { MAX_LABEL, MAX_LINKS, MAX_NOTE, MAX_SNAPSHOTS, type Assessment, type Evidence, type Target } from './schema';

/** The outcome of a change. */
export type Change =
  | { ok: true; state: Assessment }
  | { ok: false; reason: 'unknown-skill' | 'bad-level' | 'snapshot-limit' | 'no-snapshot' | 'bad-link' | 'too-many-links' };

const stamp = (a: Assessment, now: Date): Assessment => ({ ...a, updatedAt: now.toISOString() });

/** Cuts text to at most `max` UTF-16 code units without splitting a character, after trimming. */
export function clipText(text: string, max: number): string {
  let out = '';
  for (const char of text.trim()) {
    if (out.length + char.length > max) break;
    out += char;
  }
  return out;
}

/** Rates one skill 0–5. */
export function rate(a: Assessment, skill: string, level: number, known: ReadonlySet<string>, now: Date): Change {
  if (!known.has(skill)) return { ok: false, reason: 'unknown-skill' };
  if (!Number.isInteger(level) || level < 0 || level > 5) return { ok: false, reason: 'bad-level' };
  return { ok: true, state: stamp({ ...a, ratings: { ...a.ratings, [skill]: level } }, now) };
}

/** Sets or clears the target position. */
export function setTarget(a: Assessment, target: Target | null, now: Date): Assessment {
  return stamp({ ...a, target }, now);
}

/** Hides or shows role expectations while rating. */
export function setHideExpectations(a: Assessment, hide: boolean, now: Date): Assessment {
  return stamp({ ...a, hideExpectations: hide }, now);
}

/** Saves the current ratings as a snapshot with an optional label (any text, clipped to MAX_LABEL). */
export function takeSnapshot(a: Assessment, label: string, now: Date): Change {
  if (a.snapshots.length >= MAX_SNAPSHOTS) return { ok: false, reason: 'snapshot-limit' };
  const clipped = clipText(label, MAX_LABEL);
  const snapshot = { at: now.toISOString(), ...(clipped ? { label: clipped } : {}), ratings: { ...a.ratings } };
  return { ok: true, state: stamp({ ...a, snapshots: [...a.snapshots, snapshot] }, now) };
}

/** Deletes one snapshot by index. */
export function deleteSnapshot(a: Assessment, index: number, now: Date): Change {
  if (!Number.isInteger(index) || index < 0 || index >= a.snapshots.length) return { ok: false, reason: 'no-snapshot' };
  return { ok: true, state: stamp({ ...a, snapshots: a.snapshots.filter((_, i) => i !== index) }, now) };
}

/** Clears every rating; the ratings cleared are first kept as a snapshot, so a clear can be undone. */
export function clearRatings(a: Assessment, now: Date): Change {
  if (Object.keys(a.ratings).length === 0) return { ok: true, state: stamp(a, now) };
  if (a.snapshots.length >= MAX_SNAPSHOTS) return { ok: false, reason: 'snapshot-limit' };
  const kept = { at: now.toISOString(), ratings: a.ratings };
  return { ok: true, state: stamp({ ...a, ratings: {}, snapshots: [...a.snapshots, kept] }, now) };
}

/**
 * Keeps a profile opened from a share link: its ratings and target replace the current ones, and the
 * current ratings (if any) are kept as a snapshot next to the earlier snapshots, which all stay.
 */
export function keepShared(saved: Assessment, shared: Pick<Assessment, 'ratings' | 'target' | 'evidence'>, now: Date): Change {
  const hasRatings = Object.keys(saved.ratings).length > 0;
  if (hasRatings && saved.snapshots.length >= MAX_SNAPSHOTS) return { ok: false, reason: 'snapshot-limit' };
  const snapshots = hasRatings ? [...saved.snapshots, { at: now.toISOString(), ratings: saved.ratings }] : saved.snapshots;
  const evidence = shared.evidence ? { evidence: { ...shared.evidence } } : {};
  return { ok: true, state: stamp({ ...saved, ratings: { ...shared.ratings }, target: shared.target, snapshots, ...evidence }, now) };
}

/** Switches between the quick form (the target's skills) and the full form; ratings are shared. */
export function setMode(a: Assessment, mode: 'quick' | 'full', now: Date): Assessment {
  return stamp({ ...a, mode }, now);
}

/** Links typed one per line (blank lines ignored, surrounding spaces trimmed). */
export function parseLinks(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}

/**
 * Sets the evidence for one skill: a note (clipped to MAX_NOTE) and links typed one per line (http or
 * https only, at most MAX_LINKS, each under 300 characters). Empty note and no links remove the evidence.
 */
export function setEvidence(a: Assessment, skill: string, note: string, linksText: string, known: ReadonlySet<string>, now: Date): Change {
  if (!known.has(skill)) return { ok: false, reason: 'unknown-skill' };
  const links = parseLinks(linksText);
  if (links.length > MAX_LINKS) return { ok: false, reason: 'too-many-links' };
  if (links.some((l) => l.length > 300 || !/^https?:\/\/[^\s<>"'`]+$/i.test(l))) return { ok: false, reason: 'bad-link' };
  const clipped = clipText(note, MAX_NOTE);
  const { [skill]: _old, ...rest } = a.evidence ?? {};
  const entry: Evidence = { ...(clipped ? { note: clipped } : {}), ...(links.length ? { links } : {}) };
  const evidence = clipped || links.length ? { ...rest, [skill]: entry } : rest;
  return { ok: true, state: stamp({ ...a, evidence }, now) };
}
