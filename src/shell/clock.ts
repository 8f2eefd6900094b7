/**
 * The simulated clock the shell reads (`date`, file times) and moves (`sleep`). The host injects it so runs are
 * reproducible; a world clock from the simulator can be passed in as long as it has these two methods.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch, simulated. */
  now(): number;
  /** Moves simulated time forward by `ms` at once (what `sleep` does). */
  advance(ms: number): void;
}

/** 2026-11-25T16:38:42Z: a fixed, readable default start for tests and demos. */
export const DEFAULT_START = Date.UTC(2026, 10, 25, 16, 38, 42);

/** A clock that only moves when told to. */
export function createSimClock(startMs: number = DEFAULT_START): Clock {
  let now = startMs;
  return {
    now: () => now,
    advance: (ms) => {
      now += Math.max(0, ms);
    },
  };
}
