import { encodeBytes } from '../../bytes.ts';
/** UTF-8 and base64 without TextEncoder/atob, which the DOM-free core cannot assume. */

/**
 * UTF-8 bytes of a string (lone surrogates become U+FFFD, as TextEncoder does), except that U+DC80–U+DCFF are the
 * raw bytes 0x80–0xFF the shell keeps in binary files (see `src/shell/bytes.ts`), so `fileb://` reads them exactly.
 */
export function utf8Encode(text: string): Uint8Array {
  return encodeBytes(text);
}

/** Strict UTF-8 decoding: undefined when the bytes are not valid UTF-8 (Python's UnicodeDecodeError). */
export function utf8Decode(bytes: Uint8Array): string | undefined {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return undefined;
    let cp = need === 0 ? b : b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return undefined;
      cp = (cp << 6) | (c & 63);
    }
    const min = [0, 0x80, 0x800, 0x10000][need] as number;
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 with padding. */
export function base64Encode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    out += ALPHABET[(n >> 18) & 63] as string;
    out += ALPHABET[(n >> 12) & 63] as string;
    out += i + 1 < bytes.length ? (ALPHABET[(n >> 6) & 63] as string) : '=';
    out += i + 2 < bytes.length ? (ALPHABET[n & 63] as string) : '=';
  }
  return out;
}

/**
 * Python's `base64.b64decode(text)` (non-strict binascii): characters outside the alphabet are
 * skipped, a complete pad ends the input; undefined where Python raises binascii.Error.
 */
export function base64Decode(text: string): Uint8Array | undefined {
  const out: number[] = [];
  let quad = 0;
  let left = 0;
  let pads = 0;
  for (const ch of text) {
    if (ch === '=') {
      if (quad >= 2 && quad + ++pads >= 4) return Uint8Array.from(out);
      continue;
    }
    const v = ALPHABET.indexOf(ch);
    if (v < 0) continue;
    pads = 0;
    if (quad === 0) {
      left = v;
      quad = 1;
    } else if (quad === 1) {
      out.push(((left << 2) | (v >> 4)) & 255);
      left = v & 15;
      quad = 2;
    } else if (quad === 2) {
      out.push(((left << 4) | (v >> 2)) & 255);
      left = v & 3;
      quad = 3;
    } else {
      out.push(((left << 6) | v) & 255);
      quad = 0;
    }
  }
  return quad === 0 ? Uint8Array.from(out) : undefined;
}
