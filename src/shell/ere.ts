import { bracketClass, joinUnquoted, type Segment } from './glob.ts';

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
// GNU regex's word and space escapes mean what JavaScript's do; `\<` and `\>` are word boundaries there.
const PASSED = new Set(['w', 'W', 's', 'S', 'b', 'B']);

/**
 * Translates the right side of `[[ x =~ re ]]` (a POSIX extended regular expression, as bash hands it to
 * regcomp) into a JavaScript regex source. Quoted segments match literally, like `[[ $x =~ "a.b" ]]` in bash.
 * Matching differs from POSIX only in choosing among alternatives: JavaScript takes the first that matches,
 * POSIX the longest, which can change what `BASH_REMATCH` holds.
 */
export function ereSource(segments: readonly Segment[]): string {
  let out = '';
  for (const seg of joinUnquoted(segments)) {
    if (seg.quoted) {
      out += escapeRegex(seg.text);
      continue;
    }
    const text = seg.text;
    for (let i = 0; i < text.length; i++) {
      const c = text[i] ?? '';
      if (c === '[') {
        const bracket = bracketClass(text, i, '^');
        if (!bracket) throw new SyntaxError('unmatched [');
        out += bracket.source;
        i = bracket.end;
      } else if (c === '\\') {
        const next = text[i + 1];
        i++;
        if (next === undefined) throw new SyntaxError('trailing backslash');
        if (next === '<' || next === '>') out += '\\b';
        else if (PASSED.has(next) || /[1-9]/.test(next)) out += `\\${next}`;
        else out += escapeRegex(next);
      } else if (c === '{') {
        // An interval, `{n}`, `{n,}`, `{n,m}` or `{,m}`; any other `{` is an error to regcomp.
        const m = /^\{(\d*)(,\d*)?\}/.exec(text.slice(i));
        if (!m || (m[1] === '' && !m[2]) || out === '') throw new SyntaxError('invalid interval');
        out += `{${m[1] || '0'}${m[2] ?? ''}}`;
        i += m[0].length - 1;
      } else if (c === '(' && text[i + 1] === '?') {
        // `(?` repeats nothing in an ERE; JavaScript would read a lookaround or a named group.
        throw new SyntaxError('nothing to repeat');
      } else out += c === '/' ? '\\/' : c;
    }
  }
  return out;
}

/** A compiled `=~` regex. */
export interface Ere {
  /** The match POSIX asks for, as `BASH_REMATCH` holds it (whole match, then each group), or null. */
  exec(value: string): string[] | null;
}

// Searching for a longer match costs a regex run per candidate end; past this length the first match stands.
const LONGEST_SEARCH_LIMIT = 4096;

/**
 * Compiles the right side of `=~`, or null when it is invalid (bash's `[[` then returns 2). POSIX takes the
 * leftmost-longest match where JavaScript takes the first alternative that matches (`(foo|foobar)` on
 * `foobar`): both start at the same place, so with alternatives the longest end from there is searched for.
 */
export function compileEre(segments: readonly Segment[]): Ere | null {
  let source: string;
  let re: RegExp;
  try {
    source = ereSource(segments);
    re = new RegExp(source, 's');
  } catch {
    return null;
  }
  const groups = (m: RegExpExecArray) => [...m].map((g) => g ?? '');
  return {
    exec(value) {
      const first = re.exec(value);
      if (!first || !source.includes('|') || value.length > LONGEST_SEARCH_LIMIT)
        return first && groups(first);
      for (let end = value.length; end > first.index + first[0].length; end--) {
        const exact = new RegExp(`(?:${source})(?=[^]{${value.length - end}}$)`, 'ys');
        exact.lastIndex = first.index;
        const longer = exact.exec(value);
        if (longer) return groups(longer);
      }
      return groups(first);
    },
  };
}
