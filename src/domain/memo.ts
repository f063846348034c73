/** Memoisation keyed by an object that is never changed after it is built (a loaded list, the atlas, the planner's knowledge). */

/** The value derived from `key`, computed on the first call and kept in `cache` (a WeakMap, so it goes with the key). */
export function memo<K extends object, V>(cache: WeakMap<K, V>, key: K, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}
