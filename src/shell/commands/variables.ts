import type { BuiltinSpec } from '../runtime.ts';
import { isName, setVar } from '../state.ts';

const quote = (value: string) => `"${value.replace(/(["\\$`])/g, '\\$1')}"`;

/** `export NAME=value`, `export NAME`, `export -p` (or no arguments) to list, `-n` to un-export. */
export const exportBuiltin: BuiltinSpec = {
  description: 'mark variables for commands to see (export NAME=value)',
  run(args, _io, { frame }) {
    const { vars } = frame.state;
    const unexport = args[0] === '-n';
    const names = args.filter((a) => a !== '-p' && a !== '-n');
    if (names.length === 0) {
      const lines = [...vars.keys()]
        .sort()
        .filter((n) => vars.get(n)?.exported)
        .map((n) => `declare -x ${n}=${quote(vars.get(n)?.value ?? '')}\n`);
      return { stdout: lines.join(''), stderr: '', exitCode: 0 };
    }
    let stderr = '';
    for (const arg of names) {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg : arg.slice(0, eq);
      if (!isName(name)) {
        stderr += `bash: export: \`${arg}': not a valid identifier\n`;
        continue;
      }
      if (eq !== -1) setVar(frame.state, name, arg.slice(eq + 1));
      const v = vars.get(name);
      if (v) v.exported = !unexport;
      else if (!unexport) vars.set(name, { value: '', exported: true });
    }
    return { stdout: '', stderr, exitCode: stderr ? 1 : 0 };
  },
};

/** `set -- args…` sets `$1`…; `set` alone lists variables. Shell options (`-e`, `-x`…) are not simulated. */
export const set: BuiltinSpec = {
  description: 'set positional parameters (set -- a b); list variables',
  run(args, _io, { frame }) {
    const { state } = frame;
    if (args.length === 0) {
      const names = [...state.vars.keys()].sort();
      return {
        stdout: names.map((n) => `${n}=${state.vars.get(n)?.value ?? ''}\n`).join(''),
        stderr: '',
        exitCode: 0,
      };
    }
    if (args[0] === '--') {
      state.positional = args.slice(1);
      return { stdout: '', stderr: '', exitCode: 0 };
    }
    return {
      stdout: '',
      stderr: `bash: set: ${args.join(' ')}: shell options are not simulated here\n`,
      exitCode: 2,
    };
  },
};

/** `unset NAME…` (also `-v`); `unset -f NAME…` removes functions. */
export const unset: BuiltinSpec = {
  description: 'remove variables (unset NAME) or functions (unset -f NAME)',
  run(args, _io, { frame }) {
    if (args[0] === '-f') {
      for (const name of args.slice(1)) frame.state.functions.delete(name);
      return { stdout: '', stderr: '', exitCode: 0 };
    }
    let stderr = '';
    for (const name of args.filter((a) => a !== '-v')) {
      if (!isName(name)) stderr += `bash: unset: \`${name}': not a valid identifier\n`;
      else frame.state.vars.delete(name);
    }
    return { stdout: '', stderr, exitCode: stderr ? 1 : 0 };
  },
};

/** `read [-r] [-p prompt] [NAME…]`: takes the first line of stdin; the last name gets the rest. */
export const read: BuiltinSpec = {
  description: 'read a line of input into variables (read -r NAME)',
  run(args, io, { frame }) {
    let raw = false;
    let prompt = '';
    const names: string[] = [];
    for (let i = 0; i < args.length; i++) {
      if (args[i] === '-r') raw = true;
      else if (args[i] === '-p') prompt = args[++i] ?? '';
      else names.push(args[i] ?? '');
    }
    const nl = io.stdin.indexOf('\n');
    frame.stdin.text = nl === -1 ? '' : io.stdin.slice(nl + 1);
    if (io.stdin === '') {
      for (const name of names.length ? names : ['REPLY']) setVar(frame.state, name, '');
      return { stdout: '', stderr: prompt, exitCode: 1 };
    }
    let line = nl === -1 ? io.stdin : io.stdin.slice(0, nl);
    if (!raw) line = line.replace(/\\(.)/g, '$1');
    if (names.length === 0) {
      setVar(frame.state, 'REPLY', line);
      return { stdout: '', stderr: prompt, exitCode: nl === -1 ? 1 : 0 };
    }
    let rest = line.replace(/^[ \t]+/, '');
    for (const [i, name] of names.entries()) {
      if (i === names.length - 1) {
        setVar(frame.state, name, rest.replace(/[ \t]+$/, ''));
        break;
      }
      const m = /^(\S*)[ \t]*(.*)$/s.exec(rest);
      setVar(frame.state, name, m?.[1] ?? '');
      rest = m?.[2] ?? '';
    }
    return { stdout: '', stderr: prompt, exitCode: nl === -1 ? 1 : 0 };
  },
};
