/** Parsed command-line options: single-letter flags, flags with values, and the remaining operands. */
export interface Flags {
  readonly set: ReadonlySet<string>;
  readonly values: ReadonlyMap<string, string>;
  readonly operands: readonly string[];
}

export interface FlagSpec {
  /** Letters that are plain switches, e.g. `'rfv'`. */
  readonly switches: string;
  /** Letters that take a value, e.g. `'n'` for `-n 5` / `-n5`. */
  readonly valued?: string;
  /** Long names mapped to a letter, e.g. `{ recursive: 'r' }`; `--name=value` works for valued letters. */
  readonly long?: Readonly<Record<string, string>>;
}

/**
 * Parses options like coreutils: combined switches (`-rf`), values (`-n 5`, `-n5`), `--` ends options, a lone
 * `-` is an operand. Returns coreutils' complaint (`invalid option -- 'z'`) for an unknown letter.
 */
export function parseFlags(args: readonly string[], spec: FlagSpec): Flags | { readonly error: string } {
  const set = new Set<string>();
  const values = new Map<string, string>();
  const operands: string[] = [];
  const valued = spec.valued ?? '';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const [name = '', value] = arg.slice(2).split(/=(.*)/s);
      const letter = spec.long?.[name];
      if (!letter) return { error: `unrecognized option '${arg}'` };
      if (valued.includes(letter)) {
        const v = value ?? args[++i];
        if (v === undefined) return { error: `option '--${name}' requires an argument` };
        values.set(letter, v);
      } else set.add(letter);
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      operands.push(arg);
      continue;
    }
    for (let j = 1; j < arg.length; j++) {
      const letter = arg[j] ?? '';
      if (valued.includes(letter)) {
        const v = arg.length > j + 1 ? arg.slice(j + 1) : args[++i];
        if (v === undefined) return { error: `option requires an argument -- '${letter}'` };
        values.set(letter, v);
        break;
      }
      if (!spec.switches.includes(letter)) return { error: `invalid option -- '${letter}'` };
      set.add(letter);
    }
  }
  return { set, values, operands };
}

/** coreutils' two-line usage complaint: `ls: invalid option -- 'z'` + `Try 'ls --help' …`. */
export function usageError(name: string, message: string, exitCode = 1) {
  return {
    stdout: '',
    stderr: `${name}: ${message}\nTry '${name} --help' for more information.\n`,
    exitCode,
  };
}
