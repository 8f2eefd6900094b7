/**
 * Seeded shuffling, so a question set can be rebuilt from its URL: the same seed always gives the same order.
 * The seed itself comes from the browser (`newSeed`); nothing here calls Math.random.
 */

/** A uniform generator in [0, 1) from a 32-bit seed (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy of `items` (Fisher–Yates driven by `random`). */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** A seed as it appears in a URL: base 36, e.g. `1z141z3`. */
export function formatSeed(seed: number): string {
  return (seed >>> 0).toString(36);
}

/** The seed in a URL parameter, or null when it is missing or not a 32-bit base-36 number. */
export function parseSeed(text: string | null): number | null {
  if (text === null || !/^[0-9a-z]{1,7}$/.test(text)) return null;
  const seed = Number.parseInt(text, 36);
  return seed <= 0xffffffff ? seed : null;
}

/** A 32-bit seed from text (FNV-1a), so each question can shuffle its own choices from the set's seed. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A shuffled copy that is never the original order (when there are two or more distinct positions). */
export function scramble<T>(items: readonly T[], seed: number): T[] {
  const out = shuffle(items, seededRandom(seed));
  // Rotating by one moves every item, so an order question never starts solved.
  return out.every((item, i) => item === items[i]) ? [...out.slice(1), ...out.slice(0, 1)] : out;
}

/** A question's own shuffle of `items` within a run, the same wherever the question is shown. */
export function shuffleFor<T>(items: readonly T[], runSeed: number, questionId: string): T[] {
  return shuffle(items, seededRandom(hashSeed(`${runSeed}:${questionId}`)));
}
