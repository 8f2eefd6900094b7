import type { Clock } from './clock.ts';
import type { IdGenerator } from './ids.ts';
import type { WorldState } from './state.ts';

/** Format tag of world snapshots, bumped when the state's shape changes. */
export const SNAPSHOT_FORMAT = 'iam-roles-lab/world@1';

/** A world as plain JSON: everything needed to continue exactly where it stopped. */
export interface WorldSnapshot {
  readonly format: typeof SNAPSHOT_FORMAT;
  readonly seed: number | string;
  /** The random source's internal state, so ids continue the same sequence. */
  readonly randomState: number;
  /** Simulated time in epoch milliseconds. */
  readonly clock: number;
  readonly state: WorldState;
}

/** Takes a snapshot of a world's parts (a deep copy; later calls do not change it). */
export function takeSnapshot(
  seed: number | string,
  clock: Clock,
  ids: IdGenerator,
  state: WorldState,
): WorldSnapshot {
  const snapshot: WorldSnapshot = {
    format: SNAPSHOT_FORMAT,
    seed,
    randomState: ids.random.state(),
    clock: clock.epochMs(),
    state,
  };
  return JSON.parse(JSON.stringify(snapshot)) as WorldSnapshot;
}
