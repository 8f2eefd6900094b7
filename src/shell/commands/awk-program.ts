/**
 * The awk subset the lab needs, as an AST: rules `pattern { print … }` where a pattern is BEGIN, END, `/regex/` or
 * an expression, and expressions are fields (`$1`, `$NF`, `$(NF-1)`), NR, NF, numbers, strings, concatenation,
 * arithmetic, comparisons, `~` and `&&`/`||`/`!`. Anything else is reported as not supported, never guessed.
 */

export type AwkExpr =
  | { readonly kind: 'num'; readonly value: number }
  | { readonly kind: 'str'; readonly value: string }
  /** A bare `/re/`: true when `$0` matches. */
  | { readonly kind: 'regex'; readonly source: string }
  | { readonly kind: 'field'; readonly index: AwkExpr }
  | { readonly kind: 'var'; readonly name: AwkVariable }
  | { readonly kind: 'concat'; readonly parts: readonly AwkExpr[] }
  | { readonly kind: 'arith'; readonly op: ArithOp; readonly left: AwkExpr; readonly right: AwkExpr }
  | { readonly kind: 'compare'; readonly op: CompareOp; readonly left: AwkExpr; readonly right: AwkExpr }
  | { readonly kind: 'match'; readonly negated: boolean; readonly left: AwkExpr; readonly regex: AwkExpr }
  | { readonly kind: 'logic'; readonly op: '&&' | '||'; readonly left: AwkExpr; readonly right: AwkExpr }
  | { readonly kind: 'not'; readonly expr: AwkExpr }
  | { readonly kind: 'neg'; readonly expr: AwkExpr };

export type CompareOp = '==' | '!=' | '<' | '<=' | '>' | '>=';
export type ArithOp = '+' | '-' | '*' | '/' | '%' | '^';
export type AwkVariable = 'NR' | 'NF' | 'FNR' | 'FILENAME';

/** `pattern { print …; print … }`; no action means `print $0`. */
export interface AwkRule {
  readonly pattern: 'BEGIN' | 'END' | AwkExpr | null;
  /** Each `print`'s arguments (empty: `$0`). */
  readonly prints: readonly (readonly AwkExpr[])[] | null;
}

export type AwkParse =
  | { readonly ok: true; readonly rules: readonly AwkRule[] }
  /** `unsupported` is the construct this awk does not have; otherwise `message` is mawk's, after `awk: `. */
  | { readonly ok: false; readonly unsupported?: string; readonly message?: string };

/** What this awk supports, for the honest "not supported here" message. */
export const AWK_SUPPORTED =
  '\'{print $1, $NF}\', -F, NR, NF, "text", arithmetic, /regex/ and comparison patterns, BEGIN and END';

/** A token and the program line it is on (for mawk's `line N:` messages). */
type Token = { readonly line: number } & (
  | { readonly t: 'num'; readonly value: number; readonly text: string }
  | { readonly t: 'str'; readonly value: string; readonly text: string }
  | { readonly t: 'regex'; readonly source: string; readonly text: string }
  | { readonly t: 'name'; readonly text: string }
  | { readonly t: 'op'; readonly text: string }
  | { readonly t: 'nl'; readonly text: string }
  | { readonly t: 'eof'; readonly text: string }
);

const VARIABLES = new Set<string>(['NR', 'NF', 'FNR', 'FILENAME']);
const OPS = [
  '&&',
  '||',
  '==',
  '!=',
  '<=',
  '>=',
  '!~',
  '++',
  '--',
  '+=',
  '-=',
  '*=',
  '/=',
  '^=',
  '>>',
  '{',
  '}',
  '(',
  ')',
];
const SINGLE = ';,$+-*/%<>!~=[]?:^|';
const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '\\': '\\',
  '"': '"',
  '/': '/',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
};

// Unwinds the recursive descent to `parseAwk`, which turns it back into a value.
class Stop {
  readonly result: AwkParse;
  constructor(result: AwkParse) {
    this.result = result;
  }
}

const unsupported = (what: string) => new Stop({ ok: false, unsupported: what });

/** Parses an awk program text. */
export function parseAwk(source: string): AwkParse {
  try {
    const p = new Parser(tokenize(source));
    return { ok: true, rules: p.program() };
  } catch (e) {
    if (e instanceof Stop) return e.result;
    throw e;
  }
}

/** `"\t"` and friends, as awk reads them in strings and in `-F`. */
export function unescapeAwk(text: string): string {
  return text.replace(/\\(.)/gs, (whole, c: string) => ESCAPES[c] ?? whole);
}

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  const error = (message: string) => new Stop({ ok: false, message: `line ${line}: ${message}` });
  // A `/` starts a regex unless it follows something that ends an operand (then it divides).
  const regexAllowed = () => {
    const last = tokens.at(-1);
    return (
      !last || !(['num', 'str', 'regex', 'name'].includes(last.t) || last.text === ')' || last.text === '$')
    );
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i] ?? '';
    if (c === ' ' || c === '\t' || c === '\r') i++;
    else if (c === '\\' && src[i + 1] === '\n') {
      i += 2;
      line++;
    } else if (c === '#') while (i < src.length && src[i] !== '\n') i++;
    else if (c === '\n') {
      tokens.push({ t: 'nl', text: 'end of line', line });
      i++;
      line++;
    } else if (c === '"') {
      let j = i + 1;
      let value = '';
      while (j < src.length && src[j] !== '"' && src[j] !== '\n') {
        if (src[j] === '\\' && j + 1 < src.length) {
          value += unescapeAwk(src.slice(j, j + 2));
          j += 2;
        } else value += src[j++];
      }
      if (src[j] !== '"') throw error(`runaway string constant "${value.slice(0, 10)} ...`);
      tokens.push({ t: 'str', value, text: src.slice(i, j + 1), line });
      i = j + 1;
    } else if (c === '/' && regexAllowed()) {
      let j = i + 1;
      let source = '';
      while (j < src.length && src[j] !== '/' && src[j] !== '\n') {
        if (src[j] === '\\' && src[j + 1] === '/') {
          source += '/';
          j += 2;
        } else if (src[j] === '\\' && j + 1 < src.length) {
          source += src.slice(j, j + 2);
          j += 2;
        } else source += src[j++];
      }
      if (src[j] !== '/') throw error(`runaway regular expression /${source.slice(0, 10)} ...`);
      tokens.push({ t: 'regex', source, text: src.slice(i, j + 1), line });
      i = j + 1;
    } else if (/[0-9.]/.test(c) && /^(\d+\.?\d*|\.\d+)/.test(src.slice(i))) {
      const m = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(src.slice(i)) as RegExpExecArray;
      tokens.push({ t: 'num', value: Number(m[0]), text: m[0], line });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i)) as RegExpExecArray;
      tokens.push({ t: 'name', text: m[0], line });
      i += m[0].length;
    } else {
      const op = OPS.find((o) => src.startsWith(o, i)) ?? (SINGLE.includes(c) ? c : undefined);
      if (op === undefined) throw new Stop({ ok: false, message: `${line}: unexpected character '${c}'` });
      tokens.push({ t: 'op', text: op, line });
      i += op.length;
    }
  }
  // mawk reads the program as if it ended with a newline (a missing `}` is then found on the line after).
  tokens.push({ t: 'eof', text: 'end of line', line });
  return tokens;
}

const STARTS_OPERAND = (t: Token) =>
  t.t === 'num' || t.t === 'str' || t.t === 'name' || t.t === 'regex' || t.text === '$' || t.text === '(';

class Parser {
  private i = 0;
  private depth = 0;
  private readonly tokens: readonly Token[];

  constructor(tokens: readonly Token[]) {
    this.tokens = tokens;
  }

  private get tok(): Token {
    return this.tokens[this.i] ?? { t: 'eof', text: 'end of line', line: 1 };
  }

  private is(text: string): boolean {
    return this.tok.t !== 'str' && this.tok.t !== 'regex' && this.tok.text === text;
  }

  private syntax(): Stop {
    const t = this.tok;
    return new Stop({ ok: false, message: `line ${t.line}: syntax error at or near ${t.text}` });
  }

  /** mawk's `missing } near end of file`, `missing ) near }`. */
  private missing(text: string): Stop {
    const t = this.tok;
    const [line, near] = t.t === 'eof' ? [t.line + 1, 'end of file'] : [t.line, t.text];
    return new Stop({ ok: false, message: `line ${line}: missing ${text} near ${near}` });
  }

  private expect(text: string): void {
    if (!this.is(text)) throw text === ')' || text === '}' ? this.missing(text) : this.syntax();
    this.i++;
  }

  private skipNewlines(): void {
    while (this.tokens[this.i]?.t === 'nl') this.i++;
  }

  private skipTerminators(): void {
    while (this.tok.t === 'nl' || this.is(';')) this.i++;
  }

  program(): AwkRule[] {
    const rules: AwkRule[] = [];
    for (this.skipTerminators(); this.tok.t !== 'eof'; this.skipTerminators()) rules.push(this.rule());
    return rules;
  }

  private rule(): AwkRule {
    let pattern: AwkRule['pattern'] = null;
    if (this.is('BEGIN') || this.is('END')) {
      pattern = this.tok.text as 'BEGIN' | 'END';
      this.i++;
      if (!this.is('{')) throw this.syntax();
    } else if (this.is('function') || this.is('func')) throw unsupported('functions');
    else if (this.is('}')) {
      const line = this.tok.line;
      const message = `line ${line}: extra '}'\nawk: line ${line}: syntax error at or near end of line`;
      throw new Stop({ ok: false, message });
    } else if (!this.is('{')) {
      pattern = this.expr(false);
      if (this.is(',')) throw unsupported('range patterns (a, b)');
    }
    if (!this.is('{')) {
      if (this.tok.t !== 'nl' && this.tok.t !== 'eof' && !this.is(';')) throw this.syntax();
      return { pattern, prints: null };
    }
    return { pattern, prints: this.action() };
  }

  private action(): AwkExpr[][] {
    this.expect('{');
    const prints: AwkExpr[][] = [];
    for (this.skipTerminators(); !this.is('}'); this.skipTerminators()) {
      if (this.tok.t === 'eof') throw this.missing('}');
      if (!this.is('print')) {
        const t = this.tok;
        const next = this.tokens[this.i + 1]?.text ?? '';
        if (t.t === 'name' && /^[-+*/^]?=$|^\+\+$|^--$/.test(next))
          throw unsupported('variables and assignment');
        if (t.t === 'name') throw unsupported(next === '(' ? `${t.text}()` : t.text);
        throw unsupported('statements other than print');
      }
      this.i++;
      prints.push(this.printArgs());
      if (this.is('>') || this.is('>>') || this.is('|'))
        throw unsupported(`print ${this.tok.text} (output redirection)`);
      // Read afresh: TypeScript would keep `this.tok` narrowed by the `eof` check above.
      const after = this.tokens[this.i];
      if (!after || after.t === 'eof') throw this.missing('}');
      if (!this.is('}') && !this.is(';') && after.t !== 'nl') throw this.syntax();
    }
    this.i++;
    return prints;
  }

  private printArgs(): AwkExpr[] {
    if (this.is('}') || this.is(';') || this.tok.t === 'nl') return [];
    const grouped = this.groupedArgs();
    if (grouped) return grouped;
    const args = [this.expr(true)];
    while (this.is(',')) {
      this.i++;
      this.skipNewlines();
      args.push(this.expr(true));
    }
    return args;
  }

  /** `print($1, $2)`: the whole list in parentheses; null (and nothing consumed) when it is not that. */
  private groupedArgs(): AwkExpr[] | null {
    if (!this.is('(')) return null;
    const start = this.i;
    try {
      this.i++;
      const args = [this.expr(false)];
      while (this.is(',')) {
        this.i++;
        args.push(this.expr(false));
      }
      this.expect(')');
      if (this.is('}') || this.is(';') || this.tok.t === 'nl') return args;
    } catch (e) {
      if (!(e instanceof Stop)) throw e;
    }
    this.i = start;
    return null;
  }

  /** An expression; in `print`'s arguments a bare `>` redirects, so comparisons stop before it. */
  private expr(inPrint: boolean): AwkExpr {
    if (++this.depth > 200) throw unsupported('expressions nested over 200 deep');
    const e = this.orExpr(inPrint);
    this.depth--;
    return e;
  }

  private orExpr(inPrint: boolean): AwkExpr {
    let left = this.and(inPrint);
    while (this.is('||')) {
      this.i++;
      left = { kind: 'logic', op: '||', left, right: this.and(inPrint) };
    }
    if (this.is('?')) throw unsupported('the ?: operator');
    if (['=', '+=', '-=', '*=', '/=', '^=', '++', '--'].some((op) => this.is(op)))
      throw unsupported(
        this.is('=') || this.tok.text.endsWith('=') ? 'variables and assignment' : this.tok.text,
      );
    return left;
  }

  private and(inPrint: boolean): AwkExpr {
    let left = this.matching(inPrint);
    while (this.is('&&')) {
      this.i++;
      left = { kind: 'logic', op: '&&', left, right: this.matching(inPrint) };
    }
    return left;
  }

  private matching(inPrint: boolean): AwkExpr {
    let left = this.comparison(inPrint);
    while (this.is('~') || this.is('!~')) {
      const negated = this.is('!~');
      this.i++;
      const right = this.comparison(inPrint);
      left = { kind: 'match', negated, left, regex: right };
    }
    return left;
  }

  private comparison(inPrint: boolean): AwkExpr {
    const left = this.concat();
    const ops: CompareOp[] = inPrint ? ['==', '!=', '<', '<=', '>='] : ['==', '!=', '<', '<=', '>', '>='];
    const op = ops.find((o) => this.is(o));
    if (!op) return left;
    this.i++;
    return { kind: 'compare', op, left, right: this.concat() };
  }

  private concat(): AwkExpr {
    const parts = [this.additive()];
    while (STARTS_OPERAND(this.tok)) parts.push(this.additive());
    return parts.length === 1 ? (parts[0] as AwkExpr) : { kind: 'concat', parts };
  }

  private additive(): AwkExpr {
    let left = this.multiplicative();
    while (this.is('+') || this.is('-')) {
      const op = this.tok.text as '+' | '-';
      this.i++;
      left = { kind: 'arith', op, left, right: this.multiplicative() };
    }
    return left;
  }

  private multiplicative(): AwkExpr {
    let left = this.unary();
    while (this.is('*') || this.is('/') || this.is('%')) {
      const op = this.tok.text as '*' | '/' | '%';
      this.i++;
      left = { kind: 'arith', op, left, right: this.unary() };
    }
    return left;
  }

  private unary(): AwkExpr {
    if (++this.depth > 200) throw unsupported('expressions nested over 200 deep');
    const e = this.prefixed();
    this.depth--;
    return e;
  }

  private prefixed(): AwkExpr {
    if (this.is('!')) {
      this.i++;
      return { kind: 'not', expr: this.unary() };
    }
    if (this.is('-') || this.is('+')) {
      const negate = this.is('-');
      this.i++;
      const expr = this.unary();
      return negate
        ? { kind: 'neg', expr }
        : { kind: 'arith', op: '+', left: { kind: 'num', value: 0 }, right: expr };
    }
    return this.power();
  }

  /** `a ^ b`: binds tighter than unary minus (`-2^2` is -4) and groups to the right. */
  private power(): AwkExpr {
    const base = this.primary();
    if (!this.is('^')) return base;
    this.i++;
    return { kind: 'arith', op: '^', left: base, right: this.unary() };
  }

  /** What follows `$`: a primary, or a sign before one (`$-1`); `$NF-1` is `($NF)-1`. */
  private fieldIndex(): AwkExpr {
    if (++this.depth > 200) throw unsupported('expressions nested over 200 deep');
    let index: AwkExpr;
    if (this.is('-') || this.is('+') || this.is('!')) {
      const op = this.tok.text;
      this.i++;
      const operand = this.fieldIndex();
      index =
        op === '-' ? { kind: 'neg', expr: operand } : op === '!' ? { kind: 'not', expr: operand } : operand;
    } else index = this.primary();
    this.depth--;
    return index;
  }

  private primary(): AwkExpr {
    const t = this.tok;
    this.i++;
    switch (t.t) {
      case 'num':
        return { kind: 'num', value: t.value };
      case 'str':
        return { kind: 'str', value: t.value };
      case 'regex':
        return { kind: 'regex', source: t.source };
      case 'name':
        if (VARIABLES.has(t.text)) return { kind: 'var', name: t.text as AwkVariable };
        if (t.text === 'BEGIN' || t.text === 'END' || t.text === 'print') {
          this.i--;
          throw this.syntax();
        }
        throw unsupported(this.is('(') ? `${t.text}()` : t.text);
    }
    if (t.text === '$') return { kind: 'field', index: this.fieldIndex() };
    if (t.text === '(') {
      const inner = this.expr(false);
      if (this.is(',')) throw unsupported('grouped print lists and (a, b) in arrays');
      this.expect(')');
      return inner;
    }
    if (t.text === '[' || t.text === '++' || t.text === '--') throw unsupported(t.text);
    this.i--;
    throw this.syntax();
  }
}
