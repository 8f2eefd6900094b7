/**
 * The string operators of `${name<op>…}` that take a pattern or numbers: trimming (`#`, `%`), replacing (`/`),
 * changing case (`^`, `,`) and slicing (`:`). Patterns arrive as segments whose quoted text matches literally.
 */
import { anchoredPattern as anchored, patternSource, type Segment } from './glob.ts';

/**
 * `${x#p}`, `${x##p}`, `${x%p}`, `${x%%p}`: removes the shortest or longest matching prefix or suffix. A glob's
 * regex has no alternatives, so the engine's first match is the shortest with lazy stars, the longest with
 * greedy ones; only the shortest suffix needs a search from the end.
 */
export function trimPattern(value: string, op: '#' | '##' | '%' | '%%', pattern: readonly Segment[]): string {
  if (op === '%') {
    const re = anchored(pattern);
    for (let start = value.length; start >= 0; start--)
      if (re.test(value.slice(start))) return value.slice(0, start);
    return value;
  }
  const source = patternSource(pattern, op === '#');
  const m = new RegExp(op === '%%' ? `(?:${source})$` : `^(?:${source})`, 's').exec(value);
  if (!m) return value;
  return op === '%%' ? value.slice(0, m.index) : value.slice(m[0].length);
}

/**
 * `${x/p/r}` (first match), `${x//p/r}` (every match), `${x/#p/r}` (at the start), `${x/%p/r}` (at the end).
 * Matches are the longest at the leftmost place, as in bash (a glob's regex has no alternatives, so the
 * backtracking engine's greedy first match is the longest). An empty pattern replaces nothing, except that
 * `/#` and `/%` then insert at the start or end. In the replacement, an unquoted `&` is the matched text
 * (bash 5.2's `patsub_replacement`).
 */
export function replacePattern(
  value: string,
  op: '/' | '//' | '/#' | '/%',
  pattern: readonly Segment[],
  replacement: readonly Segment[],
): string {
  const empty = pattern.every((s) => s.text === '');
  if (empty && (op === '/' || op === '//')) return value;
  const source = patternSource(pattern);
  const rep = (matched: string) =>
    replacement.map((s) => (s.quoted ? s.text : s.text.replaceAll('&', matched))).join('');
  if (op === '/#' || op === '/%') {
    const m = new RegExp(op === '/#' ? `^(?:${source})` : `(?:${source})$`, 's').exec(value);
    return m ? value.slice(0, m.index) + rep(m[0]) + value.slice(m.index + m[0].length) : value;
  }
  const re = new RegExp(source, 'gs');
  let out = '';
  let from = 0;
  for (let m = re.exec(value); m; m = re.exec(value)) {
    // Only `*` matches nothing, and then only in an empty value: elsewhere it takes everything.
    if (m[0] === '' && value !== '') {
      re.lastIndex++;
      continue;
    }
    out += value.slice(from, m.index) + rep(m[0]);
    from = m.index + m[0].length;
    if (op === '/' || m[0] === '') break;
  }
  return out + value.slice(from);
}

/** `${x^^}`, `${x,,}` change every character matching the pattern (any when none); `${x^}`, `${x,}` the first. */
export function changeCase(value: string, op: '^' | '^^' | ',' | ',,', pattern: readonly Segment[]): string {
  const re = pattern.every((s) => s.text === '') ? /^.$/su : anchored(pattern);
  const chars = [...value];
  // As in the C locale the recorded cases use: only ASCII letters change (`é` and `ß` stay).
  const change = (c: string) => {
    if (!/^[A-Za-z]$/.test(c) || !re.test(c)) return c;
    return op.startsWith('^') ? c.toUpperCase() : c.toLowerCase();
  };
  if (op.length === 1) return chars.length ? change(chars[0] ?? '') + chars.slice(1).join('') : '';
  return chars.map(change).join('');
}

/** Where `${x:offset:length}` starts and ends in a list of `size` items, or bash's message. */
export function sliceBounds(
  size: number,
  offset: bigint,
  length: { value: bigint; text: string } | null,
): { start: number; end: number } | { message: string } {
  const start = offset < 0n ? size + Number(offset) : Number(offset);
  if (start < 0 || start > size) return { start: 0, end: 0 };
  if (!length) return { start, end: size };
  const end = length.value < 0n ? size + Number(length.value) : Math.min(size, start + Number(length.value));
  if (end < start) {
    if (length.value < 0n) return { message: `${length.text}: substring expression < 0` };
    return { start, end: start };
  }
  return { start, end };
}
