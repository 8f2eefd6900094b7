import { evaluateArith } from './arith.ts';
import type { CondExpr, Word } from './ast.ts';
import { UNARY_FILE } from './commands/test.ts';
import { compileEre } from './ere.ts';
import { type ExpandScope, expandPattern, expandString } from './expand.ts';
import { anchoredPattern } from './glob.ts';
import type { CommandIo } from './types.ts';

/** What `[[ … ]]` needs: expansion, the file system (through a command's io), and where `=~` leaves its match. */
export interface CondContext {
  readonly scope: ExpandScope;
  readonly io: CommandIo;
  /** Sets `BASH_REMATCH`: the whole match, then each group (nothing when the regex did not match). */
  rematch(groups: readonly string[]): void;
}

/** The outcome of `[[ … ]]`: status 0 (true), 1 (false, or an expansion failed) or 2 (a bad regex). */
export interface CondResult {
  readonly code: number;
  /** bash's message, printed after `bash: `. */
  readonly message?: string;
}

// Unwinds evaluation to `evaluateCond`, which turns it back into a value.
class Stop {
  readonly result: CondResult;
  constructor(result: CondResult) {
    this.result = result;
  }
}

const INTEGER_TESTS: Readonly<Record<string, (a: bigint, b: bigint) => boolean>> = {
  '-eq': (a, b) => a === b,
  '-ne': (a, b) => a !== b,
  '-lt': (a, b) => a < b,
  '-le': (a, b) => a <= b,
  '-gt': (a, b) => a > b,
  '-ge': (a, b) => a >= b,
};

/**
 * Evaluates `[[ … ]]`. Words expand without splitting or globbing; the right side of `==` and `!=` is a
 * pattern and of `=~` an extended regex (quoted parts literal); `-eq` and friends evaluate arithmetic.
 */
export async function evaluateCond(expr: CondExpr, ctx: CondContext): Promise<CondResult> {
  try {
    return { code: (await test(expr, ctx)) ? 0 : 1 };
  } catch (e) {
    if (e instanceof Stop) return e.result;
    throw e;
  }
}

async function test(expr: CondExpr, ctx: CondContext): Promise<boolean> {
  switch (expr.kind) {
    case 'logic':
      for (const operand of expr.operands)
        if ((await test(operand, ctx)) === (expr.op === '||')) return expr.op === '||';
      return expr.op === '&&';
    case 'not':
      return !(await test(expr.expr, ctx));
    case 'string':
      return (await text(expr.word, ctx)) !== '';
    case 'unary':
      return unary(expr.op, await text(expr.operand, ctx), ctx);
    case 'binary':
      return binary(expr.op, expr.left, expr.right, ctx);
  }
}

async function text(word: Word, ctx: CondContext): Promise<string> {
  const expanded = await expandString(word, ctx.scope);
  if (!expanded.ok) throw new Stop({ code: 1, message: expanded.message });
  return expanded.value;
}

function unary(op: string, operand: string, ctx: CondContext): boolean {
  const { io } = ctx;
  switch (op) {
    case '-n':
      return operand !== '';
    case '-z':
      return operand === '';
    case '-a':
      return io.fs.stat(io.path(operand)).ok;
    case '-v':
      return ctx.scope.get(operand) !== undefined;
    // Everything in the simulated file system belongs to the learner.
    case '-O':
    case '-G':
      return io.fs.stat(io.path(operand)).ok;
  }
  // No symlinks, devices, pipes, sockets, terminals, set-id bits or shell options here.
  return UNARY_FILE[op]?.(io, operand) ?? false;
}

async function binary(op: string, leftWord: Word, rightWord: Word, ctx: CondContext): Promise<boolean> {
  const left = await text(leftWord, ctx);
  if (op === '==' || op === '=' || op === '!=' || op === '=~') {
    const pattern = await expandPattern(rightWord, ctx.scope);
    if (!pattern.ok) throw new Stop({ code: 1, message: pattern.message });
    if (op !== '=~') return anchoredPattern(pattern.value).test(left) === (op !== '!=');
    const re = compileEre(pattern.value);
    if (!re) throw new Stop({ code: 2 });
    const m = re.exec(left);
    ctx.rematch(m ?? []);
    return m !== null;
  }
  const right = await text(rightWord, ctx);
  const integer = INTEGER_TESTS[op];
  if (integer) return integer(arith(left, ctx), arith(right, ctx));
  const { io } = ctx;
  switch (op) {
    case '<':
      return left < right;
    case '>':
      return left > right;
    case '-ef':
      return io.fs.stat(io.path(left)).ok && io.path(left) === io.path(right);
  }
  // `-nt` and `-ot`: a file that exists is newer than one that does not.
  const [a, b] = [io.fs.stat(io.path(left)), io.fs.stat(io.path(right))];
  const newer = (x: typeof a, y: typeof b) => x.ok && (!y.ok || x.value.mtime > y.value.mtime);
  return op === '-nt' ? newer(a, b) : newer(b, a);
}

function arith(operand: string, ctx: CondContext): bigint {
  const value = evaluateArith(operand, (name) => ctx.scope.get(name));
  if (!value.ok) throw new Stop({ code: 1, message: `[[: ${value.message}` });
  return value.value;
}
