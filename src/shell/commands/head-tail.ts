import type { CommandIo, CommandSpec, ExecResult } from '../types.ts';
import { lines, readOperand } from './input.ts';

function run(name: 'head' | 'tail', args: string[], io: CommandIo): ExecResult {
  let count = '10';
  let bytes: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (/^-\d+$/.test(arg)) count = arg.slice(1);
    else if (arg === '-n' || arg === '-c') {
      const value = args[++i] ?? '';
      if (arg === '-n') count = value;
      else bytes = value;
    } else if (/^-n.+/.test(arg)) count = arg.slice(2);
    else if (arg.startsWith('--lines=')) count = arg.slice(8);
    else files.push(arg);
  }
  const spec = bytes ?? count;
  const fromStart = name === 'tail' && spec.startsWith('+');
  const n = Number(spec.replace(/^[+-]/, ''));
  if (!/^[+-]?\d+$/.test(spec))
    return {
      stdout: '',
      stderr: `${name}: invalid number of ${bytes ? 'bytes' : 'lines'}: '${spec}'\n`,
      exitCode: 1,
    };
  const negative = spec.startsWith('-');
  let stdout = '';
  let stderr = '';
  const targets = files.length ? files : ['-'];
  for (const [i, file] of targets.entries()) {
    const read = readOperand(io, file);
    if (!read.ok) {
      stderr += `${name}: cannot open '${file}' for reading: ${read.reason}\n`;
      continue;
    }
    if (targets.length > 1) stdout += `${i ? '\n' : ''}==> ${file === '-' ? 'standard input' : file} <==\n`;
    if (bytes !== null) {
      stdout +=
        name === 'head'
          ? read.text.slice(0, n)
          : fromStart
            ? read.text.slice(n - 1)
            : read.text.slice(-n || read.text.length);
      continue;
    }
    const all = lines(read.text);
    const picked =
      name === 'head'
        ? negative
          ? all.slice(0, Math.max(0, all.length - n))
          : all.slice(0, n)
        : fromStart
          ? all.slice(Math.max(0, n - 1))
          : n === 0
            ? []
            : all.slice(-n);
    stdout += picked.map((l) => `${l}\n`).join('');
  }
  return { stdout, stderr, exitCode: stderr ? 1 : 0 };
}

export const head: CommandSpec = {
  description: 'print the first lines (-n N, -N)',
  run: (args, io) => run('head', args, io),
};

export const tail: CommandSpec = {
  description: 'print the last lines (-n N, -N, -n +N from line N)',
  run: (args, io) => run('tail', args, io),
};
