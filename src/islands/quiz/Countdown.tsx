import { useEffect, useRef, useState } from 'react';
import { useAnnounce } from './announce.tsx';

/** Moments worth a polite announcement; the ticking display itself is not a live region. */
const ANNOUNCE_AT: ReadonlySet<number> = new Set([60, 30, 10]);

/** m:ss */
export function clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * A visible per-question countdown. It stops while `running` is false (and keeps the time left), and calls
 * `onExpire` once at zero. Mount it with a new `key` for each question.
 */
export function Countdown({
  seconds,
  running,
  onExpire,
}: {
  seconds: number;
  running: boolean;
  onExpire: () => void;
}) {
  const announce = useAnnounce();
  const [left, setLeft] = useState(seconds);
  const leftRef = useRef(seconds);
  const expire = useRef(onExpire);
  expire.current = onExpire;

  useEffect(() => {
    if (!running) return;
    const end = Date.now() + leftRef.current * 1000;
    const timer = window.setInterval(() => {
      const next = Math.max(0, Math.ceil((end - Date.now()) / 1000));
      if (next === leftRef.current) return;
      leftRef.current = next;
      setLeft(next);
      if (ANNOUNCE_AT.has(next)) announce(`${next} seconds left.`);
      if (next === 0) {
        window.clearInterval(timer);
        expire.current();
      }
    }, 250);
    return () => window.clearInterval(timer);
  }, [running, announce]);

  return (
    <p className="qz-timer" data-low={left <= 10} data-testid="quiz-timer">
      <span>{running ? 'Time left' : 'Clock stopped'}</span>{' '}
      <strong>
        <time dateTime={`PT${left}S`}>{clock(left)}</time>
      </strong>
    </p>
  );
}
