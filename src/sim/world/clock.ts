/**
 * The simulation's clock. Time only moves when told to (`sleep 3600` in the shell calls `advance`), so runs are
 * reproducible and credentials can be made to expire.
 */
export interface Clock {
  /** Current simulated time. */
  now(): Date;
  /** Moves time forward by `ms` milliseconds (negative values are refused). */
  advance(ms: number): void;
  /** Current time in epoch milliseconds, for snapshots. */
  epochMs(): number;
}

/** Creates a clock starting at `start` (an ISO string or epoch milliseconds). */
export function createClock(start: string | number): Clock {
  let t = typeof start === 'number' ? start : Date.parse(start);
  if (Number.isNaN(t)) throw new Error(`invalid clock start: ${start}`);
  return {
    now: () => new Date(t),
    advance(ms) {
      if (!(ms >= 0)) throw new Error(`clock cannot move by ${ms} ms`);
      t += ms;
    },
    epochMs: () => t,
  };
}
