import type { CondExpr, Word } from './ast.ts';
import type { Token } from './lexer.ts';
import { MAX_NESTING } from './syntax-error.ts';

/** What `parseCond` needs from the parser: the token stream and ways to stop with bash's message. */
export interface CondCursor {
  tok(): Token;
  advance(): void;
  /** A syntax error at the current token, as a value for the parser to throw. */
  error(message: string): unknown;
  /** The input ended inside `[[ … ]]`: more lines are needed. */
  incomplete(): unknown;
}

/** `[[ -f x ]]`: file and string tests taking one operand. */
export const UNARY = new Set(
  '-a -b -c -d -e -f -g -h -k -p -r -s -t -u -w -x -G -L -N -O -S -z -n -o -v -R'.split(' '),
);
/** `[[ a == b ]]`: tests taking two operands (`<` and `>` arrive as operator tokens). */
export const BINARY = new Set('== = != =~ < > -eq -ne -lt -le -gt -ge -nt -ot -ef'.split(' '));

/**
 * Parses the inside of `[[ … ]]`, from the token after `[[` to `]]` (left as the current token), with bash's
 * precedence: `||` below `&&` below `!`, parentheses grouping. Errors carry bash 5.2's messages.
 */
export function parseCond(c: CondCursor): CondExpr {
  const text = (t: Token) =>
    t.kind === 'word' ? t.raw : t.kind === 'op' ? t.op : t.kind === 'newline' ? 'newline' : 'EOF';
  const fail = (message: string): never => {
    throw c.tok().kind === 'eof' ? c.incomplete() : c.error(message);
  };
  const isWord = (raw: string) => {
    const t = c.tok();
    return t.kind === 'word' && t.raw === raw;
  };
  const isOp = (op: string) => {
    const t = c.tok();
    return t.kind === 'op' && t.op === op;
  };
  const skipNewlines = () => {
    while (c.tok().kind === 'newline') c.advance();
  };
  /** The operand after an operator: any word but `]]`. */
  const operand = (kind: 'unary' | 'binary'): Word => {
    const t = c.tok();
    if (t.kind !== 'word' || t.raw === ']]')
      return fail(`unexpected argument \`${text(t)}' to conditional ${kind} operator`);
    c.advance();
    return t.word;
  };

  /** A run of `next` joined by `op`: a list, not a deep tree, however long it is. */
  const chain = (op: '&&' | '||', next: () => CondExpr): CondExpr => {
    const operands = [next()];
    while (isOp(op)) {
      c.advance();
      operands.push(next());
    }
    return operands.length === 1 ? (operands[0] as CondExpr) : { kind: 'logic', op, operands };
  };
  const or = (): CondExpr => chain('||', () => chain('&&', term));
  let depth = 0;
  const term = (): CondExpr => {
    if (++depth > MAX_NESTING)
      return fail(`syntax error: conditional expression nested over ${MAX_NESTING} deep`);
    try {
      return termAt();
    } finally {
      depth--;
    }
  };
  const termAt = (): CondExpr => {
    skipNewlines();
    const t = c.tok();
    if (t.kind === 'op' && t.op === '(') {
      c.advance();
      const inner = or();
      if (!isOp(')')) return fail(`unexpected token \`${text(c.tok())}', expected \`)'`);
      c.advance();
      return inner;
    }
    if (t.kind !== 'word' || t.raw === ']]')
      return fail(`unexpected token \`${text(t)}' in conditional command`);
    c.advance();
    if (t.raw === '!') return { kind: 'not', expr: term() };
    if (UNARY.has(t.raw)) return { kind: 'unary', op: t.raw, operand: operand('unary') };
    const next = c.tok();
    const op = next.kind === 'word' ? next.raw : next.kind === 'op' ? next.op : '';
    if (BINARY.has(op)) {
      c.advance();
      return { kind: 'binary', op, left: t.word, right: operand('binary') };
    }
    if (isWord(']]') || isOp('&&') || isOp('||') || isOp(')')) return { kind: 'string', word: t.word };
    if (next.kind === 'word') return fail('conditional binary operator expected');
    return fail(`unexpected token \`${text(next)}', conditional binary operator expected`);
  };

  const expr = or();
  if (!isWord(']]')) {
    const t = c.tok();
    if (t.kind === 'word') return fail('syntax error in conditional expression');
    return fail(`syntax error in conditional expression: unexpected token \`${text(t)}'`);
  }
  return expr;
}
