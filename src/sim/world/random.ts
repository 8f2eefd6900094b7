/**
 * A seeded pseudo-random source (SplitMix32-style mixing over a 32-bit counter): the same seed gives the same
 * sequence on every machine, so ids and secrets in the simulation are reproducible. Not for real cryptography.
 */
export interface Random {
  /** Next unsigned 32-bit integer. */
  nextUint32(): number;
  /** Current internal state, for snapshots. */
  state(): number;
}

/** Creates a seeded source; `state` restores a snapshot taken with `state()`. */
export function createRandom(seed: number | string, state?: number): Random {
  let s = state ?? hashSeed(seed);
  return {
    nextUint32() {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    },
    state: () => s,
  };
}

/** FNV-1a over the seed's text, so string seeds work too. */
function hashSeed(seed: number | string): number {
  const text = String(seed);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Draws `length` characters from `alphabet`. */
export function randomString(random: Random, alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[random.nextUint32() % alphabet.length];
  return out;
}
