import { basename } from '../path.ts';
import type { CommandIo, CommandSpec, ExecResult } from '../types.ts';
import { describeFsError } from '../vfs.ts';
import { parseFlags, usageError } from './flags.ts';

/** Where `src` lands: inside `dest` when that is a directory, else `dest` itself. */
function destination(io: CommandIo, src: string, dest: string, many: boolean): string | { error: string } {
  const abs = io.path(dest);
  const stat = io.fs.stat(abs);
  if (stat.ok && stat.value.type === 'dir') return `${abs}/${basename(src)}`;
  if (many) return { error: `target '${dest}': Not a directory` };
  return abs;
}

function copyTree(io: CommandIo, from: string, to: string): string | null {
  const stat = io.fs.stat(from);
  if (!stat.ok) return describeFsError(stat.error.code);
  if (stat.value.type === 'file') {
    const text = io.fs.readFile(from);
    if (!text.ok) return describeFsError(text.error.code);
    const written = io.fs.writeFile(to, text.value, { mode: stat.value.mode });
    return written.ok ? null : describeFsError(written.error.code);
  }
  const made = io.fs.mkdir(to, { parents: false });
  if (!made.ok && made.error.code !== 'EEXIST') return describeFsError(made.error.code);
  const names = io.fs.readdir(from);
  for (const name of names.ok ? names.value : []) {
    const failed = copyTree(io, `${from}/${name}`, `${to}/${name}`);
    if (failed) return failed;
  }
  return null;
}

function transfer(name: 'cp' | 'mv', args: string[], io: CommandIo): ExecResult {
  const flags = parseFlags(args, { switches: name === 'cp' ? 'rRfvpa' : 'fvin', long: { recursive: 'r' } });
  if ('error' in flags) return usageError(name, flags.error);
  const ops = [...flags.operands];
  if (ops.length === 0) return usageError(name, 'missing file operand');
  const dest = ops.pop() ?? '';
  if (ops.length === 0) return usageError(name, `missing destination file operand after '${dest}'`);
  const recursive = flags.set.has('r') || flags.set.has('R') || flags.set.has('a');
  let stderr = '';
  for (const src of ops) {
    const from = io.path(src);
    const stat = io.fs.stat(from);
    if (!stat.ok) {
      stderr += `${name}: cannot stat '${src}': ${describeFsError(stat.error.code)}\n`;
      continue;
    }
    const to = destination(io, src, dest, ops.length > 1);
    if (typeof to !== 'string') {
      stderr += `${name}: ${to.error}\n`;
      break;
    }
    if (name === 'cp' && stat.value.type === 'dir' && !recursive) {
      stderr += `cp: -r not specified; omitting directory '${src}'\n`;
      continue;
    }
    if (to === from || to.startsWith(`${from}/`)) {
      stderr +=
        name === 'mv'
          ? `mv: cannot move '${src}' to a subdirectory of itself, '${to === io.path(dest) ? dest : `${dest}/${basename(src)}`}'\n`
          : `cp: '${src}' and '${dest}' are the same file\n`;
      continue;
    }
    if (name === 'cp') {
      const failed = copyTree(io, from, to);
      if (failed) stderr += `cp: cannot create regular file '${dest}': ${failed}\n`;
    } else {
      const moved = io.fs.rename(from, to);
      if (!moved.ok)
        stderr += `mv: cannot move '${src}' to '${dest}': ${describeFsError(moved.error.code)}\n`;
    }
  }
  return { stdout: '', stderr, exitCode: stderr ? 1 : 0 };
}

/** `cp [-r] src… dest`. */
export const cp: CommandSpec = {
  description: 'copy files (-r: directories)',
  run: (args, io) => transfer('cp', args, io),
};

/** `mv src… dest`. */
export const mv: CommandSpec = {
  description: 'move or rename files',
  run: (args, io) => transfer('mv', args, io),
};
