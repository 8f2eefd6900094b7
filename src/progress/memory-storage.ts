import type { StorageLike } from './storage.ts';

/** An in-memory StorageLike for tests and server rendering; `entries` exposes what was stored. */
export function memoryStorage(
  initial: Record<string, string> = {},
): StorageLike & { entries: Map<string, string> } {
  const entries = new Map(Object.entries(initial));
  return {
    entries,
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => {
      entries.set(key, String(value));
    },
    removeItem: (key) => {
      entries.delete(key);
    },
  };
}
