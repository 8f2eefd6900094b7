import { evaluateArith } from '../arith.ts';
import type { BuiltinResult, BuiltinSpec } from '../runtime.ts';
import { isName, type ShellState, saveLocal, setVar } from '../state.ts';

const done = (stderr = '', exitCode = stderr ? 1 : 0): BuiltinResult => ({ stdout: '', stderr, exitCode });

/** `return [n]`: ends the function (or sourced file) with status n, default `$?`. */
export const returnBuiltin: BuiltinSpec = {
  description: 'leave a function with a status (return [n])',
  run(args, _io, { frame }) {
    if (!frame.returnable)
      return done("bash: return: can only `return' from a function or sourced script\n", 2);
    const arg = args[0];
    if (arg !== undefined && !/^[+-]?\d+$/.test(arg))
      return { ...done(`bash: return: ${arg}: numeric argument required\n`, 2), jump: { kind: 'return' } };
    if (args.length > 1) return done('bash: return: too many arguments\n');
    const code = arg === undefined ? frame.state.status : Number(BigInt.asUintN(8, BigInt(arg)));
    return { ...done('', code), jump: { kind: 'return' } };
  },
};

/** `local NAME[=value]…`: variables that last until the function returns (`-x` exports them too). */
export const local: BuiltinSpec = {
  description: 'make function variables (local NAME=value)',
  run(args, io, { frame }) {
    if (frame.state.calls.length === 0) return done('bash: local: can only be used in a function\n');
    const { flags, names } = options(args);
    return done(assign(io.name, flags, names, frame.state));
  },
};

/** `shift [n]`: drops the first n positional parameters. */
export const shift: BuiltinSpec = {
  description: 'drop the first positional parameters (shift [n])',
  run(args, _io, { frame }) {
    const { state } = frame;
    const arg = args[0] ?? '1';
    if (!/^\d+$/.test(arg)) return done(`bash: shift: ${arg}: numeric argument required\n`);
    const n = Number(arg);
    if (n > state.positional.length) return done('', 1);
    state.positional = state.positional.slice(n);
    return done();
  },
};

function loopJump(kind: 'break' | 'continue'): BuiltinSpec {
  return {
    description:
      kind === 'break' ? 'leave a loop (break [n])' : 'start the next round of a loop (continue [n])',
    run(args, _io, { frame }) {
      const loops = frame.loops ?? 0;
      if (loops === 0)
        return done(`bash: ${kind}: only meaningful in a \`for', \`while', or \`until' loop\n`, 0);
      const arg = args[0] ?? '1';
      if (!/^[+-]?\d+$/.test(arg)) return done(`bash: ${kind}: ${arg}: numeric argument required\n`, 128);
      const n = Number(arg);
      if (n < 1) return done(`bash: ${kind}: ${arg}: loop count out of range\n`);
      return { ...done(), jump: { kind, levels: Math.min(n, loops) } };
    },
  };
}

export const breakBuiltin = loopJump('break');
export const continueBuiltin = loopJump('continue');

/**
 * `declare` (and `typeset`): `-f` shows functions as written, `-F` names them; `NAME=value` sets a variable,
 * local inside a function, exported with `-x`, evaluated as arithmetic with `-i`. `-r` is accepted but not
 * enforced; arrays and the other attributes are not simulated.
 */
export const declare: BuiltinSpec = {
  description: 'show functions (declare -f) or set variables (declare -x NAME=value)',
  run(args, io, { frame }) {
    const { state } = frame;
    const { flags, names } = options(args);
    const unknown = flags.replace(/[fFxirg]/g, '');
    if (unknown) return done(`bash: ${io.name}: -${unknown[0]}: not simulated here\n`, 2);
    if (flags.includes('f') || flags.includes('F')) {
      const listed = names.length ? names : [...state.functions.keys()].sort();
      const found = listed.flatMap((name) => state.functions.get(name) ?? []);
      const lines = found.map((fn) => (flags.includes('F') ? `declare -f ${fn.name}\n` : `${fn.source}\n`));
      return { stdout: lines.join(''), stderr: '', exitCode: found.length === listed.length ? 0 : 1 };
    }
    if (names.length === 0)
      return {
        stdout: [...state.vars]
          .map(([n, v]) => `${n}=${v.value}\n`)
          .sort()
          .join(''),
        stderr: '',
        exitCode: 0,
      };
    return done(assign(io.name, flags, names, state));
  },
};

/** Splits `-x -i NAME=value…` into the option letters and the rest. */
function options(args: readonly string[]): { flags: string; names: string[] } {
  const first = args.findIndex((a) => !/^[-+]/.test(a));
  const flags = (first === -1 ? args : args.slice(0, first)).join('').replace(/[-+]/g, '');
  return { flags, names: first === -1 ? [] : args.slice(first) };
}

/**
 * Sets `NAME[=value]…` for `declare` and `local`, returning any error text. Inside a function each variable is
 * local (unless `-g`): new without a value, it is unset; named again, it keeps its value.
 */
function assign(command: string, flags: string, names: readonly string[], state: ShellState): string {
  let stderr = '';
  for (const arg of names) {
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (!isName(name)) {
      stderr += `bash: ${command}: \`${arg}': not a valid identifier\n`;
      continue;
    }
    let value = eq === -1 ? undefined : arg.slice(eq + 1);
    if (value !== undefined && flags.includes('i')) {
      const n = evaluateArith(value, (v) => state.vars.get(v)?.value);
      if (!n.ok) {
        stderr += `bash: ${n.message}\n`;
        continue;
      }
      value = String(n.value);
    }
    const call = flags.includes('g') ? undefined : state.calls[state.calls.length - 1];
    const fresh = call !== undefined && !call.saved.has(name);
    if (call) saveLocal(state, name);
    if (value !== undefined) setVar(state, name, value);
    else if (fresh) state.vars.delete(name);
    if (flags.includes('x'))
      state.vars.set(name, { value: state.vars.get(name)?.value ?? '', exported: true });
  }
  return stderr;
}
