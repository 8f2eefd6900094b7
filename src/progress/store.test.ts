import { describe, expect, it, vi } from 'vitest';
import { sampleProgress } from './fixtures.ts';
import { memoryStorage } from './memory-storage.ts';
import { PENDING_BACKUP_KEY, PROGRESS_KEY } from './storage.ts';
import { createProgressStore } from './store.ts';

const T0 = Date.parse('2025-02-01T08:00:00.000Z');

/** A clock that ticks one minute per reading, so every timestamp is distinct and predictable. */
function ticking() {
  let minutes = 0;
  return () => new Date(T0 + 60_000 * minutes++);
}

const quotaExceeded = () => {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
};

const stored = (storage: { entries: Map<string, string> }) =>
  JSON.parse(storage.entries.get(PROGRESS_KEY) ?? 'null');

describe('load', () => {
  it('starts empty without writing anything', () => {
    const storage = memoryStorage();
    const state = createProgressStore(storage, ticking()).load();
    expect(state.status).toBe('empty');
    expect(state.progress.lessons).toEqual({});
    expect(state.backup).toBeUndefined();
    expect(storage.entries.size).toBe(0);
  });

  it('reads what an earlier visit saved', () => {
    const storage = memoryStorage();
    createProgressStore(storage, ticking()).markLessonComplete('foundations/what-is-a-role');
    const state = createProgressStore(storage, ticking()).load();
    expect(state.status).toBe('ok');
    expect(Object.keys(state.progress.lessons)).toEqual(['foundations/what-is-a-role']);
  });

  it('migrates v0 data and writes it back as v1', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: '{"completedLessons":["foundations/what-is-a-role"]}' });
    const state = createProgressStore(storage, ticking()).load();
    expect(state.status).toBe('ok');
    expect(state.progress.lessons['foundations/what-is-a-role']).toBeDefined();
    expect(stored(storage)).toMatchObject({ version: 1, lessons: { 'foundations/what-is-a-role': {} } });
  });

  it.each([
    ['corrupted JSON', '{"version":1,"lessons":{', /^Not valid JSON/],
    [
      'schema-invalid data',
      '{"version":1,"lessons":{"foo":{"completedAt":"soon"}}}',
      /^lessons\.foo\.completedAt: expected an ISO date$/,
    ],
  ])('moves %s to a backup key, verbatim, and starts empty', (_, raw, firstError) => {
    const storage = memoryStorage({ [PROGRESS_KEY]: raw });
    const state = createProgressStore(storage, ticking()).load();
    const key = 'iam-roles-lab:progress:backup:2025-02-01T08:00:00.000Z';
    expect(state.status).toBe('recovered');
    expect(state.backup).toMatchObject({ key, raw });
    expect(state.backup?.errors[0]).toMatch(firstError);
    expect(state.progress.lessons).toEqual({});
    expect(storage.entries.get(key)).toBe(raw);
    expect(storage.entries.has(PROGRESS_KEY)).toBe(false);
    expect(storage.entries.get(PENDING_BACKUP_KEY)).toBe(key);
  });

  it('keeps offering the backup on later visits until it is dismissed', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: 'not json' });
    createProgressStore(storage, ticking()).load();
    const later = createProgressStore(storage, ticking());
    later.markLessonComplete('a');
    expect(later.getState()).toMatchObject({ status: 'recovered', backup: { raw: 'not json' } });
    later.dismissBackup();
    expect(later.getState().status).toBe('ok');
    expect(later.getState().backup).toBeUndefined();
    expect(createProgressStore(storage, ticking()).load().status).toBe('ok');
    // Dismissing hides the notice; the copy itself stays in storage.
    expect([...storage.entries.keys()].sort()).toEqual([
      PROGRESS_KEY,
      'iam-roles-lab:progress:backup:2025-02-01T08:00:00.000Z',
    ]);
  });
});

describe('when storage fails', () => {
  it('works in memory when there is no storage at all', () => {
    const store = createProgressStore(null, ticking());
    expect(store.load().status).toBe('unavailable');
    store.markLessonComplete('a');
    expect(store.getState()).toMatchObject({ status: 'unavailable', progress: { lessons: { a: {} } } });
  });

  it('reports unavailable when reading throws', () => {
    const storage = memoryStorage();
    vi.spyOn(storage, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const store = createProgressStore(storage, ticking());
    expect(store.load().status).toBe('unavailable');
  });

  it('keeps working in memory when a save exceeds the quota', () => {
    const storage = memoryStorage();
    vi.spyOn(storage, 'setItem').mockImplementation(quotaExceeded);
    const store = createProgressStore(storage, ticking());
    store.markLessonComplete('a');
    expect(store.getState()).toMatchObject({ status: 'unavailable', progress: { lessons: { a: {} } } });
    expect(storage.entries.size).toBe(0);
  });

  it('never overwrites unreadable data it could not back up', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: '{oops' });
    vi.spyOn(storage, 'setItem').mockImplementation(quotaExceeded);
    const store = createProgressStore(storage, ticking());
    expect(store.load()).toMatchObject({ status: 'unavailable', backup: { raw: '{oops' } });
    vi.mocked(storage.setItem).mockRestore();
    store.markLessonComplete('a');
    store.reset();
    expect(storage.entries.get(PROGRESS_KEY)).toBe('{oops');
    expect(store.getState().backup?.raw).toBe('{oops');
  });
});

describe('import and export', () => {
  it('round-trips: what one browser exports another imports unchanged', () => {
    const source = createProgressStore(
      memoryStorage({ [PROGRESS_KEY]: JSON.stringify(sampleProgress) }),
      ticking(),
    );
    const json = source.exportJson();
    expect(JSON.parse(json)).toEqual(sampleProgress);
    expect(json).toContain('\n  "lessons": {');

    const target = createProgressStore(memoryStorage(), ticking());
    target.markLessonComplete('something-else');
    expect(target.importJson(json)).toEqual({ ok: true });
    expect(target.getState().progress).toEqual(sampleProgress);
    expect(target.exportJson()).toBe(json);
  });

  it('imports v0 files through the migrations', () => {
    const store = createProgressStore(memoryStorage(), ticking());
    expect(store.importJson('{"completedLessons":["a","b"]}')).toEqual({ ok: true });
    expect(Object.keys(store.getState().progress.lessons)).toEqual(['a', 'b']);
  });

  it('refuses a bad file with readable errors and changes nothing', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: JSON.stringify(sampleProgress) });
    const store = createProgressStore(storage, ticking());
    const before = store.getState();
    const listener = vi.fn();
    store.subscribe(listener);

    const bad = { ...sampleProgress, lessons: { foo: { completedAt: 'tomorrow' } }, quizzes: 'none' };
    expect(store.importJson(JSON.stringify(bad))).toEqual({
      ok: false,
      errors: ['lessons.foo.completedAt: expected an ISO date', 'quizzes: expected a list'],
    });
    const notJson = store.importJson('this is not JSON');
    expect(notJson.ok).toBe(false);
    if (!notJson.ok) expect(notJson.errors[0]).toMatch(/^Not valid JSON: /);

    expect(store.getState()).toBe(before);
    expect(stored(storage)).toEqual(sampleProgress);
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('updates', () => {
  it('records exercises, quizzes and review cards, and saves each', () => {
    const storage = memoryStorage();
    const store = createProgressStore(storage, ticking());
    const quiz = sampleProgress.quizzes[0];
    const card = sampleProgress.reviewDeck.q2;
    if (!quiz || !card) throw new Error('fixture is complete');
    store.recordExercise({ exerciseId: 'x', score: 2, maxScore: 2, passed: true });
    store.recordQuiz(quiz);
    store.updateReviewCard('q2', card);
    expect(stored(storage)).toMatchObject({
      exercises: { x: { attempts: 1, bestScore: 2, passedAt: '2025-02-01T08:01:00.000Z' } },
      quizzes: [quiz],
      reviewDeck: { q2: card },
      updatedAt: '2025-02-01T08:03:00.000Z',
    });
  });

  it('unmarks a lesson and resets everything, keeping backups', () => {
    const storage = memoryStorage({
      'iam-roles-lab:progress:backup:old': 'x',
      [PENDING_BACKUP_KEY]: 'iam-roles-lab:progress:backup:old',
    });
    const store = createProgressStore(storage, ticking());
    store.markLessonComplete('a');
    store.markLessonComplete('b');
    store.unmarkLesson('a');
    expect(Object.keys(stored(storage).lessons)).toEqual(['b']);
    store.reset();
    expect(store.getState().progress.lessons).toEqual({});
    expect(storage.entries.has(PROGRESS_KEY)).toBe(false);
    expect(storage.entries.get('iam-roles-lab:progress:backup:old')).toBe('x');
  });

  it('refuses to store invalid records, leaving progress as it was', () => {
    const storage = memoryStorage();
    const store = createProgressStore(storage, ticking());
    store.markLessonComplete('a');
    expect(() => store.recordExercise({ exerciseId: 'x', score: 1, maxScore: 0, passed: false })).toThrow(
      'Refusing to save invalid progress: exercises.x.maxScore',
    );
    expect(Object.keys(stored(storage).exercises)).toEqual([]);
    expect(store.getState().progress.exercises).toEqual({});
  });

  it('notifies subscribers of changes until they unsubscribe', () => {
    const store = createProgressStore(memoryStorage(), ticking());
    store.load();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.markLessonComplete('a');
    store.markLessonComplete('a');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]?.[0]).toBe(store.getState());
    unsubscribe();
    store.unmarkLesson('a');
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
