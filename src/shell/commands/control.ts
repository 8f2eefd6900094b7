import type { BuiltinSpec } from '../runtime.ts';
import { describeFsError } from '../vfs.ts';

/** `exit [n]`: leaves the shell (or the subshell) with status n, default `$?`. */
export const exit: BuiltinSpec = {
  description: 'leave the shell, or an ssh session (exit [code])',
  run(args, _io, { frame }) {
    const arg = args[0];
    if (arg === undefined) return { stdout: '', stderr: '', exitCode: frame.state.status, exit: true };
    if (!/^[+-]?\d+$/.test(arg))
      return {
        stdout: '',
        stderr: `bash: exit: ${arg}: numeric argument required\n`,
        exitCode: 2,
        exit: true,
      };
    if (args.length > 1) return { stdout: '', stderr: 'bash: exit: too many arguments\n', exitCode: 1 };
    return { stdout: '', stderr: '', exitCode: ((Number(arg) % 256) + 256) % 256, exit: true };
  },
};

/** `source FILE [args]` and `. FILE`: runs a file's commands in this shell. */
export const source: BuiltinSpec = {
  description: "run a file's commands in this shell (source FILE, . FILE)",
  async run(args, io, shell) {
    const [file, ...rest] = args;
    if (file === undefined)
      return {
        stdout: '',
        stderr: `bash: ${io.name}: filename argument required\n${io.name}: usage: ${io.name} filename [arguments]\n`,
        exitCode: 2,
      };
    const text = io.fs.readFile(io.path(file));
    if (!text.ok)
      return { stdout: '', stderr: `bash: ${file}: ${describeFsError(text.error.code)}\n`, exitCode: 1 };
    const status = await shell.run(text.value, { positional: rest.length ? rest : undefined, sourced: true });
    return { stdout: '', stderr: '', exitCode: status.code, exit: status.exit };
  },
};

/** `eval ARGS…`: joins its arguments and runs them as shell input. */
export const evalBuiltin: BuiltinSpec = {
  description: 'run arguments as a shell command (eval "$cmd")',
  async run(args, _io, shell) {
    const status = await shell.run(args.join(' '));
    return { stdout: '', stderr: '', exitCode: status.code, exit: status.exit, jump: status.jump };
  },
};

/** `:` does nothing, successfully. */
export const colon: BuiltinSpec = {
  description: 'do nothing, successfully',
  run: () => ({ stdout: '', stderr: '', exitCode: 0 }),
};
