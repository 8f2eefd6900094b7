/** Reverse incremental search (Ctrl-R) over history entries. */
export interface SearchState {
  /** What the user has typed so far. */
  readonly query: string;
  /** Index of the entry shown, or undefined before anything matched. */
  readonly index: number | undefined;
  /** The last step found nothing: readline then says "failed". */
  readonly failed: boolean;
}

/** Finds the newest entry at or before `start` containing `query`. */
export function findBackward(entries: readonly string[], query: string, start: number): number | undefined {
  for (let i = Math.min(start, entries.length - 1); i >= 0; i--) {
    if (entries[i]?.includes(query)) return i;
  }
  return undefined;
}

/** Searches again with `query`, from `start` down; a miss keeps the previous match on show. */
export function step(
  entries: readonly string[],
  state: SearchState,
  query: string,
  start: number,
): SearchState {
  const index = findBackward(entries, query, start);
  return index === undefined ? { query, index: state.index, failed: true } : { query, index, failed: false };
}

/** The prompt readline shows while searching. */
export function searchPrompt(state: SearchState): string {
  return `(${state.failed ? 'failed ' : ''}reverse-i-search)\`${state.query}': `;
}
