/**
 * Every change a user makes to an assessment, as pure functions: state in, state out, `updatedAt` set to
 * `now`. The island only calls these; it never builds an assessment itself. A change that cannot be made
 * returns `{ ok: false, reason }` and leaves the state as it was, so the UI can say why.
 */
import { MAX_LABEL, MAX_LINKS, MAX_NAME, MAX_NOTE, MAX_SNAPSHOTS, nameSchema, type Assessment, type Evidence, type Target } from './schema';

/** The outcome of a change. */
export type Change =
  | { ok: true; state: Assessment }
  | { ok: false; reason: 'unknown-skill' | 'bad-level' | 'snapshot-limit' | 'no-snapshot' | 'bad-link' | 'too-many-links' | 'name-too-long' | 'bad-name' | 'not-rated' };

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

/** Whether `a` has any rating or evidence (something a snapshot would keep). */
const hasCurrent = (a: Assessment) => Object.keys(a.ratings).length > 0 || Object.keys(a.evidence ?? {}).length > 0;

/** The current ratings and evidence as a snapshot taken `now`. */
function currentPoint(a: Assessment, now: Date, label = ''): Assessment['snapshots'][number] {
  const evidence = Object.keys(a.evidence ?? {}).length > 0 ? { evidence: { ...a.evidence } } : {};
  return { at: now.toISOString(), ...(label ? { label } : {}), ratings: { ...a.ratings }, ...evidence };
}

/** `a` without its evidence (ratings and evidence are replaced together). */
function withoutEvidence(a: Assessment): Assessment {
  const { evidence: _evidence, ...rest } = a;
  return rest;
}

/** Saves the current ratings and evidence as a snapshot with an optional label (any text, clipped to MAX_LABEL). */
export function takeSnapshot(a: Assessment, label: string, now: Date): Change {
  if (a.snapshots.length >= MAX_SNAPSHOTS) return { ok: false, reason: 'snapshot-limit' };
  return { ok: true, state: stamp({ ...a, snapshots: [...a.snapshots, currentPoint(a, now, clipText(label, MAX_LABEL))] }, now) };
}

/** Deletes one snapshot by index. */
export function deleteSnapshot(a: Assessment, index: number, now: Date): Change {
  if (!Number.isInteger(index) || index < 0 || index >= a.snapshots.length) return { ok: false, reason: 'no-snapshot' };
  return { ok: true, state: stamp({ ...a, snapshots: a.snapshots.filter((_, i) => i !== index) }, now) };
}

/**
 * Replaces the current ratings and evidence with `next` (ratings, and evidence if any), first keeping the
 * current ones as a snapshot (when there are any), so nothing replaced is lost; refused at the snapshot limit.
 */
function replaceCurrent(a: Assessment, next: Pick<Assessment, 'ratings' | 'evidence'>, now: Date): Change {
  const kept = hasCurrent(a) ? currentPoint(a, now) : null;
  if (kept && a.snapshots.length >= MAX_SNAPSHOTS) return { ok: false, reason: 'snapshot-limit' };
  const evidence = next.evidence && Object.keys(next.evidence).length > 0 ? { evidence: { ...next.evidence } } : {};
  const snapshots = kept ? [...a.snapshots, kept] : a.snapshots;
  return { ok: true, state: stamp({ ...withoutEvidence(a), ratings: { ...next.ratings }, ...evidence, snapshots }, now) };
}

/** Clears every rating and its evidence; they are first kept as a snapshot, so a clear can be undone (restoreSnapshot). */
export function clearRatings(a: Assessment, now: Date): Change {
  return replaceCurrent(a, { ratings: {} }, now);
}

/** Makes a snapshot's ratings and evidence current again; the current ones are first kept as a snapshot. */
export function restoreSnapshot(a: Assessment, index: number, now: Date): Change {
  const snapshot = Number.isInteger(index) ? a.snapshots[index] : undefined;
  if (!snapshot) return { ok: false, reason: 'no-snapshot' };
  return replaceCurrent(a, snapshot, now);
}

/**
 * Keeps a profile opened from a share link. What the link carries replaces the current profile: ratings,
 * evidence (none if the link has none, so old notes never stay attached to other ratings), target and name.
 * The current ratings and evidence are first kept as a snapshot (restoreSnapshot brings them back); the
 * earlier snapshots, the mode and the anchoring option stay.
 */
export function keepShared(saved: Assessment, shared: Pick<Assessment, 'ratings' | 'target' | 'evidence' | 'name'>, now: Date): Change {
  const result = replaceCurrent(saved, shared, now);
  if (!result.ok) return result;
  const { name: _name, ...rest } = result.state;
  return { ok: true, state: { ...rest, target: shared.target, ...(shared.name ? { name: shared.name } : {}) } };
}

/**
 * Sets the name put on the downloaded radar (trimmed; empty removes it). Refused, not clipped, when longer
 * than MAX_NAME or holding control or bidirectional-override characters, so the user can correct it.
 */
export function setName(a: Assessment, name: string, now: Date): Change {
  const trimmed = name.trim();
  if (trimmed.length > MAX_NAME) return { ok: false, reason: 'name-too-long' };
  if (trimmed && !nameSchema.safeParse(trimmed).success) return { ok: false, reason: 'bad-name' };
  const { name: _old, ...rest } = a;
  return { ok: true, state: stamp(trimmed ? { ...rest, name: trimmed } : rest, now) };
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
 * Sets the evidence for one rated skill: a note (clipped to MAX_NOTE) and links typed one per line (http or
 * https only, at most MAX_LINKS, each under 300 characters). Evidence backs a rating, so a skill not rated
 * yet gets none ('not-rated'; the page disables its fields until it is rated). Empty note and no links
 * remove the evidence, rated or not.
 */
export function setEvidence(a: Assessment, skill: string, note: string, linksText: string, known: ReadonlySet<string>, now: Date): Change {
  if (!known.has(skill)) return { ok: false, reason: 'unknown-skill' };
  const links = parseLinks(linksText);
  if (links.length > MAX_LINKS) return { ok: false, reason: 'too-many-links' };
  if (links.some((l) => l.length > 300 || !/^https?:\/\/[^\s<>"'`]+$/i.test(l))) return { ok: false, reason: 'bad-link' };
  const clipped = clipText(note, MAX_NOTE);
  if (a.ratings[skill] === undefined && (clipped || links.length)) return { ok: false, reason: 'not-rated' };
  const { [skill]: _old, ...rest } = a.evidence ?? {};
  const entry: Evidence = { ...(clipped ? { note: clipped } : {}), ...(links.length ? { links } : {}) };
  const evidence = clipped || links.length ? { ...rest, [skill]: entry } : rest;
  return { ok: true, state: stamp({ ...a, evidence }, now) };
}
