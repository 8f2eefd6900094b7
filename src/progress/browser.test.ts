import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from './memory-storage.ts';
import { PROGRESS_KEY } from './storage.ts';

type StorageListener = (event: { key: string | null }) => void;

/** Just enough of `window` for browser.ts: localStorage and the `storage` event. */
function fakeWindow(localStorage: () => unknown) {
  const listeners: StorageListener[] = [];
  const win = {
    get localStorage() {
      return localStorage();
    },
    addEventListener: (type: string, listener: StorageListener) => {
      if (type === 'storage') listeners.push(listener);
    },
  };
  const fireStorage = (key: string | null) => {
    for (const listener of listeners) listener({ key });
  };
  return { win, fireStorage };
}

// browser.ts keeps a singleton, so each test imports a fresh copy.
const importBrowser = () => import('./browser.ts');

beforeEach(() => vi.resetModules());
afterEach(() => vi.unstubAllGlobals());

describe('getProgressStore', () => {
  it('uses localStorage and follows changes made in other tabs', async () => {
    const storage = memoryStorage();
    const { win, fireStorage } = fakeWindow(() => storage);
    vi.stubGlobal('window', win);
    const { getProgressStore } = await importBrowser();
    const store = getProgressStore();
    expect(getProgressStore()).toBe(store);
    expect(store.getState().status).toBe('empty');

    // Another tab saves progress; this tab hears about it through the storage event.
    const listener = vi.fn();
    store.subscribe(listener);
    storage.setItem(PROGRESS_KEY, '{"completedLessons":["a"]}');
    fireStorage('unrelated-key');
    expect(listener).not.toHaveBeenCalled();
    fireStorage(PROGRESS_KEY);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(Object.keys(store.getState().progress.lessons)).toEqual(['a']);
  });

  it('falls back to memory when touching localStorage throws', async () => {
    const { win } = fakeWindow(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    vi.stubGlobal('window', win);
    const { getProgressStore, probeLocalStorage } = await importBrowser();
    expect(probeLocalStorage()).toBeNull();
    const store = getProgressStore();
    store.markLessonComplete('a');
    expect(store.getState()).toMatchObject({ status: 'unavailable', progress: { lessons: { a: {} } } });
  });
});
