/** An in-memory stand-in for localStorage, for tests of stores and sessions; `data` exposes what was written. */
export function memory(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}
