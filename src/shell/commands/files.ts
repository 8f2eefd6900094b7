import type { CommandSpec, ExecResult } from '../types.ts';
import { describeFsError } from '../vfs.ts';
import { parseFlags, usageError } from './flags.ts';

function done(stderr: string): ExecResult {
  return { stdout: '', stderr, exitCode: stderr ? 1 : 0 };
}

/** `mkdir [-p] dir…`. */
export const mkdir: CommandSpec = {
  description: 'make directories (-p: parents too, no error if present)',
  run(args, io) {
    const flags = parseFlags(args, { switches: 'pv', long: { parents: 'p' } });
    if ('error' in flags) return usageError('mkdir', flags.error);
    if (!flags.operands.length) return usageError('mkdir', 'missing operand');
    let stderr = '';
    for (const dir of flags.operands) {
      const made = io.fs.mkdir(io.path(dir), { parents: flags.set.has('p') });
      if (!made.ok)
        stderr += `mkdir: cannot create directory '${dir}': ${describeFsError(made.error.code)}\n`;
    }
    return done(stderr);
  },
};

/** `rmdir dir…`: only empty directories. */
export const rmdir: CommandSpec = {
  description: 'remove empty directories',
  run(args, io) {
    if (!args.length) return usageError('rmdir', 'missing operand');
    let stderr = '';
    for (const dir of args) {
      const path = io.path(dir);
      const listing = io.fs.readdir(path);
      const reason = !listing.ok
        ? describeFsError(listing.error.code)
        : listing.value.length
          ? 'Directory not empty'
          : null;
      if (reason) stderr += `rmdir: failed to remove '${dir}': ${reason}\n`;
      else io.fs.remove(path, { recursive: true });
    }
    return done(stderr);
  },
};

/** `rm [-rf] path…`: directories need `-r`; `-f` ignores missing files. */
export const rm: CommandSpec = {
  description: 'remove files (-r: directories too, -f: ignore missing)',
  run(args, io) {
    const flags = parseFlags(args, { switches: 'rRfvi', long: { recursive: 'r', force: 'f' } });
    if ('error' in flags) return usageError('rm', flags.error);
    const force = flags.set.has('f');
    if (!flags.operands.length) return force ? done('') : usageError('rm', 'missing operand');
    const recursive = flags.set.has('r') || flags.set.has('R');
    let stderr = '';
    for (const target of flags.operands) {
      const path = io.path(target);
      if (path === '/') {
        stderr +=
          "rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe\n";
        continue;
      }
      const removed = io.fs.remove(path, { recursive });
      if (removed.ok || (force && removed.error.code === 'ENOENT')) continue;
      stderr += `rm: cannot remove '${target}': ${describeFsError(removed.error.code)}\n`;
    }
    return done(stderr);
  },
};

/** `touch file…`: creates empty files or updates their time. */
export const touch: CommandSpec = {
  description: 'create empty files or update their time',
  run(args, io) {
    const operands = args.filter((a) => !a.startsWith('-'));
    if (!operands.length) return usageError('touch', 'missing file operand');
    let stderr = '';
    for (const file of operands) {
      const touched = io.fs.touch(io.path(file));
      if (!touched.ok) stderr += `touch: cannot touch '${file}': ${describeFsError(touched.error.code)}\n`;
    }
    return done(stderr);
  },
};

/** `chmod MODE file…`: octal (`600`) or `+x`/`-w`-style symbolic modes for all users. */
export const chmod: CommandSpec = {
  description: 'change file permissions (chmod 600 key.pem, chmod +x script.sh)',
  run(args, io) {
    const [modeText, ...files] = args;
    if (modeText === undefined || !files.length) return usageError('chmod', 'missing operand');
    let stderr = '';
    for (const file of files) {
      const path = io.path(file);
      const stat = io.fs.stat(path);
      if (!stat.ok) {
        stderr += `chmod: cannot access '${file}': ${describeFsError(stat.error.code)}\n`;
        continue;
      }
      const mode = newMode(stat.value.mode, modeText);
      if (mode === null) return usageError('chmod', `invalid mode: '${modeText}'`);
      if (stat.value.type === 'file') {
        const text = io.fs.readFile(path);
        io.fs.writeFile(path, text.ok ? text.value : '', { mode });
      }
    }
    return done(stderr);
  },
};

function newMode(current: number, text: string): number | null {
  if (/^[0-7]{3,4}$/.test(text)) return Number.parseInt(text, 8);
  const m = /^([ugoa]*)([+-=])([rwx]+)$/.exec(text);
  if (!m) return null;
  const who = m[1] || 'a';
  let bits = 0;
  for (const p of m[3] ?? '') bits |= p === 'r' ? 4 : p === 'w' ? 2 : 1;
  let mask = 0;
  if (who.includes('u') || who.includes('a')) mask |= bits << 6;
  if (who.includes('g') || who.includes('a')) mask |= bits << 3;
  if (who.includes('o') || who.includes('a')) mask |= bits;
  if (m[2] === '+') return current | mask;
  if (m[2] === '-') return current & ~mask;
  return mask;
}
