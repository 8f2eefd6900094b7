import type { ParamOp, Word, WordPart } from './ast.ts';
import { LexerGrammar } from './lexer-grammar.ts';
import { type Incomplete, locate, MAX_NESTING, type ShellSyntaxError, syntaxError } from './syntax-error.ts';

/** Control and redirection operators, longest first so the lexer matches greedily. */
const OPERATORS = [
  '<<<',
  '<<-',
  '&>>',
  ';;&',
  '&&',
  '||',
  ';;',
  ';&',
  '>>',
  '<<',
  '>&',
  '<&',
  '&>',
  '|&',
  '>|',
  '|',
  '&',
  ';',
  '(',
  ')',
  '<',
  '>',
] as const;

export type Operator = (typeof OPERATORS)[number];

/** A here-document; the lexer fills `body` when it reaches the end of the line holding `<<`. */
export interface Heredoc {
  delimiter: string;
  quoted: boolean;
  stripTabs: boolean;
  body: Word | null;
  /** The line holding `<<`, for bash's end-of-file warning. */
  line: number;
}

export type Token =
  | { readonly kind: 'word'; readonly word: Word; readonly raw: string; readonly at: number }
  | {
      readonly kind: 'op';
      readonly op: Operator;
      readonly fd: number | null;
      readonly heredoc: Heredoc | null;
      readonly at: number;
    }
  | { readonly kind: 'newline'; readonly at: number }
  | { readonly kind: 'eof'; readonly at: number };

export type LexResult =
  | { readonly kind: 'tokens'; readonly tokens: readonly Token[] }
  | Incomplete
  | ShellSyntaxError;

// Unwinds the recursive reader to `lex`, which turns it back into a value.
class Stop {
  readonly result: Incomplete | ShellSyntaxError;
  constructor(result: Incomplete | ShellSyntaxError) {
    this.result = result;
  }
}

interface State {
  readonly src: string;
  pos: number;
  /** How many `$( … )` and `${ … }` the reader is inside. */
  depth?: number;
}

// Longest first: `${x:-1}` is a default, `${x: -1}` a substring; `${x//a/b}` replaces every match.
const PARAM_OPS: readonly ParamOp[] = [
  ':-',
  ':=',
  ':+',
  ':?',
  ':',
  '##',
  '%%',
  '//',
  '/#',
  '/%',
  '/',
  '^^',
  '^',
  ',,',
  ',',
  '-',
  '=',
  '+',
  '?',
  '#',
  '%',
];
const isBlank = (c: string | undefined) => c === ' ' || c === '\t';
const isMeta = (c: string | undefined) => c !== undefined && ' \t\n;&|<>()'.includes(c);
const isNameStart = (c: string | undefined) => c !== undefined && /[A-Za-z_]/.test(c);
const isNameChar = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_]/.test(c);

/** Splits shell source into tokens, reading here-document bodies; says when the input is incomplete. */
export function lex(src: string): LexResult {
  const s: State = { src, pos: 0 };
  try {
    return { kind: 'tokens', tokens: tokenize(s, false) };
  } catch (e) {
    if (e instanceof Stop) return e.result;
    throw e;
  }
}

function incomplete(result: Incomplete): Stop {
  return new Stop(result);
}

function tokenize(s: State, nested: boolean): Token[] {
  const tokens: Token[] = [];
  const pending: Heredoc[] = [];
  const grammar = new LexerGrammar();
  let wantDelimiter: Heredoc | null = null;
  let depth = 0;
  for (;;) {
    while (isBlank(s.src[s.pos])) s.pos++;
    const c = s.src[s.pos];
    if (c === undefined) {
      if (nested) throw incomplete({ kind: 'incomplete', reason: 'quote', char: ')' });
      const open = pending[0];
      if (open) throw heredocIncomplete(open);
      tokens.push({ kind: 'eof', at: s.pos });
      return tokens;
    }
    if (c === '\\' && s.src[s.pos + 1] === '\n') {
      if (s.pos + 2 >= s.src.length) throw incomplete({ kind: 'incomplete', reason: 'continuation' });
      s.pos += 2;
      continue;
    }
    if (c === '#') {
      while (s.pos < s.src.length && s.src[s.pos] !== '\n') s.pos++;
      continue;
    }
    if (c === '\n') {
      tokens.push({ kind: 'newline', at: s.pos });
      grammar.newline();
      s.pos++;
      for (const doc of pending.splice(0)) readHeredoc(s, doc);
      continue;
    }
    const at = s.pos;
    if (grammar.regexNext) {
      const parts = readRegex(s);
      if (parts.length) {
        const raw = s.src.slice(at, s.pos);
        tokens.push({ kind: 'word', word: { parts, at }, raw, at });
        grammar.word(raw);
        continue;
      }
    }
    const pattern = grammar.inPatterns;
    if (nested && c === ')' && depth === 0 && !pattern) return tokens;
    const fd = grammar.cond ? null : ioNumber(s);
    const op = OPERATORS.find((o) => s.src.startsWith(o, s.pos));
    if (op) {
      s.pos += op.length;
      // A case pattern's `(` and `)` do not nest: `$(case $x in a) echo;; esac)` closes at the last `)`.
      if (op === '(' && !pattern) depth++;
      if (op === ')' && !pattern) depth--;
      const heredoc =
        (op === '<<' || op === '<<-') && !grammar.cond ? newHeredoc(op, locate(s.src, at).line) : null;
      wantDelimiter = heredoc;
      tokens.push({ kind: 'op', op, fd, heredoc, at });
      grammar.op(op);
      continue;
    }
    const parts = readWord(s, isMeta);
    const raw = s.src.slice(at, s.pos);
    grammar.word(raw);
    if (wantDelimiter) {
      wantDelimiter.delimiter = raw.replace(/['"\\]/g, '');
      wantDelimiter.quoted = /['"\\]/.test(raw);
      pending.push(wantDelimiter);
      wantDelimiter = null;
    }
    tokens.push({ kind: 'word', word: { parts, at }, raw, at });
  }
}

/**
 * The right side of `=~` in `[[ … ]]`: one word in which `|` and balanced parentheses (with blanks inside
 * them) belong to the regular expression, as in `[[ $x =~ ^(a|b c)$ ]]`.
 */
function readRegex(s: State): WordPart[] {
  let open = 0;
  return readWord(s, (c) => {
    if (c === '(') open++;
    else if (c === ')') {
      if (open === 0) return true;
      open--;
    } else if (open === 0) return isBlank(c) || '\n;&<>'.includes(c);
    return false;
  });
}

function newHeredoc(op: '<<' | '<<-', line: number): Heredoc {
  return { delimiter: '', quoted: false, stripTabs: op === '<<-', body: null, line };
}

function heredocIncomplete(doc: Heredoc): Stop {
  return incomplete({
    kind: 'incomplete',
    reason: 'heredoc',
    delimiter: doc.delimiter,
    line: doc.line,
  });
}

/** `2>` and friends: digits directly followed by `<` or `>`. Consumes the digits when they match. */
function ioNumber(s: State): number | null {
  const m = /^\d+(?=[<>])/.exec(s.src.slice(s.pos, s.pos + 4));
  if (!m) return null;
  s.pos += m[0].length;
  return Number(m[0]);
}

function readHeredoc(s: State, doc: Heredoc): void {
  const lines: string[] = [];
  const start = s.pos;
  for (;;) {
    if (s.pos >= s.src.length) {
      s.pos = start;
      throw heredocIncomplete(doc);
    }
    const nl = s.src.indexOf('\n', s.pos);
    const end = nl === -1 ? s.src.length : nl;
    const line = s.src.slice(s.pos, end);
    s.pos = nl === -1 ? end : end + 1;
    const text = doc.stripTabs ? line.replace(/^\t+/, '') : line;
    if (text === doc.delimiter) break;
    if (nl === -1) {
      s.pos = start;
      throw heredocIncomplete(doc);
    }
    lines.push(text);
  }
  const body = lines.length ? `${lines.join('\n')}\n` : '';
  if (doc.quoted) {
    doc.body = { parts: [{ kind: 'literal', text: body, quoted: true }], at: start };
    return;
  }
  const inner: State = { src: body, pos: 0 };
  const parts: WordPart[] = [];
  readDouble(inner, parts, null);
  doc.body = { parts, at: start };
}

function literal(parts: WordPart[], text: string, quoted: boolean): void {
  const last = parts[parts.length - 1];
  if (last?.kind === 'literal' && last.quoted === quoted)
    parts[parts.length - 1] = { ...last, text: last.text + text };
  else parts.push({ kind: 'literal', text, quoted });
}

/**
 * Reads one word up to an unquoted character for which `stop` is true. `inDouble` reads the word of `${x:-word}`
 * inside double quotes, where a `'` is just a character and `\` escapes only what it escapes there.
 */
function readWord(s: State, stop: (c: string) => boolean, inDouble = false): WordPart[] {
  const parts: WordPart[] = [];
  for (;;) {
    const c = s.src[s.pos];
    if (c === undefined || stop(c)) return parts;
    if (inDouble && (c === "'" || (c === '\\' && !'$`"\\}\n'.includes(s.src[s.pos + 1] ?? '$')))) {
      literal(parts, c, true);
      s.pos++;
    } else if (c === "'") {
      const end = s.src.indexOf("'", s.pos + 1);
      if (end === -1) throw incomplete({ kind: 'incomplete', reason: 'quote', char: "'" });
      literal(parts, s.src.slice(s.pos + 1, end), true);
      s.pos = end + 1;
    } else if (c === '"') {
      s.pos++;
      literal(parts, '', true);
      readDouble(s, parts, '"');
    } else if (c === '\\') {
      const next = s.src[s.pos + 1];
      if (next === undefined || (next === '\n' && s.pos + 2 >= s.src.length))
        throw incomplete({ kind: 'incomplete', reason: 'continuation' });
      if (next !== '\n') literal(parts, next, true);
      s.pos += 2;
    } else if (c === '$') {
      readDollar(s, parts, false);
    } else if (c === '`') {
      readBacktick(s, parts, false);
    } else {
      literal(parts, c, false);
      s.pos++;
    }
  }
}

/** Reads double-quoted text up to `end` (or to the end of input for a here-document body, `end` null). */
function readDouble(s: State, parts: WordPart[], end: '"' | null): void {
  const escapable = end === '"' ? '$`"\\\n' : '$`\\\n';
  for (;;) {
    const c = s.src[s.pos];
    if (c === undefined) {
      if (end === null) return;
      throw incomplete({ kind: 'incomplete', reason: 'quote', char: '"' });
    }
    if (c === end) {
      s.pos++;
      return;
    }
    if (c === '\\') {
      const next = s.src[s.pos + 1];
      if (next === undefined && end !== null)
        throw incomplete({ kind: 'incomplete', reason: 'quote', char: '"' });
      if (next !== undefined && escapable.includes(next)) {
        if (next !== '\n') literal(parts, next, true);
        s.pos += 2;
      } else {
        literal(parts, '\\', true);
        s.pos++;
      }
    } else if (c === '$') {
      readDollar(s, parts, true);
    } else if (c === '`') {
      readBacktick(s, parts, true);
    } else {
      literal(parts, c, true);
      s.pos++;
    }
  }
}

function readDollar(s: State, parts: WordPart[], quoted: boolean): void {
  s.depth = (s.depth ?? 0) + 1;
  if (s.depth > MAX_NESTING)
    throw new Stop(syntaxError(s.src, s.pos, `syntax error: substitutions nested over ${MAX_NESTING} deep`));
  try {
    readExpansion(s, parts, quoted);
  } finally {
    s.depth--;
  }
}

function readExpansion(s: State, parts: WordPart[], quoted: boolean): void {
  const at = s.pos;
  const next = s.src[s.pos + 1];
  if (next === '(' && s.src[s.pos + 2] === '(') {
    const end = arithEnd(s.src, s.pos + 3);
    if (end === -1) throw incomplete({ kind: 'incomplete', reason: 'quote', char: ')' });
    parts.push({ kind: 'arith', source: s.src.slice(s.pos + 3, end), quoted, at });
    s.pos = end + 2;
  } else if (next === '(') {
    s.pos += 2;
    const start = s.pos;
    tokenize(s, true);
    parts.push({ kind: 'command', source: s.src.slice(start, s.pos), quoted, at });
    s.pos++;
  } else if (next === '{') {
    readBraceParam(s, parts, quoted);
  } else if (isNameStart(next)) {
    let end = s.pos + 1;
    while (isNameChar(s.src[end])) end++;
    parts.push({ kind: 'param', name: s.src.slice(s.pos + 1, end), op: null, arg: null, quoted });
    s.pos = end;
  } else if (next !== undefined && '?$#@*!-0123456789'.includes(next)) {
    parts.push({ kind: 'param', name: next, op: null, arg: null, quoted });
    s.pos += 2;
  } else {
    literal(parts, '$', quoted);
    s.pos++;
  }
}

/** Where `$(( … ))` closes: the first `))` outside parentheses opened inside it (`$(( (1+2)*3 ))`). */
function arithEnd(src: string, from: number): number {
  let open = 0;
  for (let i = from; i < src.length; i++) {
    if (src[i] === '(') open++;
    else if (src[i] === ')') {
      if (open === 0) return src[i + 1] === ')' ? i : -1;
      open--;
    }
  }
  return -1;
}

function readBraceParam(s: State, parts: WordPart[], quoted: boolean): void {
  const at = s.pos;
  s.pos += 2;
  let length = false;
  if (s.src[s.pos] === '#' && s.src[s.pos + 1] !== '}') {
    length = true;
    s.pos++;
  }
  let name = '';
  if (isNameStart(s.src[s.pos])) {
    while (isNameChar(s.src[s.pos])) name += s.src[s.pos++];
  } else if (s.src[s.pos] !== undefined && '?$#@*!-0123456789'.includes(s.src[s.pos] ?? '')) {
    name = s.src[s.pos++] ?? '';
  }
  let index: Word | null = null;
  if (isNameStart(name[0]) && s.src[s.pos] === '[') {
    const indexAt = ++s.pos;
    index = { parts: readWord(s, (c) => c === ']'), at: indexAt };
    s.pos++;
  }
  if (s.src[s.pos] === undefined) throw incomplete({ kind: 'incomplete', reason: 'quote', char: '}' });
  if (s.src[s.pos] === '}' && name) {
    s.pos++;
    parts.push({ kind: 'param', name, op: length ? 'length' : null, arg: null, index, quoted });
    return;
  }
  const op = length ? undefined : PARAM_OPS.find((o) => s.src.startsWith(o, s.pos));
  // `${x:}` has no offset: bash refuses it like any `${…}` it cannot read.
  if (!name || !op || (op === ':' && s.src[s.pos + 1] === '}')) {
    badSubstitution(s, at, parts, quoted);
    return;
  }
  s.pos += op.length;
  const argStart = s.pos;
  const first = op === ':' ? ':}' : op.startsWith('/') ? '/}' : '}';
  // Inside double quotes the word of `${x:-word}` is quoted, but patterns (`${x#pat}`, `${x/pat/rep}`, `${x^^pat}`)
  // keep their glob characters active (bash: "${T%.*}" still trims the shortest `.*` suffix).
  const patternOp = /^[#%/^,]/.test(op);
  const argParts = readWord(s, (c) => first.includes(c), quoted && !patternOp && op !== ':');
  let arg2: Word | null = null;
  if (first !== '}' && s.src[s.pos] === first[0]) {
    const at2 = ++s.pos;
    arg2 = { parts: readWord(s, (c) => c === '}'), at: at2 };
  }
  if (s.src[s.pos] !== '}') throw incomplete({ kind: 'incomplete', reason: 'quote', char: '}' });
  s.pos++;
  const arg: Word = {
    parts: quoted && !patternOp && op !== ':' ? argParts.map((p) => ({ ...p, quoted: true })) : argParts,
    at: argStart,
  };
  parts.push({ kind: 'param', name, op, arg, arg2, index, quoted });
}

/** Skips to the `}` closing a `${…}` bash cannot expand; it fails when expanded, as in bash. */
function badSubstitution(s: State, at: number, parts: WordPart[], quoted: boolean): void {
  readWord(s, (c) => c === '}');
  if (s.src[s.pos] !== '}') throw incomplete({ kind: 'incomplete', reason: 'quote', char: '}' });
  s.pos++;
  parts.push({ kind: 'bad', text: s.src.slice(at, s.pos), quoted });
}

function readBacktick(s: State, parts: WordPart[], quoted: boolean): void {
  const at = s.pos;
  let source = '';
  s.pos++;
  for (;;) {
    const c = s.src[s.pos];
    if (c === undefined) throw incomplete({ kind: 'incomplete', reason: 'quote', char: '`' });
    if (c === '`') break;
    const next = s.src[s.pos + 1];
    if (c === '\\' && next !== undefined && '$`\\'.includes(next)) {
      source += next;
      s.pos += 2;
    } else {
      source += c;
      s.pos++;
    }
  }
  s.pos++;
  parts.push({ kind: 'command', source, quoted, at });
}
