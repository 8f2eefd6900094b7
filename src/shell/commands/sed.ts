import type { CommandSpec, ExecResult } from '../types.ts';
import { readOperand } from './input.ts';
import {
  parseSed,
  SED_SUPPORTED,
  type SedAddress,
  type SedCommand,
  type SedReplacement,
} from './sed-script.ts';

/** GNU sed 4.9's usage text, printed (to stderr, exit 1) for a missing script or a wrong option. */
const USAGE = `Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...

  -n, --quiet, --silent
                 suppress automatic printing of pattern space
      --debug
                 annotate program execution
  -e script, --expression=script
                 add the script to the commands to be executed
  -f script-file, --file=script-file
                 add the contents of script-file to the commands to be executed
  --follow-symlinks
                 follow symlinks when processing in place
  -i[SUFFIX], --in-place[=SUFFIX]
                 edit files in place (makes backup if SUFFIX supplied)
  -l N, --line-length=N
                 specify the desired line-wrap length for the \`l' command
  --posix
                 disable all GNU extensions.
  -E, -r, --regexp-extended
                 use extended regular expressions in the script
                 (for portability use POSIX -E).
  -s, --separate
                 consider files as separate rather than as a single,
                 continuous long stream.
      --sandbox
                 operate in sandbox mode (disable e/r/w commands).
  -u, --unbuffered
                 load minimal amounts of data from the input files and flush
                 the output buffers more often
  -z, --null-data
                 separate lines by NUL characters
      --help     display this help and exit
      --version  output version information and exit

If no -e, --expression, -f, or --file option is given, then the first
non-option argument is taken as the sed script to interpret.  All
remaining arguments are names of input files; if no input files are
specified, then the standard input is read.

GNU sed home page: <https://www.gnu.org/software/sed/>.
General help using GNU software: <https://www.gnu.org/gethelp/>.
`;
const fail = (stderr: string, exitCode = 1): ExecResult => ({ stdout: '', stderr, exitCode });

/**
 * A minimal GNU sed: `s/a/b/`, `s/a/b/g`, `-n` with `p`, `d`, `-e`, `-E`. Anything else says it is not supported
 * here (exit 1), like the jq subset.
 */
export const sed: CommandSpec = {
  description: 'stream editor (a subset: s/re/text/g, -n with p, d, -e, -E)',
  run(args, io) {
    let quiet = false;
    let extended = false;
    const scripts: string[] = [];
    const operands: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i] ?? '';
      if (a === '--') {
        operands.push(...args.slice(i + 1));
        break;
      }
      if (a === '-' || !a.startsWith('-')) operands.push(a);
      else if (a === '--quiet' || a === '--silent') quiet = true;
      else if (a === '--regexp-extended') extended = true;
      else if (a.startsWith('--expression')) {
        const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
        if (value === undefined) return fail(`sed: option '--expression' requires an argument\n${USAGE}`);
        scripts.push(value);
      } else if (a.startsWith('--')) return fail(`sed: unrecognized option '${a}'\n${USAGE}`);
      else
        for (let j = 1; j < a.length; j++) {
          const letter = a[j] ?? '';
          if (letter === 'n') quiet = true;
          else if (letter === 'E' || letter === 'r') extended = true;
          else if (letter === 'e') {
            const value = j + 1 < a.length ? a.slice(j + 1) : args[++i];
            if (value === undefined) return fail(`sed: option requires an argument -- 'e'\n${USAGE}`);
            scripts.push(value);
            break;
          } else if ('ifsuzl'.includes(letter))
            return notSupported(letter === 'i' ? '-i (editing files in place)' : `-${letter}`);
          else return fail(`sed: invalid option -- '${letter}'\n${USAGE}`);
        }
    }
    if (scripts.length === 0) {
      const script = operands.shift();
      if (script === undefined) return fail(USAGE);
      scripts.push(script);
    }
    const parsed = parseSed(scripts.join('\n'), extended);
    if (!parsed.ok)
      return parsed.unsupported
        ? notSupported(parsed.message)
        : fail(`sed: -e expression #1, char ${parsed.char}: ${parsed.message}\n`);
    let text = '';
    let stderr = '';
    for (const file of operands.length ? operands : ['-']) {
      const read = readOperand(io, file);
      if (read.ok) text += text && !text.endsWith('\n') ? `\n${read.text}` : read.text;
      else stderr += `sed: can't read ${file}: ${read.reason}\n`;
    }
    return { stdout: edit(parsed.commands, text, quiet), stderr, exitCode: stderr ? 2 : 0 };
  },
};

function notSupported(what: string): ExecResult {
  return fail(`sed: this simulated sed supports only ${SED_SUPPORTED} (not supported here: ${what})\n`);
}

/** Runs the script over every line; output of a last line without a newline lacks one too, as in GNU sed. */
function edit(commands: readonly SedCommand[], text: string, quiet: boolean): string {
  if (text === '') return '';
  const input = text.split('\n');
  const finalNewline = text.endsWith('\n');
  if (finalNewline) input.pop();
  let out = '';
  let missingNewline = false;
  const write = (space: string, chomped: boolean) => {
    out += (missingNewline ? '\n' : '') + space + (chomped ? '\n' : '');
    missingNewline = !chomped;
  };
  for (const [index, line] of input.entries()) {
    const last = index === input.length - 1;
    const chomped = !last || finalNewline;
    let space = line;
    let deleted = false;
    for (const command of commands) {
      if (!matches(command.address, space, index + 1, last)) continue;
      if (command.kind === 'd') {
        deleted = true;
        break;
      }
      if (command.kind === 'p') write(space, chomped);
      else {
        const next = substitute(space, command);
        if (next !== null) {
          space = next;
          if (command.print) write(space, chomped);
        }
      }
    }
    if (!deleted && !quiet) write(space, chomped);
  }
  return out;
}

function matches(address: SedAddress | null, space: string, line: number, last: boolean): boolean {
  if (!address) return true;
  if (address.kind === 'line') return address.line === line;
  if (address.kind === 'last') return last;
  address.re.lastIndex = 0;
  return address.re.test(space);
}

/** The pattern space after `s`, or null when nothing matched. */
function substitute(space: string, command: Extract<SedCommand, { kind: 's' }>): string | null {
  let count = 0;
  let replaced = false;
  const result = space.replace(command.re, (match: string, ...rest: unknown[]) => {
    count++;
    if (count < command.occurrence || (count > command.occurrence && !command.global)) return match;
    replaced = true;
    const groups = rest.slice(0, -2) as (string | undefined)[];
    return command.replacement.map((p) => render(p, match, groups)).join('');
  });
  return replaced ? result : null;
}

function render(part: SedReplacement, match: string, groups: readonly (string | undefined)[]): string {
  if (part.kind === 'text') return part.text;
  return part.n === 0 ? match : (groups[part.n - 1] ?? '');
}
