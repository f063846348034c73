/**
 * Data files fetched on demand and kept (a role's file, an assessment chunk), for the islands that fetch what a
 * choice needs instead of embedding the atlas. Its own module, so that an island that only fetches (the
 * self-assessment) does not load it.
 */
import type { CompareRole } from '../domain/compare-data';
import { roleFile } from '../domain/role-file';
import { fetchJson } from './fetch-json';

/** Files fetched on demand and kept: each once; a second caller waits for the fetch under way; a failed fetch is forgotten, so the next call tries again. */
export class JsonFiles<K, T> {
  /** The files fetched so far, by key. */
  readonly loaded = new Map<K, T>();
  private readonly pending = new Map<K, Promise<T>>();

  /** `urlOf`: where the file of a key is. */
  constructor(private readonly urlOf: (key: K) => string) {}

  /** The file of `key`, fetched unless it was already; rejects when it cannot be fetched. */
  load(key: K): Promise<T> {
    const file = this.loaded.get(key);
    if (file !== undefined) return Promise.resolve(file);
    let fetching = this.pending.get(key);
    if (!fetching) {
      fetching = fetchJson<T>(this.urlOf(key))
        .then((body) => {
          this.loaded.set(key, body);
          return body;
        })
        .finally(() => this.pending.delete(key));
      this.pending.set(key, fetching);
    }
    return fetching;
  }
}

/** The role files built with the site (`base`: the compare/data/ folder of the locale), by role id. */
export const roleFiles = (base: string): JsonFiles<string, CompareRole> => new JsonFiles((id) => `${base}${roleFile(id)}`);
