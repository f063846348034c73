/**
 * A value kept in Web Storage under one key, validated on every read and every write.
 *
 * Life cycle of a stored value:
 * - `load`: missing → `empty()`; valid → the value; an earlier version → migrated, the raw original first
 *   copied to `<key>.backup-v<n>` and the migrated value written back; corrupted (not JSON, wrong shape,
 *   unknown version, too large) → the raw value is copied to `<key>.corrupt-<timestamp>` and left in place,
 *   and `empty()` is returned with a notice. Nothing is overwritten until the user changes something,
 *   and a backup copy is never deleted.
 * - `save`: the value is encoded with the format's schema and the encoded text is decoded again exactly as
 *   the next `load` will; if either refuses, nothing is written and the refusal is returned. So a value the
 *   next load would reject is never written.
 * - `keepCopy`: before a change that replaces the whole value (import, keeping a shared link), the current
 *   raw value is copied to `<key>.<what>-<timestamp>` (never overwriting an earlier copy), so it can always
 *   be recovered.
 * Storage errors (quota, disabled storage) are returned, never thrown.
 */
import type { Decoded, DocumentFailure, Encoded } from './document';

/** The part of the Web Storage API a store uses. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** How one stored value is read and written. */
export interface StoreSpec<T> {
  /** Storage key. */
  key: string;
  /** Text → value, exactly as files are read (never throws). */
  decode(text: string): Decoded<T> & { dropped?: string[] };
  /** Value → text, refusing invalid values. */
  encode(value: T): Encoded;
  /** The value to start from when nothing is stored. */
  empty(now: Date): T;
}

/** What `load` found besides the value. */
export type LoadNotice =
  | { kind: 'corrupt'; backupKey: string }
  | { kind: 'migrated'; from: number; backupKey: string }
  | { kind: 'dropped'; ids: string[] }
  | { kind: 'unavailable' };

/** The result of a write. */
export type SaveResult = { ok: true } | ({ ok: false } & DocumentFailure) | { ok: false; reason: 'storage' };

/** Loads the stored value; never throws. */
export function loadStored<T>(store: KeyValueStore, spec: StoreSpec<T>, now: Date = new Date()): { value: T; notices: LoadNotice[] } {
  let raw: string | null;
  try {
    raw = store.getItem(spec.key);
  } catch {
    return { value: spec.empty(now), notices: [{ kind: 'unavailable' }] };
  }
  if (raw === null) return { value: spec.empty(now), notices: [] };
  const result = spec.decode(raw);
  if (!result.ok) {
    const backupKey = `${spec.key}.corrupt-${now.toISOString()}`;
    const kept = write(store, backupKey, raw);
    return { value: spec.empty(now), notices: [kept ? { kind: 'corrupt', backupKey } : { kind: 'unavailable' }] };
  }
  const notices: LoadNotice[] = [];
  if (result.migratedFrom !== undefined) {
    const backupKey = `${spec.key}.backup-v${result.migratedFrom}`;
    if (write(store, backupKey, raw) && saveStored(store, spec, result.value).ok) {
      notices.push({ kind: 'migrated', from: result.migratedFrom, backupKey });
    }
  }
  if (result.dropped && result.dropped.length > 0) notices.push({ kind: 'dropped', ids: result.dropped });
  return { value: result.value, notices };
}

/** Saves a value if the next load would accept it; otherwise writes nothing and says why. */
export function saveStored<T>(store: KeyValueStore, spec: StoreSpec<T>, value: T): SaveResult {
  const encoded = spec.encode(value);
  if (!encoded.ok) return encoded;
  const check = spec.decode(encoded.text);
  if (!check.ok) return check;
  return write(store, spec.key, encoded.text) ? { ok: true } : { ok: false, reason: 'storage' };
}

/** Copies the current raw value (if any) to `<key>.<what>-<timestamp>`; returns the copy's key, or null. */
export function keepCopy(store: KeyValueStore, key: string, what: string, now: Date = new Date()): string | null {
  let raw: string | null;
  try {
    raw = store.getItem(key);
  } catch {
    return null;
  }
  if (raw === null) return null;
  const stem = `${key}.${what}-${now.toISOString()}`;
  let copyKey = stem;
  // Never overwrite an earlier copy, even one taken in the same millisecond.
  for (let n = 2; exists(store, copyKey); n++) copyKey = `${stem}-${n}`;
  return write(store, copyKey, raw) ? copyKey : null;
}

function exists(store: KeyValueStore, key: string): boolean {
  try {
    return store.getItem(key) !== null;
  } catch {
    return false;
  }
}

function write(store: KeyValueStore, key: string, value: string): boolean {
  try {
    store.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
