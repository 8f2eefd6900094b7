import type { CommandSpec } from '../types.ts';
import { readOperand } from './input.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** UTF-8 bytes of a string (no TextEncoder in the pure core's ES2023 library). */
export function utf8Encode(text: string): number[] {
  const bytes: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) bytes.push(cp);
    else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return bytes;
}

/** Decodes UTF-8; a byte that is not valid UTF-8 becomes U+FFFD, as a terminal would show it. */
export function utf8Decode(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] ?? 0;
    const extra = b < 0x80 ? 0 : b >> 5 === 6 ? 1 : b >> 4 === 14 ? 2 : b >> 3 === 30 ? 3 : -1;
    const tail = bytes.slice(i + 1, i + 1 + Math.max(extra, 0));
    if (extra < 0 || tail.length < extra || tail.some((t) => t >> 6 !== 2)) {
      out += '\ufffd';
      i++;
      continue;
    }
    let cp = extra === 0 ? b : b & (0x3f >> extra);
    for (const t of tail) cp = (cp << 6) | (t & 63);
    out += String.fromCodePoint(cp);
    i += 1 + extra;
  }
  return out;
}

/** Standard base64 of a string's UTF-8 bytes. */
export function encodeBase64(text: string): string {
  const bytes = utf8Encode(text);
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

/** Decodes base64 (whitespace ignored) to text, or null when the input is not base64. */
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
  return utf8Decode(bytes);
}

/** `base64 [-d] [-w N] [file]`: wraps encoded output at 76 columns like coreutils (`-w 0`: no wrapping). */
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
    return { stdout: encoded ? `${wrapped}\n` : '', stderr: '', exitCode: 0 };
  },
};
