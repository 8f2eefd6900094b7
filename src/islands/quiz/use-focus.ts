import { type RefObject, useEffect, useRef } from 'react';

/**
 * A ref whose element takes focus when it mounts, if `enabled`: for headings that replace what the learner was
 * working on (the next card, the end of the deck), so keyboard and screen reader users land on them.
 */
export function useFocusOnMount<T extends HTMLElement>(enabled: boolean): RefObject<T | null> {
  const ref = useRef<T>(null);
  const focusNow = useRef(enabled);
  useEffect(() => {
    if (focusNow.current) ref.current?.focus();
  }, []);
  return ref;
}
