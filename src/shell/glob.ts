import { resolve } from './path.ts';
import type { Vfs } from './vfs.ts';

/** A run of text that came out of expansion; quoted text matches itself even if it holds `*`. */
export interface Segment {
  readonly text: string;
  readonly quoted: boolean;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Turns a shell pattern (`*`, `?`, `[abc]`, `[!a-z]`) into a regex source; quoted text stays literal. */
export function patternSource(segments: readonly Segment[], lazy = false): string {
  let out = '';
  for (const seg of segments) {
    if (seg.quoted) {
      out += escapeRegex(seg.text);
      continue;
    }
    for (let i = 0; i < seg.text.length; i++) {
      const c = seg.text[i] ?? '';
      if (c === '*') out += lazy ? '.*?' : '.*';
      else if (c === '?') out += '.';
      else if (c === '[') {
        const close = seg.text.indexOf(']', i + 2);
        if (close === -1) out += '\\[';
        else {
          const body = seg.text
            .slice(i + 1, close)
            .replace(/^!/, '^')
            .replace(/\\/g, '\\\\');
          out += `[${body}]`;
          i = close;
        }
      } else if (c === '\\') {
        out += escapeRegex(seg.text[i + 1] ?? '\\');
        i++;
      } else out += escapeRegex(c);
    }
  }
  return out;
}

/** True when unquoted text holds a glob character. */
export function hasGlob(segments: readonly Segment[]): boolean {
  return segments.some((s) => !s.quoted && /[*?[]/.test(s.text));
}

/**
 * Expands a pattern against the file system, one path segment at a time. Returns the sorted matches,
 * or an empty list (the caller then keeps the word as written, as bash does without `nullglob`).
 */
export function glob(segments: readonly Segment[], cwd: string, fs: Vfs): string[] {
  // Split the pattern on unquoted and quoted slashes alike, keeping each piece's quoting.
  const pieces: Segment[][] = [[]];
  for (const seg of segments) {
    seg.text.split('/').forEach((text, i) => {
      if (i > 0) pieces.push([]);
      if (text) pieces[pieces.length - 1]?.push({ text, quoted: seg.quoted });
    });
  }
  const absolute = pieces[0]?.length === 0 && pieces.length > 1;
  let paths: string[] = [absolute ? '/' : ''];
  for (const [index, piece] of pieces.entries()) {
    if (index === 0 && absolute) continue;
    if (piece.length === 0) {
      paths = paths.map((p) => `${p}/`);
      continue;
    }
    const literal = piece.map((s) => s.text).join('');
    const next: string[] = [];
    for (const base of paths) {
      const dir = resolve(cwd, base || '.');
      const join = (name: string) =>
        base === '' ? name : base.endsWith('/') ? base + name : `${base}/${name}`;
      if (!hasGlob(piece)) {
        if (fs.stat(resolve(cwd, join(literal))).ok) next.push(join(literal));
        continue;
      }
      const listing = fs.readdir(dir);
      if (!listing.ok) continue;
      const re = new RegExp(`^${patternSource(piece)}$`);
      const dotOk = literal.startsWith('.');
      for (const name of listing.value)
        if ((dotOk || !name.startsWith('.')) && re.test(name)) next.push(join(name));
    }
    paths = next;
  }
  return paths.sort();
}
