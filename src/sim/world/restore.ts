import { createClock } from './clock.ts';
import { createIdGenerator } from './ids.ts';
import { createRandom } from './random.ts';
import { SNAPSHOT_FORMAT, type WorldSnapshot } from './snapshot.ts';
import { assembleWorld, type World } from './world.ts';

/** Rebuilds a world from `world.snapshot()` or its JSON text; it continues exactly where the snapshot stopped. */
export function restoreWorld(snapshot: WorldSnapshot | string): World {
  const data = (
    typeof snapshot === 'string' ? JSON.parse(snapshot) : JSON.parse(JSON.stringify(snapshot))
  ) as WorldSnapshot;
  if (data.format !== SNAPSHOT_FORMAT)
    throw new Error(`unknown world snapshot format: ${String(data.format)}`);
  const random = createRandom(data.seed, data.randomState);
  return assembleWorld(data.seed, createClock(data.clock), createIdGenerator(random), data.state);
}
