/**
 * The character sets of GNU `tr` (coreutils 9), in the C locale where a character is a byte: escapes, ranges,
 * `[:class:]`, `[=c=]` and `[c*n]`, parsed into constructs and walked one byte at a time as coreutils does.
 */

const CLASSES = {
  alnum: (c: number) => isDigit(c) || isUpper(c) || isLower(c),
  alpha: (c: number) => isUpper(c) || isLower(c),
  blank: (c: number) => c === 9 || c === 32,
  cntrl: (c: number) => c < 32 || c === 127,
  digit: (c: number) => isDigit(c),
  graph: (c: number) => c > 32 && c < 127,
  lower: (c: number) => isLower(c),
  print: (c: number) => c >= 32 && c < 127,
  punct: (c: number) => c > 32 && c < 127 && !isDigit(c) && !isUpper(c) && !isLower(c),
  space: (c: number) => (c >= 9 && c <= 13) || c === 32,
  upper: (c: number) => isUpper(c),
  xdigit: (c: number) => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102),
} as const;

/** A character class name such as `upper`. */
export type ClassName = keyof typeof CLASSES;

/** One construct of a set; a repeat with count 0 is `[c*]`, filled in to make SET2 as long as SET1. */
export type Construct =
  | { readonly kind: 'char'; readonly c: number }
  | { readonly kind: 'range'; readonly first: number; readonly last: number }
  | { readonly kind: 'class'; readonly name: ClassName }
  | { readonly kind: 'equiv'; readonly c: number }
  | { kind: 'repeat'; readonly c: number; count: number };

/** A parsed set and what `validate` needs to know about it. */
export interface CharSet {
  readonly constructs: Construct[];
  /** Bytes in its expansion (for a complemented SET1, the complement's size). */
  length: number;
  readonly hasClass: boolean;
  /** A class other than upper and lower. */
  readonly hasRestrictedClass: boolean;
  readonly hasEquiv: boolean;
  readonly indefinite: Construct[];
}

/** A parsed set, or the error coreutils prints; `warnings` go to stderr either way. */
export type ParsedSet = { readonly set: CharSet; readonly warnings: string[] } | { readonly error: string };

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** True when byte `c` belongs to class `name` (C locale). */
export function inClass(name: ClassName, c: number): boolean {
  return CLASSES[name](c);
}

const SIMPLE_ESCAPES: Readonly<Record<string, number>> = {
  a: 7,
  b: 8,
  f: 12,
  n: 10,
  r: 13,
  t: 9,
  v: 11,
  '\\': 92,
};

/** coreutils' `unquote`: backslash escapes become bytes, marked escaped so they never start a construct. */
function unquote(bytes: Uint8Array, warnings: string[]): { s: number[]; escaped: boolean[] } {
  const s: number[] = [];
  const escaped: boolean[] = [];
  const octal = (i: number) => {
    const d = (bytes[i] ?? 0) - 48;
    return d >= 0 && d <= 7 ? d : -1;
  };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b !== 92) {
      s.push(b);
      escaped.push(false);
      continue;
    }
    const next = bytes[i + 1];
    if (next === undefined) {
      warnings.push('warning: an unescaped backslash at end of string is not portable');
      s.push(92);
      escaped.push(false);
      continue;
    }
    let c = SIMPLE_ESCAPES[String.fromCharCode(next)] ?? next;
    if (octal(i + 1) >= 0) {
      c = octal(i + 1);
      if (octal(i + 2) >= 0) {
        c = c * 8 + octal(i + 2);
        i++;
        if (octal(i + 2) >= 0) {
          if (c * 8 + octal(i + 2) < 256) {
            c = c * 8 + octal(i + 2);
            i++;
          } else {
            const [d1, d2, d3] = [bytes[i], bytes[i + 1], bytes[i + 2]].map((d) =>
              String.fromCharCode(d ?? 0),
            );
            warnings.push(
              `warning: the ambiguous octal escape \\${d1}${d2}${d3} is being\n\tinterpreted as the 2-byte sequence \\0${d1}${d2}, ${d3}`,
            );
          }
        }
      }
    }
    i++;
    s.push(c);
    escaped.push(true);
  }
  return { s, escaped };
}

/** Parses a SET operand (its bytes) like coreutils' `build_spec_list`. */
export function parseSet(operand: Uint8Array): ParsedSet {
  const warnings: string[] = [];
  const { s, escaped } = unquote(operand, warnings);
  const is = (i: number, ch: string) => i < s.length && s[i] === ch.charCodeAt(0) && !escaped[i];
  const constructs: Construct[] = [];
  let i = 0;
  for (; i + 2 < s.length; ) {
    if (is(i, '[')) {
      if (is(i + 1, ':') || is(i + 1, '=')) {
        const delim = String.fromCharCode(s[i + 1] as number);
        let close = -1;
        for (let j = i + 2; j < s.length - 1 && close < 0; j++) if (is(j, delim) && is(j + 1, ']')) close = j;
        if (close >= 0) {
          const operandBytes = s.slice(i + 2, close);
          const text = printable(operandBytes);
          if (operandBytes.length === 0)
            return {
              error:
                delim === ':'
                  ? "missing character class name '[::]'"
                  : "missing equivalence class character '[==]'",
            };
          if (delim === ':') {
            const name = String.fromCharCode(...operandBytes);
            if (Object.hasOwn(CLASSES, name)) {
              constructs.push({ kind: 'class', name: name as ClassName });
              i = close + 2;
              continue;
            }
            if (!starDigitsBracket(s, escaped, i + 2)) return { error: `invalid character class '${text}'` };
          } else if (operandBytes.length === 1) {
            constructs.push({ kind: 'equiv', c: operandBytes[0] as number });
            i = close + 2;
            continue;
          } else if (!starDigitsBracket(s, escaped, i + 2))
            return { error: `${text}: equivalence class operand must be a single character` };
        }
      }
      const repeat = bracketedRepeat(s, escaped, i + 1);
      if ('error' in repeat) return { error: repeat.error };
      if (repeat.found) {
        constructs.push({ kind: 'repeat', c: repeat.c, count: repeat.count });
        i = repeat.close + 1;
        continue;
      }
    }
    if (is(i + 1, '-')) {
      const [first = 0, last = 0] = [s[i], s[i + 2]];
      if (last < first)
        return {
          error: `range-endpoints of '${printableChar(first)}-${printableChar(last)}' are in reverse collating sequence order`,
        };
      constructs.push({ kind: 'range', first, last });
      i += 3;
    } else constructs.push({ kind: 'char', c: s[i++] as number });
  }
  for (; i < s.length; i++) constructs.push({ kind: 'char', c: s[i] as number });
  return { set: statsOf(constructs), warnings };
}

/** `[c*n]` at `start` (the byte after `[`): found, not this construct, or a bad count. */
function bracketedRepeat(
  s: readonly number[],
  escaped: readonly boolean[],
  start: number,
): { found: true; c: number; count: number; close: number } | { found: false } | { error: string } {
  if (s[start + 1] !== 42 || escaped[start + 1]) return { found: false };
  for (let i = start + 2; i < s.length && !escaped[i]; i++) {
    if (s[i] !== 93) continue;
    const digits = String.fromCharCode(...s.slice(start + 2, i));
    const radix = digits.startsWith('0') ? 8 : 10;
    const valid = digits === '' || (radix === 8 ? /^[0-7]+$/ : /^\d+$/).test(digits);
    if (!valid)
      return { error: `invalid repeat count '${printable(s.slice(start + 2, i))}' in [c*n] construct` };
    return {
      found: true,
      c: s[start] as number,
      count: digits === '' ? 0 : Number.parseInt(digits, radix),
      close: i,
    };
  }
  return { found: false };
}

/** coreutils' `star_digits_closebracket`: `*` digits `]` at `idx`. */
function starDigitsBracket(s: readonly number[], escaped: readonly boolean[], idx: number): boolean {
  if (s[idx] !== 42 || escaped[idx]) return false;
  for (let i = idx + 1; i < s.length; i++)
    if (!isDigit(s[i] as number) || escaped[i]) return s[i] === 93 && !escaped[i];
  return false;
}

/** coreutils' `get_spec_stats`. */
function statsOf(constructs: Construct[]): CharSet {
  let length = 0;
  const indefinite: Construct[] = [];
  let hasClass = false;
  let hasRestrictedClass = false;
  let hasEquiv = false;
  for (const p of constructs) {
    if (p.kind === 'char' || p.kind === 'equiv') length += 1;
    else if (p.kind === 'range') length += p.last - p.first + 1;
    else if (p.kind === 'class') {
      hasClass = true;
      if (p.name !== 'upper' && p.name !== 'lower') hasRestrictedClass = true;
      for (let c = 0; c < 256; c++) if (inClass(p.name, c)) length++;
    } else if (p.count > 0) length += p.count;
    else indefinite.push(p);
    if (p.kind === 'equiv') hasEquiv = true;
  }
  return { constructs, length, hasClass, hasRestrictedClass, hasEquiv, indefinite };
}

/** Walks a set's expansion byte by byte (coreutils' `get_next`), telling when a byte comes from upper or lower. */
export class SetCursor {
  private readonly set: CharSet;
  private index = 0;
  /** The next byte inside the current construct; null at a construct's start. */
  private state: number | null = null;

  constructor(set: CharSet) {
    this.set = set;
  }

  /** True when the next byte starts a new construct. */
  get atNewConstruct(): boolean {
    return this.state === null;
  }

  /** The next byte (-1 at the end) and the case class it comes from. */
  next(): { c: number; caseClass: 'upper' | 'lower' | null } {
    const p = this.set.constructs[this.index];
    if (!p) return { c: -1, caseClass: null };
    switch (p.kind) {
      case 'char':
      case 'equiv':
        this.advance();
        return { c: p.c, caseClass: null };
      case 'range': {
        const c = this.state ?? p.first;
        if (c === p.last) this.advance();
        else this.state = c + 1;
        return { c, caseClass: null };
      }
      case 'class': {
        let c = this.state ?? 0;
        while (!inClass(p.name, c)) c++;
        let after = c + 1;
        while (after < 256 && !inClass(p.name, after)) after++;
        if (after < 256) this.state = after;
        else this.advance();
        return { c, caseClass: p.name === 'upper' || p.name === 'lower' ? p.name : null };
      }
      case 'repeat': {
        if (p.count === 0) {
          this.advance();
          return this.next();
        }
        const done = (this.state ?? 0) + 1;
        if (done === p.count) this.advance();
        else this.state = done;
        return { c: p.c, caseClass: null };
      }
    }
  }

  /** Skips the rest of the current construct. */
  skipConstruct(): void {
    this.advance();
  }

  private advance(): void {
    this.index++;
    this.state = null;
  }
}

/** Membership of every byte in a set's expansion. */
export function members(set: CharSet): boolean[] {
  const inSet = new Array<boolean>(256).fill(false);
  const cursor = new SetCursor(set);
  for (let { c } = cursor.next(); c !== -1; { c } = cursor.next()) inSet[c] = true;
  return inSet;
}

/** A byte as coreutils prints it in an error: itself, or `\ooo`. */
function printableChar(c: number): string {
  return c >= 32 && c < 127 ? String.fromCharCode(c) : `\\${c.toString(8).padStart(3, '0')}`;
}

const PRINTABLE_ESCAPES: Readonly<Record<number, string>> = {
  92: '\\',
  7: '\\a',
  8: '\\b',
  12: '\\f',
  10: '\\n',
  13: '\\r',
  9: '\\t',
  11: '\\v',
};

/** Bytes as coreutils prints them in an error (`make_printable_str`). */
function printable(bytes: readonly number[]): string {
  return bytes.map((c) => PRINTABLE_ESCAPES[c] ?? printableChar(c)).join('');
}
