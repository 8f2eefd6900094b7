import type { BuiltinSpec } from '../runtime.ts';

/** `help`: every command with its one-line description, plugged-in ones included. */
export const help: BuiltinSpec = {
  description: 'list the commands this shell knows',
  run(args, _io, { frame }) {
    const { builtins, commands } = frame.runtime;
    const all = new Map<string, string>();
    for (const [name, c] of commands) all.set(name, c.description);
    for (const [name, b] of builtins) all.set(name, b.description);
    const names = args.length ? args.filter((n) => all.has(n)) : [...all.keys()].sort();
    if (args.length && names.length === 0)
      return { stdout: '', stderr: `bash: help: no help topics match \`${args.join(' ')}'.\n`, exitCode: 1 };
    const width = Math.max(...names.map((n) => n.length));
    const lines = names.map((n) => `${n.padEnd(width)}  ${all.get(n)}\n`);
    const header = args.length ? '' : 'Commands in this simulated shell (help NAME for one):\n\n';
    return { stdout: header + lines.join(''), stderr: '', exitCode: 0 };
  },
};

/** `history`: numbered past commands from the injected history provider. */
export const history: BuiltinSpec = {
  description: 'show the commands typed so far',
  run(args, _io, { frame }) {
    const entries = frame.runtime.history.entries();
    const count = args[0] && /^\d+$/.test(args[0]) ? Number(args[0]) : entries.length;
    const start = Math.max(0, entries.length - count);
    const lines = entries.slice(start).map((e, i) => `${String(start + i + 1).padStart(5)}  ${e}\n`);
    return { stdout: lines.join(''), stderr: '', exitCode: 0 };
  },
};

// Words the parser reads as syntax: `type` names them keywords.
const KEYWORDS = new Set(
  'if then else elif fi case esac for while until do done in function { } ! [[ ]] time select coproc'.split(
    ' ',
  ),
);

/**
 * `type NAME…`: says whether a name is a keyword, a function (shown as written), a builtin or a command;
 * `type -t` answers with one word.
 */
export const type: BuiltinSpec = {
  description: 'tell whether a name is a function, a builtin or a command (type aws)',
  run(args, _io, { frame }) {
    const terse = args[0] === '-t';
    let stdout = '';
    let stderr = '';
    let found = 0;
    const names = terse ? args.slice(1) : args;
    for (const name of names) {
      const fn = frame.state.functions.get(name);
      const [kind, long] = KEYWORDS.has(name)
        ? ['keyword', `${name} is a shell keyword`]
        : fn
          ? ['function', `${name} is a function\n${fn.source}`]
          : frame.runtime.builtins.has(name)
            ? ['builtin', `${name} is a shell builtin`]
            : frame.runtime.commands.has(name)
              ? ['file', `${name} is /usr/bin/${name}`]
              : [null, null];
      if (kind === null) {
        if (!terse) stderr += `bash: type: ${name}: not found\n`;
        continue;
      }
      found++;
      stdout += `${terse ? kind : long}\n`;
    }
    return { stdout, stderr, exitCode: found === names.length ? 0 : 1 };
  },
};
