import type { TranscriptEntry } from '../../grading/lab/report.ts';
import { attempt, type StorageLike } from '../../progress/storage.ts';

/** Where a lab's terminal session lives in localStorage. */
export function labKey(labId: string): string {
  return `iam-roles-lab:lab:${labId}`;
}

/** A key for a copy of an unreadable session, set aside at `now`. */
export function labBackupKey(labId: string, now: Date): string {
  return `${labKey(labId)}:backup:${now.toISOString()}`;
}

/** Names the backup the learner has not dismissed yet, so a reload still shows the notice. */
export function pendingBackupKey(labId: string): string {
  return `${labKey(labId)}:pending-backup`;
}

/** Everything saved for one lab: stored as JSON under `labKey(id)`. */
export interface SavedLab {
  readonly version: 1;
  /** The scenario the session started from; a session saved for another scenario is set aside. */
  readonly scenario: string;
  /** When it was saved (ISO 8601). */
  readonly savedAt: string;
  /** The line editor's history, as `History.serialize()` wrote it. */
  readonly history: string;
  /** The lab session's own snapshot (file system, environment, working directory, clock, AWS world). */
  readonly session: unknown;
  /** Exercises only: everything typed since the start or the last reset, for the lab report. */
  readonly transcript?: readonly TranscriptEntry[];
}

/** A saved session that could not be read, copied to `key` untouched. */
export interface SetAside {
  readonly key: string;
  readonly reason: string;
  readonly raw: string;
}

/** What was found for a lab: nothing, a session to continue, or unreadable data (`raw`, with why). */
export type Loaded =
  | { readonly kind: 'empty' }
  | { readonly kind: 'saved'; readonly saved: SavedLab; readonly raw: string }
  | { readonly kind: 'unreadable'; readonly reason: string; readonly raw: string };

function problem(value: unknown, scenario: string): string | undefined {
  const saved = value as Partial<SavedLab> | null;
  if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) return 'it is not a JSON object';
  if (saved.version !== 1) return `it is version ${JSON.stringify(saved.version)}, not 1`;
  if (typeof saved.history !== 'string') return 'its history is missing';
  if (saved.session === undefined) return 'its session is missing';
  if (saved.transcript !== undefined && !Array.isArray(saved.transcript))
    return 'its transcript is not a list';
  if (saved.scenario !== scenario) {
    return `it was saved for scenario ${JSON.stringify(saved.scenario)}, and this lab now uses ${JSON.stringify(scenario)}`;
  }
  return undefined;
}

/** Reads a lab's saved session; anything but a well-formed one for `scenario` comes back as unreadable. */
export function loadLab(storage: StorageLike, labId: string, scenario: string): Loaded {
  const read = attempt(() => storage.getItem(labKey(labId)));
  if (!read.ok || read.value === null) return { kind: 'empty' };
  const raw = read.value;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable', reason: 'it is not valid JSON', raw };
  }
  const why = problem(value, scenario);
  return why ? { kind: 'unreadable', reason: why, raw } : { kind: 'saved', saved: value as SavedLab, raw };
}

/** Saves a lab's session; false when the browser refused (storage disabled or full). */
export function saveLab(storage: StorageLike, labId: string, saved: SavedLab): boolean {
  return attempt(() => storage.setItem(labKey(labId), JSON.stringify(saved))).ok;
}

/** Forgets a lab's session (Reset lab). */
export function removeLab(storage: StorageLike, labId: string): void {
  attempt(() => storage.removeItem(labKey(labId)));
}

/**
 * Copies unreadable data to a backup key and clears the lab's key, so the lab can start afresh without losing it.
 * Returns where the copy went, or null when even the copy could not be written (then nothing is removed).
 */
export function setAside(
  storage: StorageLike,
  labId: string,
  raw: string,
  reason: string,
  now: Date,
): SetAside | null {
  const key = labBackupKey(labId, now);
  if (!attempt(() => storage.setItem(key, raw)).ok) return null;
  attempt(() => storage.setItem(pendingBackupKey(labId), JSON.stringify({ key, reason })));
  attempt(() => storage.removeItem(labKey(labId)));
  return { key, reason, raw };
}

/** The backup whose notice the learner has not dismissed, if its copy is still there. */
export function pendingBackup(storage: StorageLike, labId: string): SetAside | null {
  const pending = attempt(() => storage.getItem(pendingBackupKey(labId)));
  if (!pending.ok || pending.value === null) return null;
  try {
    const { key, reason } = JSON.parse(pending.value) as { key?: unknown; reason?: unknown };
    if (typeof key !== 'string' || typeof reason !== 'string') return null;
    const raw = attempt(() => storage.getItem(key));
    return raw.ok && raw.value !== null ? { key, reason, raw: raw.value } : null;
  } catch {
    return null;
  }
}

/** Hides the notice; the backup itself stays in storage. */
export function dismissBackup(storage: StorageLike, labId: string): void {
  attempt(() => storage.removeItem(pendingBackupKey(labId)));
}
