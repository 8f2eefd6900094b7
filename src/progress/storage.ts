/** The part of the Web Storage API the store uses, so tests can pass an in-memory fake. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Where progress lives in localStorage. */
export const PROGRESS_KEY = 'iam-roles-lab:progress';

/** Prefix of the keys that keep unreadable progress; the rest of the key is the ISO time it was found. */
export const BACKUP_KEY_PREFIX = `${PROGRESS_KEY}:backup:`;

/** Names the latest backup the learner has not yet dealt with, so any page can find it again. */
export const PENDING_BACKUP_KEY = `${PROGRESS_KEY}:pending-backup`;

/** Result of a storage call: browsers throw on disabled storage (private mode, policies) and on a full quota. */
export type StorageResult<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** Calls storage without letting its exceptions escape. */
export function attempt<T>(call: () => T): StorageResult<T> {
  try {
    return { ok: true, value: call() };
  } catch (error) {
    return { ok: false, error };
  }
}

/** A key for a new backup taken at `now`. */
export function backupKey(now: Date): string {
  return `${BACKUP_KEY_PREFIX}${now.toISOString()}`;
}
