import type { CommandIo, CommandSpec } from '../types.ts';

type Verdict = boolean | { error: string };

/** The file tests of `test` (and of `[[ … ]]`): `-e`, `-f`, `-d`, `-s`, `-r`, `-w`, `-x`. */
export const UNARY_FILE: Record<string, (io: CommandIo, p: string) => boolean> = {
  '-e': (io, p) => io.fs.stat(io.path(p)).ok,
  '-f': (io, p) => fileType(io, p) === 'file',
  '-d': (io, p) => fileType(io, p) === 'dir',
  '-s': (io, p) => {
    const s = io.fs.stat(io.path(p));
    return s.ok && s.value.size > 0;
  },
  '-r': (io, p) => io.fs.stat(io.path(p)).ok,
  '-w': (io, p) => io.fs.stat(io.path(p)).ok,
  '-x': (io, p) => {
    const s = io.fs.stat(io.path(p));
    return s.ok && (s.value.mode & 0o111) !== 0;
  },
};

function fileType(io: CommandIo, p: string): string | null {
  const s = io.fs.stat(io.path(p));
  return s.ok ? s.value.type : null;
}

function integer(text: string): number | { error: string } {
  return /^\s*[+-]?\d+\s*$/.test(text) ? Number(text) : { error: `${text}: integer expression expected` };
}

function binary(a: string, op: string, b: string): Verdict | null {
  switch (op) {
    case '=':
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '>':
      return a > b;
  }
  const cmp: Record<string, (x: number, y: number) => boolean> = {
    '-eq': (x, y) => x === y,
    '-ne': (x, y) => x !== y,
    '-lt': (x, y) => x < y,
    '-le': (x, y) => x <= y,
    '-gt': (x, y) => x > y,
    '-ge': (x, y) => x >= y,
  };
  const f = cmp[op];
  if (!f) return null;
  const x = integer(a);
  if (typeof x !== 'number') return x;
  const y = integer(b);
  if (typeof y !== 'number') return y;
  return f(x, y);
}

/** Evaluates `test` arguments: `!`, `-a`/`-o`, string, integer and file tests (POSIX rules by argument count). */
function evaluate(args: readonly string[], io: CommandIo): Verdict {
  const orAt = args.indexOf('-o');
  if (orAt > 0)
    return either(evaluate(args.slice(0, orAt), io), () => evaluate(args.slice(orAt + 1), io), true);
  const andAt = args.indexOf('-a');
  if (andAt > 0)
    return either(evaluate(args.slice(0, andAt), io), () => evaluate(args.slice(andAt + 1), io), false);
  const [a = '', b = '', c = ''] = args;
  switch (args.length) {
    case 0:
      return false;
    case 1:
      return a !== '';
    case 2: {
      if (a === '!') return negate(evaluate([b], io));
      if (a === '-n') return b !== '';
      if (a === '-z') return b === '';
      const file = UNARY_FILE[a];
      if (file) return file(io, b);
      return { error: `${a}: unary operator expected` };
    }
    case 3: {
      const verdict = binary(a, b, c);
      if (verdict !== null) return verdict;
      if (a === '!') return negate(evaluate([b, c], io));
      if (a === '(' && c === ')') return evaluate([b], io);
      return { error: `${b}: binary operator expected` };
    }
    default:
      if (a === '!') return negate(evaluate(args.slice(1), io));
      return { error: 'too many arguments' };
  }
}

function negate(v: Verdict): Verdict {
  return typeof v === 'boolean' ? !v : v;
}

function either(left: Verdict, right: () => Verdict, or: boolean): Verdict {
  if (typeof left !== 'boolean') return left;
  if (left === or) return left;
  return right();
}

/** `test EXPR` and `[ EXPR ]`: status 0 when true, 1 when false, 2 (with bash's message) when malformed. */
export const test: CommandSpec = {
  description: 'evaluate a condition: test -f FILE, [ "$A" = "$B" ], [ "$N" -gt 0 ]',
  run(args, io) {
    let operands = args;
    if (io.name === '[') {
      if (args[args.length - 1] !== ']') return { stdout: '', stderr: "bash: [: missing `]'\n", exitCode: 2 };
      operands = args.slice(0, -1);
    }
    const verdict = evaluate(operands, io);
    if (typeof verdict !== 'boolean')
      return { stdout: '', stderr: `bash: ${io.name}: ${verdict.error}\n`, exitCode: 2 };
    return { stdout: '', stderr: '', exitCode: verdict ? 0 : 1 };
  },
};
