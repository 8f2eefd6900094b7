import { formatIssues, progressErrorMap } from './issues.ts';
import { parseProgressJson } from './migrations.ts';
import { emptyProgress, type Progress, ProgressSchema, type QuizAttempt, type ReviewCard } from './schema.ts';
import { attempt, backupKey, PENDING_BACKUP_KEY, PROGRESS_KEY, type StorageLike } from './storage.ts';
import {
  type ExerciseResult,
  withExerciseResult,
  withLessonComplete,
  withoutLesson,
  withQuizAttempt,
  withReviewCard,
} from './updates.ts';

export type { StorageLike } from './storage.ts';
export type { ExerciseResult } from './updates.ts';

/**
 * How saving stands: `ok` progress is stored; `empty` nothing is stored yet; `recovered` unreadable data was
 * moved to a backup the learner has not dealt with; `unavailable` storage is missing, disabled or full, so
 * progress lives in memory until the tab closes.
 */
export type LoadStatus = 'ok' | 'empty' | 'recovered' | 'unavailable';

/** Stored text that failed to parse or validate, kept verbatim under `key`. */
export interface Backup {
  key: string;
  raw: string;
  /** Why it was refused, one readable line each. */
  errors: string[];
}

/** What the UI renders. A new object after every change, so it can be compared by reference. */
export interface ProgressState {
  progress: Progress;
  status: LoadStatus;
  backup?: Backup;
}

export type ImportResult = { ok: true } | { ok: false; errors: string[] };

/** The learner's progress, persisted to a Web Storage and validated on every read and write. */
export interface ProgressStore {
  /** (Re)reads storage: migrates old versions, and moves unreadable data to a backup key instead of losing it. */
  load(): ProgressState;
  /** The current state, loading first if needed. */
  getState(): ProgressState;
  markLessonComplete(lessonId: string): void;
  unmarkLesson(lessonId: string): void;
  recordExercise(result: ExerciseResult): void;
  recordQuiz(attempt: QuizAttempt): void;
  updateReviewCard(questionId: string, card: ReviewCard): void;
  /** Pretty-printed JSON of the current progress. */
  exportJson(): string;
  /** Replaces progress with a file's content; on any error nothing changes. */
  importJson(text: string): ImportResult;
  /** Forgets all progress (backups are kept). */
  reset(): void;
  /** The learner has dealt with the pending backup: stop offering it. The backup key itself is kept. */
  dismissBackup(): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (state: ProgressState) => void): () => void;
}

/** A store over `storage` (null when the browser offers none); `clock` stamps every change. */
export function createProgressStore(
  storage: StorageLike | null,
  clock: () => Date = () => new Date(),
): ProgressStore {
  const listeners = new Set<(state: ProgressState) => void>();
  let state: ProgressState | undefined;
  let progress: Progress | undefined;
  let backup: Backup | undefined;
  let stored = false;
  let available = storage !== null;
  // Set when unreadable data could not be copied to a backup: it then stays under the main key, untouched.
  let frozen = false;

  function publish(now: Date): ProgressState {
    progress ??= emptyProgress(now);
    const status: LoadStatus = !available ? 'unavailable' : backup ? 'recovered' : stored ? 'ok' : 'empty';
    state = backup ? { progress, status, backup } : { progress, status };
    for (const listener of listeners) listener(state);
    return state;
  }

  function save(next: Progress): void {
    const checked = ProgressSchema.safeParse(next, { error: progressErrorMap });
    // A caller passing bad data is a bug; storing it would get the learner's progress backed up as corrupt.
    if (!checked.success)
      throw new Error(`Refusing to save invalid progress: ${formatIssues(checked.error).join('; ')}`);
    progress = next;
    if (storage && !frozen) {
      available = attempt(() => storage.setItem(PROGRESS_KEY, JSON.stringify(next))).ok;
      stored ||= available;
    } else {
      available = false;
    }
  }

  function pendingBackup(store: StorageLike, now: Date): Backup | undefined {
    const key = attempt(() => store.getItem(PENDING_BACKUP_KEY));
    if (!key.ok || key.value === null) return undefined;
    const raw = attempt(() => store.getItem(key.value as string));
    if (!raw.ok || raw.value === null) return undefined;
    const parsed = parseProgressJson(raw.value, now);
    return { key: key.value, raw: raw.value, errors: parsed.ok ? [] : parsed.errors };
  }

  function recover(store: StorageLike, raw: string, errors: string[], now: Date): void {
    const key = backupKey(now);
    backup = { key, raw, errors };
    progress = emptyProgress(now);
    stored = false;
    if (!attempt(() => store.setItem(key, raw)).ok) {
      frozen = true;
      available = false;
      return;
    }
    attempt(() => store.setItem(PENDING_BACKUP_KEY, key));
    attempt(() => store.removeItem(PROGRESS_KEY));
  }

  function load(): ProgressState {
    const now = clock();
    if (!storage || frozen) {
      available = false;
      return publish(now);
    }
    const raw = attempt(() => storage.getItem(PROGRESS_KEY));
    if (!raw.ok) {
      available = false;
      return publish(now);
    }
    available = true;
    backup = pendingBackup(storage, now);
    if (raw.value === null) {
      progress = emptyProgress(now);
      stored = false;
      return publish(now);
    }
    const parsed = parseProgressJson(raw.value, now);
    if (!parsed.ok) {
      recover(storage, raw.value, parsed.errors, now);
      return publish(now);
    }
    progress = parsed.progress;
    stored = true;
    // Write migrated data back so the old shape is read only once.
    if (parsed.migratedFrom !== undefined) save(progress);
    return publish(now);
  }

  function getState(): ProgressState {
    return state ?? load();
  }

  function update(change: (current: Progress, now: Date) => Progress): void {
    const current = getState().progress;
    const now = clock();
    const next = change(current, now);
    if (next === current) return;
    save(next);
    publish(now);
  }

  return {
    load,
    getState,
    markLessonComplete: (lessonId) => update((p, now) => withLessonComplete(p, lessonId, now)),
    unmarkLesson: (lessonId) => update((p, now) => withoutLesson(p, lessonId, now)),
    recordExercise: (result) => update((p, now) => withExerciseResult(p, result, now)),
    recordQuiz: (quiz) => update((p, now) => withQuizAttempt(p, quiz, now)),
    updateReviewCard: (questionId, card) => update((p, now) => withReviewCard(p, questionId, card, now)),
    exportJson: () => `${JSON.stringify(getState().progress, null, 2)}\n`,
    importJson(text) {
      getState();
      const now = clock();
      const parsed = parseProgressJson(text, now);
      if (!parsed.ok) return parsed;
      save(parsed.progress);
      publish(now);
      return { ok: true };
    },
    reset() {
      getState();
      const now = clock();
      progress = emptyProgress(now);
      stored = false;
      if (storage && !frozen) available = attempt(() => storage.removeItem(PROGRESS_KEY)).ok;
      publish(now);
    },
    dismissBackup() {
      if (!getState().backup) return;
      backup = undefined;
      if (storage && !frozen) attempt(() => storage.removeItem(PENDING_BACKUP_KEY));
      publish(clock());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
