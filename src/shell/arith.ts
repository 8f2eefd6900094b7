/** The value of `$(( … ))`, or bash's message when the expression is wrong. */
export type ArithResult =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly message: string };

const BINARY: readonly (readonly string[])[] = [
  ['||'],
  ['&&'],
  ['==', '!='],
  ['<=', '>=', '<', '>'],
  ['+', '-'],
  ['*', '/', '%'],
];

/** Evaluates integer arithmetic: + - * / % **, comparisons, && || !, parentheses and variable names. */
export function evaluateArith(source: string, lookup: (name: string) => string | undefined): ArithResult {
  const tokens = source.match(/\d+|[A-Za-z_][A-Za-z0-9_]*|\*\*|[=!<>]=|&&|\|\||\S/g) ?? [];
  let i = 0;
  let error: string | null = null;
  const fail = (msg: string) => {
    error ??= msg;
    return 0;
  };
  const binary = (level: number): number => {
    const ops = BINARY[level];
    if (!ops) return power();
    let left = binary(level + 1);
    while (ops.includes(tokens[i] ?? '')) {
      const op = tokens[i++];
      const right = binary(level + 1);
      if ((op === '/' || op === '%') && right === 0) return fail('division by 0 (error token is "0")');
      left = apply(op ?? '', left, right);
    }
    return left;
  };
  const power = (): number => {
    const base = unary();
    if (tokens[i] !== '**') return base;
    i++;
    return base ** power();
  };
  const unary = (): number => {
    const t = tokens[i];
    if (t === '-' || t === '+' || t === '!') {
      i++;
      const v = unary();
      return t === '-' ? -v : t === '!' ? Number(v === 0) : v;
    }
    return primary();
  };
  const primary = (): number => {
    const t = tokens[i++];
    if (t === undefined) return fail('syntax error: operand expected');
    if (t === '(') {
      const v = binary(0);
      if (tokens[i++] !== ')') return fail("syntax error: `)' expected");
      return v;
    }
    if (/^\d+$/.test(t)) return Number(t);
    if (/^[A-Za-z_]/.test(t)) {
      const v = (lookup(t) ?? '').trim();
      return v === '' ? 0 : /^-?\d+$/.test(v) ? Number(v) : fail(`${v}: syntax error in expression`);
    }
    return fail(`syntax error: operand expected (error token is "${tokens.slice(i - 1).join(' ')}")`);
  };
  const value = tokens.length ? binary(0) : 0;
  if (error === null && i < tokens.length)
    error = `syntax error in expression (error token is "${tokens.slice(i).join(' ')}")`;
  return error === null ? { ok: true, value } : { ok: false, message: `${source.trim()}: ${error}` };
}

function apply(op: string, a: number, b: number): number {
  switch (op) {
    case '||':
      return Number(a !== 0 || b !== 0);
    case '&&':
      return Number(a !== 0 && b !== 0);
    case '==':
      return Number(a === b);
    case '!=':
      return Number(a !== b);
    case '<=':
      return Number(a <= b);
    case '>=':
      return Number(a >= b);
    case '<':
      return Number(a < b);
    case '>':
      return Number(a > b);
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return Math.trunc(a / b);
    default:
      return a % b;
  }
}
