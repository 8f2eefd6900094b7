import { decodeBytes, encodeBytes } from '../bytes.ts';
import type { CommandSpec } from '../types.ts';
import { readOperand } from './input.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 of the bytes a string stands for (see `bytes.ts`). */
export function encodeBase64(text: string): string {
  const bytes = encodeBytes(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = bytes.slice(i, i + 3);
    const n = (a << 16) | (b << 8) | c;
    const chars = [18, 12, 6, 0].map((s) => ALPHABET[(n >> s) & 63] ?? '');
    const kept = Math.min(4, bytes.length - i + 1);
    out += chars.slice(0, kept).join('') + '='.repeat(4 - kept);
  }
  return out;
}

/** Decodes base64 (whitespace ignored) to text, bytes that are not UTF-8 kept as escapes; null when not base64. */
export function decodeBase64(data: string): string | null {
  const clean = data.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.replace(/=+$/, '').length % 4 === 1) return null;
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of clean.replace(/=+$/, '')) {
    buffer = (buffer << 6) | ALPHABET.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return decodeBytes(Uint8Array.from(bytes));
}

/** `base64 [-d] [-w N] [file]`: wraps encoded output at 76 columns like coreutils (`-w 0`: one line, no newline). */
export const base64: CommandSpec = {
  description: 'encode or decode base64 (-d to decode)',
  run(args, io) {
    let decode = false;
    let wrap = 76;
    let file = '-';
    for (let i = 0; i < args.length; i++) {
      const a = args[i] ?? '';
      if (a === '-d' || a === '--decode') decode = true;
      else if (a === '-w') wrap = Number(args[++i] ?? 76);
      else if (/^-w\d+$/.test(a)) wrap = Number(a.slice(2));
      else if (a.startsWith('--wrap=')) wrap = Number(a.slice(7));
      else file = a;
    }
    const read = readOperand(io, file);
    if (!read.ok) return { stdout: '', stderr: `base64: ${file}: ${read.reason}\n`, exitCode: 1 };
    if (decode) {
      const text = decodeBase64(read.text);
      return text === null
        ? { stdout: '', stderr: 'base64: invalid input\n', exitCode: 1 }
        : { stdout: text, stderr: '', exitCode: 0 };
    }
    const encoded = encodeBase64(read.text);
    const wrapped = wrap > 0 ? (encoded.match(new RegExp(`.{1,${wrap}}`, 'g')) ?? []).join('\n') : encoded;
    // With -w 0 coreutils ends without a newline.
    return { stdout: encoded && wrap > 0 ? `${wrapped}\n` : wrapped, stderr: '', exitCode: 0 };
  },
};
