/**
 * Binary data in the shell's strings. Files, pipes and output are JS strings; a byte that is not part of valid
 * UTF-8 is kept as Python's `surrogateescape` keeps it, as the lone surrogate U+DC80–U+DCFF. So a zip archive
 * survives `cat`, redirections and `fileb://` byte for byte, and `wc -c` counts it right.
 */

const ESCAPE_BASE = 0xdc00;

/** True for the code points that stand for one raw byte 0x80–0xFF. */
const isEscapedByte = (cp: number): boolean => cp >= 0xdc80 && cp <= 0xdcff;

/** The bytes of `text`: UTF-8, escaped bytes as themselves; any other lone surrogate as U+FFFD. */
export function encodeBytes(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    let cp = ch.codePointAt(0) ?? 0;
    if (isEscapedByte(cp)) {
      out.push(cp - ESCAPE_BASE);
      continue;
    }
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return Uint8Array.from(out);
}

/** Bytes as text: valid UTF-8 decodes, every other byte becomes its escape (`bytes.decode('utf-8', 'surrogateescape')`). */
export function decodeBytes(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    let cp = need <= 0 ? b : b & (0x3f >> need);
    let valid = need >= 0;
    for (let k = 1; valid && k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) valid = false;
      else cp = (cp << 6) | (c & 63);
    }
    const min = [0, 0x80, 0x800, 0x10000][need] ?? 0;
    if (valid && cp >= min && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) {
      out += String.fromCodePoint(cp);
      i += need + 1;
    } else {
      out += String.fromCharCode(ESCAPE_BASE + b);
      i++;
    }
  }
  return out;
}

/** How many bytes `text` stands for (what `ls -l` and `wc -c` count). */
export function byteLength(text: string): number {
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    n += cp < 0x80 || isEscapedByte(cp) ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

/** The character that stands for byte `b` (0–255): ASCII as itself, 0x80–0xFF as its escape. */
export function byteChar(b: number): string {
  return String.fromCharCode(b < 0x80 ? b : ESCAPE_BASE + b);
}

/** Joins escaped bytes that form UTF-8 into characters (`printf '\303\251'` prints `é`). */
export function joinBytes(text: string): string {
  return decodeBytes(encodeBytes(text));
}
