/**
 * Python's `difflib.get_close_matches` (n=3), which the CLI uses for "maybe you meant" hints.
 * SequenceMatcher without junk: the choices are short, so its autojunk heuristic never applies.
 */
export function getCloseMatches(
  word: string,
  possibilities: readonly string[],
  cutoff = 0.8,
  n = 3,
): string[] {
  const scored: [number, string][] = [];
  for (const x of possibilities) {
    if (realQuickRatio(x, word) >= cutoff && quickRatio(x, word) >= cutoff) {
      const score = ratio(x, word);
      if (score >= cutoff) scored.push([score, x]);
    }
  }
  // heapq.nlargest on (score, word) tuples: higher score first, then the larger word.
  scored.sort((p, q) => q[0] - p[0] || (q[1] > p[1] ? 1 : q[1] < p[1] ? -1 : 0));
  return scored.slice(0, n).map(([, x]) => x);
}

function calculateRatio(matches: number, length: number): number {
  return length ? (2 * matches) / length : 1;
}

function realQuickRatio(a: string, b: string): number {
  return calculateRatio(Math.min(a.length, b.length), a.length + b.length);
}

function quickRatio(a: string, b: string): number {
  const avail = new Map<string, number>();
  for (const ch of b) avail.set(ch, (avail.get(ch) ?? 0) + 1);
  let matches = 0;
  for (const ch of a) {
    const left = avail.get(ch) ?? 0;
    if (left > 0) matches++;
    avail.set(ch, left - 1);
  }
  return calculateRatio(matches, a.length + b.length);
}

/** SequenceMatcher(None, a, b).ratio(). */
export function ratio(a: string, b: string): number {
  const b2j = new Map<string, number[]>();
  [...b].forEach((ch, j) => {
    const list = b2j.get(ch);
    if (list) list.push(j);
    else b2j.set(ch, [j]);
  });
  let matches = 0;
  const queue: [number, number, number, number][] = [[0, a.length, 0, b.length]];
  while (queue.length > 0) {
    const [alo, ahi, blo, bhi] = queue.pop() as [number, number, number, number];
    const [i, j, k] = longestMatch(a, b2j, alo, ahi, blo, bhi);
    if (k > 0) {
      matches += k;
      if (alo < i && blo < j) queue.push([alo, i, blo, j]);
      if (i + k < ahi && j + k < bhi) queue.push([i + k, ahi, j + k, bhi]);
    }
  }
  return calculateRatio(matches, a.length + b.length);
}

/** SequenceMatcher.find_longest_match with no junk: the earliest longest block in a, then in b. */
function longestMatch(
  a: string,
  b2j: Map<string, number[]>,
  alo: number,
  ahi: number,
  blo: number,
  bhi: number,
): [number, number, number] {
  let besti = alo;
  let bestj = blo;
  let bestsize = 0;
  let j2len = new Map<number, number>();
  for (let i = alo; i < ahi; i++) {
    const next = new Map<number, number>();
    for (const j of b2j.get(a[i] as string) ?? []) {
      if (j < blo) continue;
      if (j >= bhi) break;
      const k = (j2len.get(j - 1) ?? 0) + 1;
      next.set(j, k);
      if (k > bestsize) {
        besti = i - k + 1;
        bestj = j - k + 1;
        bestsize = k;
      }
    }
    j2len = next;
  }
  return [besti, bestj, bestsize];
}
