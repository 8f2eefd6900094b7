import type { CommandSpec } from '../types.ts';
import { parseFlags } from './flags.ts';
import { lines, readOperand } from './input.ts';

const CLASSES: Record<string, string> = {
  alpha: 'a-zA-Z',
  digit: '0-9',
  alnum: 'a-zA-Z0-9',
  upper: 'A-Z',
  lower: 'a-z',
  space: '\\s',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  xdigit: '0-9A-Fa-f',
};

/** Turns a POSIX basic (or, with `extended`, extended) regular expression into a JavaScript regex source. */
export function posixRegex(pattern: string, extended: boolean): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? '';
    if (c === '[') {
      const m = /^\[\^?\]?(?:\[:[a-z]+:\]|[^\]])*\]/.exec(pattern.slice(i));
      if (m) {
        out += m[0]
          .replace(/\[:([a-z]+):\]/g, (_, name: string) => CLASSES[name] ?? '')
          .replace(/\\/g, '\\\\');
        i += m[0].length - 1;
        continue;
      }
    }
    if (c === '\\') {
      const n = pattern[++i] ?? '\\';
      out += extended ? `\\${n}` : '(){}|+?'.includes(n) ? n : `\\${n}`;
    } else if (!extended && '(){}|+?'.includes(c)) out += `\\${c}`;
    else out += c;
  }
  return out;
}

/** `grep [-ivcnqEFolhwx] [-e] PATTERN [file…]`: fixed strings and POSIX regular expressions. */
export const grep: CommandSpec = {
  description: 'print lines matching a pattern (-i, -v, -c, -n, -E, -q, -o)',
  run(args, io) {
    const flags = parseFlags(args, {
      switches: 'ivcnqEFolhHwxsr',
      valued: 'e',
      long: { 'ignore-case': 'i', count: 'c', quiet: 'q', 'invert-match': 'v', 'line-number': 'n' },
    });
    if ('error' in flags)
      return {
        stdout: '',
        stderr: `grep: ${flags.error}\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n`,
        exitCode: 2,
      };
    const f = flags.set;
    const operands = [...flags.operands];
    const pattern = flags.values.get('e') ?? operands.shift();
    if (pattern === undefined)
      return {
        stdout: '',
        stderr: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
        exitCode: 2,
      };
    let source = f.has('F')
      ? pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      : posixRegex(pattern, f.has('E'));
    if (f.has('w')) source = `(?<![\\w])(?:${source})(?![\\w])`;
    if (f.has('x')) source = `^(?:${source})$`;
    let re: RegExp;
    try {
      re = new RegExp(source, f.has('i') ? 'gi' : 'g');
    } catch {
      return { stdout: '', stderr: `grep: Invalid regular expression\n`, exitCode: 2 };
    }
    const files = operands.length ? operands : ['-'];
    const prefix = (f.has('H') || files.length > 1) && !f.has('h');
    let stdout = '';
    let stderr = '';
    let matched = false;
    for (const file of files) {
      const read = readOperand(io, file);
      if (!read.ok) {
        if (!f.has('s')) stderr += `grep: ${file}: ${read.reason}\n`;
        continue;
      }
      const name = file === '-' ? '(standard input)' : file;
      let count = 0;
      for (const [index, line] of lines(read.text).entries()) {
        re.lastIndex = 0;
        if (re.test(line) === f.has('v')) continue;
        count++;
        matched = true;
        if (f.has('q') || f.has('c') || f.has('l')) continue;
        const head = (prefix ? `${name}:` : '') + (f.has('n') ? `${index + 1}:` : '');
        if (f.has('o') && !f.has('v')) for (const m of line.match(re) ?? []) stdout += `${head}${m}\n`;
        else stdout += `${head}${line}\n`;
      }
      if (f.has('c')) stdout += `${prefix ? `${name}:` : ''}${count}\n`;
      if (f.has('l') && count) stdout += `${name}\n`;
    }
    if (f.has('q'))
      return { stdout: '', stderr: matched ? '' : stderr, exitCode: matched ? 0 : stderr ? 2 : 1 };
    return { stdout, stderr, exitCode: stderr ? 2 : matched ? 0 : 1 };
  },
};
