import { byteChar, joinBytes } from '../bytes.ts';
import type { CommandSpec } from '../types.ts';

/**
 * Interprets `echo -e` / `printf %b` escapes; `stop` is true after `\c` (no more output). `printf %b` also reads
 * `\NNN` without the leading 0 (`bareOctal`).
 */
export function backslashEscapes(text: string, bareOctal = false): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '\\' || i === text.length - 1) {
      out += c;
      continue;
    }
    const n = text[++i] ?? '';
    const simple: Record<string, string> = {
      n: '\n',
      t: '\t',
      r: '\r',
      a: '\x07',
      b: '\b',
      f: '\f',
      v: '\v',
      e: '\x1b',
      E: '\x1b',
      '\\': '\\',
    };
    if (n in simple) out += simple[n];
    else if (n === 'c') return { text: out, stop: true };
    else if (bareOctal && n >= '1' && n <= '7') {
      const digits = /^[0-7]{0,2}/.exec(text.slice(i + 1))?.[0] ?? '';
      out += byteChar(Number.parseInt(n + digits, 8) & 0xff);
      i += digits.length;
    } else if (n === '0' || n === 'x') {
      const re = n === '0' ? /^[0-7]{0,3}/ : /^[0-9a-fA-F]{1,2}/;
      const digits = re.exec(text.slice(i + 1))?.[0] ?? '';
      if (n === 'x' && !digits) out += '\\x';
      else out += byteChar(digits ? Number.parseInt(digits, n === '0' ? 8 : 16) & 0xff : 0);
      i += digits.length;
    } else out += `\\${n}`;
  }
  return { text: out, stop: false };
}

/** `echo [-neE] words…`: options only count while every letter is one of n, e, E (like bash). */
export const echo: CommandSpec = {
  description: 'print its arguments (-n: no newline, -e: interpret \\n, \\t…)',
  run(args) {
    let newline = true;
    let escapes = false;
    let i = 0;
    for (; i < args.length && /^-[neE]+$/.test(args[i] ?? ''); i++) {
      for (const flag of (args[i] ?? '').slice(1)) {
        if (flag === 'n') newline = false;
        else escapes = flag === 'e';
      }
    }
    const text = args.slice(i).join(' ');
    if (!escapes) return { stdout: text + (newline ? '\n' : ''), stderr: '', exitCode: 0 };
    const out = backslashEscapes(text);
    return { stdout: joinBytes(out.text) + (newline && !out.stop ? '\n' : ''), stderr: '', exitCode: 0 };
  },
};
