/** `--name value` / `--name=value` options of a lab tool; each name may repeat. */
export type LongOptions = ReadonlyMap<string, readonly string[]>;

/**
 * Parses the long options of a lab tool: `valued` names take a value, `switches` do not. Returns the problem as a
 * string for anything else (an operand, an unknown option, a missing value).
 */
export function parseLongOptions(
  args: readonly string[],
  valued: readonly string[],
  switches: readonly string[] = [],
): LongOptions | string {
  const options = new Map<string, string[]>();
  const add = (name: string, value: string) => options.set(name, [...(options.get(name) ?? []), value]);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const [name = '', inline] = arg.startsWith('--') ? arg.slice(2).split(/=(.*)/s) : [];
    if (switches.includes(name) && inline === undefined) add(name, '');
    else if (valued.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) return `option --${name} needs a value`;
      add(name, value);
    } else return arg.startsWith('-') ? `unknown option ${arg}` : `unexpected argument ${arg}`;
  }
  return options;
}
