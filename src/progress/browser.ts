// Browser glue: the only file in src/progress that touches `window` or `document`.

import { PROGRESS_KEY, type StorageLike } from './storage.ts';
import { createProgressStore, type ProgressStore } from './store.ts';

/**
 * `window.localStorage` if it can be read; null when merely touching it throws (storage disabled, sandboxed
 * iframes, some private modes). A full quota is not a reason to refuse: existing progress is still readable,
 * and the store reports 'unavailable' when a save fails.
 */
export function probeLocalStorage(): StorageLike | null {
  try {
    const storage = window.localStorage;
    storage.getItem(PROGRESS_KEY);
    return storage;
  } catch {
    return null;
  }
}

let store: ProgressStore | undefined;

/** The page's one progress store, kept in sync with other tabs through the `storage` event. */
export function getProgressStore(): ProgressStore {
  if (store) return store;
  const created = createProgressStore(probeLocalStorage());
  // `key` is null when another tab cleared all storage.
  window.addEventListener('storage', (event) => {
    if (event.key === null || event.key.startsWith(PROGRESS_KEY)) created.load();
  });
  store = created;
  return created;
}

/** Saves `text` as a file called `fileName` through the browser's download flow. */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking synchronously can cancel the download in some browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
