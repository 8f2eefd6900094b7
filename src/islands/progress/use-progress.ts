import { useSyncExternalStore } from 'react';
import { getProgressStore } from '../../progress/browser.ts';
import type { ProgressState } from '../../progress/store.ts';

const subscribe = (onChange: () => void) => getProgressStore().subscribe(onChange);
const getSnapshot = () => getProgressStore().getState();
// Progress lives in the browser, so the server renders a "loading" state.
const getServerSnapshot = () => null;

/** The learner's progress, re-rendering on every change (including changes from other tabs); null on the server. */
export function useProgress(): ProgressState | null {
  return useSyncExternalStore<ProgressState | null>(subscribe, getSnapshot, getServerSnapshot);
}
