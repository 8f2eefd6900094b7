/** What `restore` made of serialized history: how many entries it kept, or why it kept none. */
export type RestoreResult =
  | { readonly ok: true; readonly count: number }
  | { readonly ok: false; readonly reason: string };

/** The shell's command history: oldest first, bounded, bash-like about what it records. */
export interface History {
  /** Records a line unless it is blank, starts with a space (HISTCONTROL=ignorespace) or repeats the last one. */
  add(line: string): void;
  /** All entries, oldest first (the `history` builtin numbers them from 1). */
  list(): readonly string[];
  /** Forgets every entry (`history -c`). */
  clear(): void;
  /** A string the host can store (e.g. in localStorage) and hand back to `restore`. */
  serialize(): string;
  /** Replaces the entries with serialized ones; bad data leaves the history as it was. */
  restore(serialized: string): RestoreResult;
}

/** Options for `createHistory`. */
export interface HistoryOptions {
  /** Most entries kept; the oldest go first (bash's HISTSIZE). Default 1,000. */
  readonly limit?: number;
}

const version = 1;

/** Creates an empty history. */
export function createHistory({ limit = 1000 }: HistoryOptions = {}): History {
  let entries: string[] = [];

  return {
    add(line) {
      if (line.trim() === '' || line.startsWith(' ') || entries.at(-1) === line) return;
      entries.push(line);
      if (entries.length > limit) entries = entries.slice(-limit);
    },
    list: () => entries,
    clear() {
      entries = [];
    },
    serialize: () => JSON.stringify({ version, entries }),
    restore(serialized) {
      let data: unknown;
      try {
        data = JSON.parse(serialized);
      } catch {
        return { ok: false, reason: 'history is not JSON' };
      }
      const stored = (data as { version?: unknown; entries?: unknown } | null) ?? {};
      if (stored.version !== version || !Array.isArray(stored.entries)) {
        return { ok: false, reason: `history is not version ${version} data` };
      }
      const lines = stored.entries.filter((e): e is string => typeof e === 'string' && !e.includes('\n'));
      entries = lines.slice(-limit);
      return { ok: true, count: entries.length };
    },
  };
}
