import { byteChar, joinBytes } from '../bytes.ts';
import type { CommandSpec } from '../types.ts';
import { backslashEscapes } from './echo.ts';

const SAFE = /^[A-Za-z0-9_./:=@%+,-]+$/;
/** Widths and precisions past this would print megabytes into the terminal. */
const MAX_WIDTH = 10_000;

/** bash's `printf %q`: quotes a string so the shell reads it back unchanged. */
export function shellQuote(text: string): string {
  if (text === '') return "''";
  if (SAFE.test(text) && !text.startsWith('~')) return text;
  if (/[^\x20-\x7e]/.test(text)) {
    const body = [...text]
      .map((ch) => {
        const cp = ch.codePointAt(0) ?? 0;
        if (ch === "'" || ch === '\\') return `\\${ch}`;
        if (cp >= 0x20 && cp < 0x7f) return ch;
        const named: Record<string, string> = { '\n': '\\n', '\t': '\\t', '\r': '\\r', '\x1b': '\\E' };
        return named[ch] ?? ch;
      })
      .join('');
    return `$'${body}'`;
  }
  return text.replace(/[^A-Za-z0-9_./:=@%+,-]/g, '\\$&');
}

/** `printf FORMAT [args…]`: %s %d %i %f %x %o %c %b %q %% with flags, width and precision; the format repeats. */
export const printf: CommandSpec = {
  description: 'format and print (%s %d %q, \\n)',
  run(args) {
    const [format, ...rest] = args;
    if (format === undefined)
      return { stdout: '', stderr: 'bash: printf: usage: printf [-v var] format [arguments]\n', exitCode: 2 };
    let stdout = '';
    let stderr = '';
    let i = 0;
    do {
      let consumed = false;
      const out = format.replace(
        /%([-+ #0]*)(\d+|\*)?(?:\.(\d+))?([sdifxXocbqe%])|\\(?:[0-7]{1,3}|x[0-9a-fA-F]{1,2}|.)/g,
        (all, flagText: string, width: string | undefined, precision: string | undefined, conv: string) => {
          // In the format, `\NNN` is octal without a leading 0 (in %b arguments it is `\0NNN`).
          if (/^\\[0-7]/.test(all)) return byteChar(Number.parseInt(all.slice(1), 8) & 0xff);
          if (all.startsWith('\\')) return backslashEscapes(all).text;
          if (conv === '%') return '%';
          consumed = true;
          // `%*d` takes its width from the arguments first.
          const fieldWidth = width === '*' ? String(Number.parseInt(rest[i++] ?? '0', 10) || 0) : width;
          const arg = rest[i++];
          let text: string;
          switch (conv) {
            case 'd':
            case 'i':
            case 'x':
            case 'X':
            case 'o': {
              const n = number(arg ?? '0');
              if (n === null) {
                stderr += `bash: printf: ${arg}: invalid number\n`;
                text = '0';
              } else {
                const t = Math.trunc(n);
                text =
                  conv === 'x'
                    ? t.toString(16)
                    : conv === 'X'
                      ? t.toString(16).toUpperCase()
                      : conv === 'o'
                        ? t.toString(8)
                        : String(t);
                if (flagText.includes('+') && t >= 0) text = `+${text}`;
              }
              break;
            }
            case 'f':
            case 'e': {
              const n = number(arg ?? '0');
              if (n === null) stderr += `bash: printf: ${arg}: invalid number\n`;
              const p = precision === undefined ? 6 : Number(precision);
              // JavaScript stops at 100 digits; bash prints more (zeros here).
              const extra = '0'.repeat(Math.max(0, Math.min(p, MAX_WIDTH) - 100));
              const q = Math.min(p, 100);
              text =
                conv === 'f'
                  ? (n ?? 0).toFixed(q) + extra
                  : (n ?? 0)
                      .toExponential(q)
                      .replace(/e/, `${extra}e`)
                      .replace(/e([+-])(\d)$/, 'e$10$2');
              break;
            }
            case 'c':
              text = (arg ?? '').slice(0, 1);
              break;
            case 'b':
              text = backslashEscapes(arg ?? '', true).text;
              break;
            case 'q':
              text = shellQuote(arg ?? '');
              break;
            default:
              text = precision === undefined ? (arg ?? '') : (arg ?? '').slice(0, Number(precision));
          }
          const w = Number(fieldWidth ?? 0);
          if (w > MAX_WIDTH) {
            stderr += `bash: printf: ${fieldWidth}: field width too large for the simulated shell (at most ${MAX_WIDTH})\n`;
            return text;
          }
          if (flagText.includes('-')) return text.padEnd(w);
          if (flagText.includes('0') && conv !== 's' && /^[+-]?\d/.test(text)) {
            const sign = /^[+-]/.test(text) ? (text[0] ?? '') : '';
            return sign + text.slice(sign.length).padStart(w - sign.length, '0');
          }
          return text.padStart(w);
        },
      );
      stdout += out;
      if (!consumed) break;
    } while (i < rest.length);
    return { stdout: joinBytes(stdout), stderr, exitCode: stderr ? 1 : 0 };
  },
};

function number(text: string): number | null {
  const t = text.trim();
  if (/^[+-]?\d+(\.\d+)?$/.test(t)) return Number(t);
  if (/^0x[0-9a-f]+$/i.test(t)) return Number.parseInt(t, 16);
  if (/^'.$/.test(t) || /^".$/.test(t)) return t.codePointAt(1) ?? 0;
  return null;
}
