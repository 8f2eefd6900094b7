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
  const found = [...source.matchAll(/\d[0-9A-Za-z@_#]*|[A-Za-z_][A-Za-z0-9_]*|\*\*|[=!<>]=|&&|\|\||\S/g)];
  const tokens = found.map((m) => m[0]);
  // bash's "error token" is the source from the last token it read (the last one, at the end) onward.
  const from = (k: number) => source.slice(found[Math.min(k, found.length - 1)]?.index ?? source.length);
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
      const divisor = i;
      const right = binary(level + 1);
      if ((op === '/' || op === '%') && right === 0n)
        return fail(`division by 0 (error token is "${from(divisor)}")`);
      left = apply(op ?? '', left, right);
    }
    return left;
  };
  const power = (): bigint => {
    const base = unary();
    if (tokens[i] !== '**') return base;
    i++;
    const exponent = power();
    if (exponent < 0n) return fail(`exponent less than 0 (error token is "${from(i)}")`);
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
    if (t === undefined) return fail(`syntax error: operand expected (error token is "${from(i - 1)}")`);
    if (t === '(') {
      // bash: MAX_EXPR_RECURSION_LEVEL; the simulated shell stops sooner, before JavaScript's stack does.
      if (++depth > 200) return fail(`expression recursion level exceeded (error token is "${from(i)}")`);
      const v = binary(0);
      depth--;
      if (tokens[i++] !== ')') return fail("syntax error: `)' expected");
      return v;
    }
    if (/^\d/.test(t)) {
      const n = parseNumber(t);
      return typeof n === 'bigint' ? n : fail(n.error);
    }
    if (/^[A-Za-z_]/.test(t)) {
      const v = (lookup(t) ?? '').trim();
      if (v === '') return 0n;
      const n = /^-?\d/.test(v)
        ? parseNumber(v.replace(/^-/, ''))
        : { error: `${v}: syntax error in expression` };
      if (typeof n !== 'bigint') return fail(n.error);
      return v.startsWith('-') ? BigInt.asIntN(64, -n) : n;
    }
    return fail(`syntax error: operand expected (error token is "${from(i - 1)}")`);
  };
  const value = tokens.length ? binary(0) : 0n;
  if (error === null && i < tokens.length) error = `syntax error in expression (error token is "${from(i)}")`;
  return error === null ? { ok: true, value } : { ok: false, message: `${source.trimStart()}: ${error}` };
}

const truth = (b: boolean): bigint => (b ? 1n : 0n);
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ@_';

/** A constant as bash reads it: decimal, `0` octal, `0x` hexadecimal, or `base#digits` (bases 2 to 64). */
function parseNumber(text: string): bigint | { error: string } {
  const tooGreat = { error: `value too great for base (error token is "${text}")` };
  let base = 10;
  let digits = text;
  const hash = text.indexOf('#');
  if (hash !== -1) {
    base = Number(text.slice(0, hash));
    digits = text.slice(hash + 1);
    if (!/^\d+$/.test(text.slice(0, hash)) || base < 2 || base > 64)
      return { error: `invalid arithmetic base (error token is "${text}")` };
  } else if (/^0[xX]/.test(text)) {
    base = 16;
    digits = text.slice(2);
  } else if (text.length > 1 && text.startsWith('0')) base = 8;
  let value = 0n;
  for (const c of digits) {
    // Up to base 36 letters of either case are the same digit, as in bash.
    const digit = DIGITS.indexOf(base <= 36 ? c.toLowerCase() : c);
    if (digit === -1 || digit >= base) return tooGreat;
    value = value * BigInt(base) + BigInt(digit);
  }
  return BigInt.asIntN(64, value);
}

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
