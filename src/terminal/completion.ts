/** What Tab may put at the cursor: the editor replaces `line.slice(replaceFrom, replaceTo)` with a candidate. */
export interface Completion {
  readonly candidates: readonly string[];
  /** UTF-16 offset into the line where the replaced text starts. */
  readonly replaceFrom: number;
  /** UTF-16 offset where it ends (usually the cursor). */
  readonly replaceTo: number;
}

/** Completes `line` at `cursor` (a UTF-16 offset). The editor calls it on Tab. */
export type Complete = (line: string, cursor: number) => Completion;

/** The data a completer is built from; the host owns it, the completer only matches prefixes. */
export interface CompleterData {
  /** Command names, completed in the first word. */
  readonly commands: readonly string[] | (() => readonly string[]);
  /**
   * Candidates for a later word, given the finished words before it (command first) and the partial word.
   * `undefined` means "no opinion": the completer falls back to file names. See `subcommandsFrom`.
   */
  readonly subcommands?: (words: readonly string[], current: string) => readonly string[] | undefined;
  /** File names starting with `prefix` (directories end with `/`). */
  readonly files?: (prefix: string) => readonly string[];
}

// The AWS CLI reads a parameter from a file with these prefixes: complete the path after them.
const fileSchemes = ['file://', 'fileb://'];
const separators = new Set(['|', '||', '&&', ';']);

/** Builds a completer: commands in the first word, then `subcommands`, then file names. */
export function createCompleter(data: CompleterData): Complete {
  const files = (current: string): readonly string[] => {
    const scheme = fileSchemes.find((s) => current.startsWith(s)) ?? '';
    return (data.files?.(current.slice(scheme.length)) ?? []).map((f) => scheme + f);
  };
  return (line, cursor) => {
    const before = line.slice(0, cursor);
    const current = /[^\s|;&]*$/.exec(before)?.[0] ?? '';
    const all = before
      .slice(0, before.length - current.length)
      .replace(/\|\||&&|[|;]/g, ' $& ')
      .split(/\s+/)
      .filter(Boolean);
    const lastSeparator = all.findLastIndex((w) => separators.has(w));
    const words = all.slice(lastSeparator + 1);
    const pool =
      words.length === 0
        ? typeof data.commands === 'function'
          ? data.commands()
          : data.commands
        : (data.subcommands?.(words, current) ?? files(current));
    const candidates = [...new Set(pool.filter((c) => c.startsWith(current)))].sort();
    return { candidates, replaceFrom: cursor - current.length, replaceTo: cursor };
  };
}

/** The longest string every candidate starts with. */
export function commonPrefix(candidates: readonly string[]): string {
  const [first = '', ...rest] = candidates;
  let end = first.length;
  for (const c of rest) {
    let i = 0;
    while (i < end && c[i] === first[i]) i++;
    end = i;
  }
  // Never split a surrogate pair.
  if (/[\uD800-\uDBFF]/.test(first.charAt(end - 1))) end--;
  return first.slice(0, end);
}

/** An option's argument: none (`'flag'`), free text (`'value'`, completes file names) or one of a list. */
export type OptionArg = 'flag' | 'value' | readonly string[];

/** One level of a command: its subcommands and the options it (and everything under it) accepts. */
export interface CommandSpec {
  readonly subcommands?: Readonly<Record<string, CommandSpec>>;
  readonly options?: Readonly<Record<string, OptionArg>>;
}

/**
 * Turns a command tree into `CompleterData.subcommands`. For `aws`: services, then operations, then
 * `--options` not used yet, then an option's values. Options declared at a level also apply below it.
 */
export function subcommandsFrom(
  tree: Readonly<Record<string, CommandSpec>>,
): (words: readonly string[], current: string) => readonly string[] | undefined {
  return (words, current) => {
    const [command = '', ...rest] = words;
    let node = tree[command];
    if (!node) return undefined;
    let options: Record<string, OptionArg> = { ...node.options };
    const used = new Set<string>();
    let pending: OptionArg | undefined;
    for (const word of rest) {
      if (pending !== undefined) {
        pending = undefined;
      } else if (word.startsWith('-')) {
        used.add(word);
        const arg = options[word];
        if (arg !== undefined && arg !== 'flag') pending = arg;
      } else if (node.subcommands?.[word]) {
        node = node.subcommands[word];
        options = { ...options, ...node?.options };
      }
    }
    if (pending === 'value') return undefined;
    if (typeof pending === 'object') return pending;
    const unused = Object.keys(options).filter((o) => !used.has(o));
    if (current.startsWith('-')) return unused;
    if (node?.subcommands) return Object.keys(node.subcommands);
    return unused.length > 0 ? unused : undefined;
  };
}
