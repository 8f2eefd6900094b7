import { resolve } from './path.ts';
import type { Vfs } from './vfs.ts';

/** A run of text that came out of expansion; quoted text matches itself even if it holds `*`. */
export interface Segment {
  readonly text: string;
  readonly quoted: boolean;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

// POSIX character classes (`[[:digit:]]`) as the C locale defines them.
const CLASSES: Readonly<Record<string, string>> = {
  alpha: 'a-zA-Z',
  digit: '0-9',
  alnum: 'a-zA-Z0-9',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  xdigit: '0-9A-Fa-f',
  cntrl: '\\x00-\\x1f\\x7f',
  print: ' -~',
  graph: '!-~',
  word: 'a-zA-Z0-9_',
};

/**
 * A bracket expression (`[abc]`, `[!a-z]`, `[^0-9]`, `[[:alpha:]_]`, `[]x]`) starting at `text[at]`, as a regex
 * class and the index of its closing `]`; null when it does not close (the `[` is then literal). `negators` are
 * the characters that negate it after the `[` (`!` too in shell patterns). A backslash inside stays literal.
 */
export function bracketClass(
  text: string,
  at: number,
  negators: string,
): { source: string; end: number } | null {
  let i = at + 1;
  const negate = negators.includes(text[i] ?? '\n');
  if (negate) i++;
  let body = '';
  for (let first = true; i < text.length; i++, first = false) {
    const c = text[i] ?? '';
    if (c === ']' && !first) return { source: `[${negate ? '^' : ''}${body}]`, end: i };
    const kind = text[i + 1] ?? '';
    const close = c === '[' && ':=.'.includes(kind) ? text.indexOf(`${kind}]`, i + 2) : -1;
    if (close !== -1) {
      const name = text.slice(i + 2, close);
      const cls = kind === ':' ? CLASSES[name] : escapeRegex(name);
      if (cls === undefined) return null;
      body += cls;
      i = close + 1;
    } else body += c === '-' ? c : escapeRegex(c);
  }
  return null;
}

/** Joins neighbouring unquoted segments, so `[$chars]` reads as one bracket expression. */
export function joinUnquoted(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const seg of segments) {
    const last = out[out.length - 1];
    if (last && !last.quoted && !seg.quoted)
      out[out.length - 1] = { text: last.text + seg.text, quoted: false };
    else out.push(seg);
  }
  return out;
}

/** Turns a shell pattern (`*`, `?`, `[abc]`, `[!a-z]`) into a regex source; quoted text stays literal. */
export function patternSource(segments: readonly Segment[], lazy = false): string {
  let out = '';
  for (const seg of joinUnquoted(segments)) {
    if (seg.quoted) {
      out += escapeRegex(seg.text);
      continue;
    }
    for (let i = 0; i < seg.text.length; i++) {
      const c = seg.text[i] ?? '';
      if (c === '*') out += lazy ? '.*?' : '.*';
      else if (c === '?') out += '.';
      else if (c === '[') {
        const bracket = bracketClass(seg.text, i, '!^');
        if (!bracket) out += '\\[';
        else {
          out += bracket.source;
          i = bracket.end;
        }
      } else if (c === '\\') {
        out += escapeRegex(seg.text[i + 1] ?? '\\');
        i++;
      } else out += escapeRegex(c);
    }
  }
  return out;
}

/** A pattern matching whole strings (`case`, `[[ == ]]`, `${x#…}`): `*` crosses `/`, dots and newlines here. */
export function anchoredPattern(segments: readonly Segment[]): RegExp {
  return new RegExp(`^(?:${patternSource(segments)})$`, 's');
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
