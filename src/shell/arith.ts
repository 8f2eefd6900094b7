/** The value of `$(( … ))` (a signed 64-bit integer, wrapping like bash's), or bash's message when it is wrong. */
export type ArithResult =
  | { readonly ok: true; readonly value: bigint }
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
  let depth = 0;
  let error: string | null = null;
  const fail = (msg: string) => {
    error ??= msg;
    return 0n;
  };
  const binary = (level: number): bigint => {
    const ops = BINARY[level];
    if (!ops) return power();
    let left = binary(level + 1);
    while (ops.includes(tokens[i] ?? '')) {
      const op = tokens[i++];
      const right = binary(level + 1);
      if ((op === '/' || op === '%') && right === 0n) return fail('division by 0 (error token is "0")');
      left = apply(op ?? '', left, right);
    }
    return left;
  };
  const power = (): bigint => {
    const base = unary();
    if (tokens[i] !== '**') return base;
    i++;
    const exponent = power();
    if (exponent < 0n) return fail(`exponent less than 0 (error token is "${tokens.slice(i - 1).join('')}")`);
    return wrapPower(base, exponent);
  };
  const unary = (): bigint => {
    const t = tokens[i];
    if (t === '-' || t === '+' || t === '!') {
      i++;
      const v = unary();
      return t === '-' ? BigInt.asIntN(64, -v) : t === '!' ? truth(v === 0n) : v;
    }
    return primary();
  };
  const primary = (): bigint => {
    const t = tokens[i++];
    if (t === undefined) return fail('syntax error: operand expected');
    if (t === '(') {
      // bash: MAX_EXPR_RECURSION_LEVEL; the simulated shell stops sooner, before JavaScript's stack does.
      if (++depth > 200)
        return fail(`expression recursion level exceeded (error token is "${tokens.slice(i).join('')}")`);
      const v = binary(0);
      depth--;
      if (tokens[i++] !== ')') return fail("syntax error: `)' expected");
      return v;
    }
    if (/^\d+$/.test(t)) return BigInt.asIntN(64, BigInt(t));
    if (/^[A-Za-z_]/.test(t)) {
      const v = (lookup(t) ?? '').trim();
      if (v === '') return 0n;
      return /^-?\d+$/.test(v) ? BigInt.asIntN(64, BigInt(v)) : fail(`${v}: syntax error in expression`);
    }
    return fail(`syntax error: operand expected (error token is "${tokens.slice(i - 1).join(' ')}")`);
  };
  const value = tokens.length ? binary(0) : 0n;
  if (error === null && i < tokens.length)
    error = `syntax error in expression (error token is "${tokens.slice(i).join(' ')}")`;
  return error === null ? { ok: true, value } : { ok: false, message: `${source.trim()}: ${error}` };
}

const truth = (b: boolean): bigint => (b ? 1n : 0n);

/** `base ** exponent` in 64-bit arithmetic, by squaring so huge exponents stay cheap. */
function wrapPower(base: bigint, exponent: bigint): bigint {
  let result = 1n;
  let b = base;
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) result = BigInt.asIntN(64, result * b);
    b = BigInt.asIntN(64, b * b);
  }
  return result;
}

function apply(op: string, a: bigint, b: bigint): bigint {
  switch (op) {
    case '||':
      return truth(a !== 0n || b !== 0n);
    case '&&':
      return truth(a !== 0n && b !== 0n);
    case '==':
      return truth(a === b);
    case '!=':
      return truth(a !== b);
    case '<=':
      return truth(a <= b);
    case '>=':
      return truth(a >= b);
    case '<':
      return truth(a < b);
    case '>':
      return truth(a > b);
    case '+':
      return BigInt.asIntN(64, a + b);
    case '-':
      return BigInt.asIntN(64, a - b);
    case '*':
      return BigInt.asIntN(64, a * b);
    case '/':
      return BigInt.asIntN(64, a / b);
    default:
      return a % b;
  }
}
