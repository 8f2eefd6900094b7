import type { BuiltinSpec } from '../runtime.ts';
import { setVar } from '../state.ts';
import { describeFsError } from '../vfs.ts';

const fail = (message: string) => ({ stdout: '', stderr: `bash: cd: ${message}\n`, exitCode: 1 });

/** `cd [dir]`: no argument goes home, `-` goes to `$OLDPWD` and prints it; keeps `PWD`/`OLDPWD` up to date. */
export const cd: BuiltinSpec = {
  description: 'change the working directory (cd, cd -, cd ~/dir)',
  run(args, io, { frame }) {
    const { state } = frame;
    const operands = args[0] === '--' ? args.slice(1) : args;
    if (operands.length > 1) return fail('too many arguments');
    let target: string | undefined = operands[0];
    let print = false;
    if (target === undefined) {
      target = state.vars.get('HOME')?.value;
      if (target === undefined) return fail('HOME not set');
    } else if (target === '-') {
      target = state.vars.get('OLDPWD')?.value;
      if (target === undefined) return fail('OLDPWD not set');
      print = true;
    }
    if (target === '') return { stdout: print ? '\n' : '', stderr: '', exitCode: 0 };
    const path = io.path(target);
    const stat = io.fs.stat(path);
    if (!stat.ok) return fail(`${target}: ${describeFsError(stat.error.code)}`);
    if (stat.value.type !== 'dir') return fail(`${target}: Not a directory`);
    setVar(state, 'OLDPWD', state.cwd);
    state.cwd = path;
    setVar(state, 'PWD', path);
    return { stdout: print ? `${path}\n` : '', stderr: '', exitCode: 0 };
  },
};
