import { basename as baseOf, dirname as dirOf } from '../path.ts';
import type { CommandSpec } from '../types.ts';
import { describeFsError } from '../vfs.ts';
import { usageError } from './flags.ts';
import { lines, readOperand } from './input.ts';

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });

/** `tee [-a] file…`: copies stdin to stdout and to each file. */
export const tee: CommandSpec = {
  description: 'copy stdin to stdout and files (-a: append)',
  run(args, io) {
    const append = args.includes('-a');
    let stderr = '';
    for (const file of args.filter((a) => a !== '-a')) {
      const written = io.fs.writeFile(io.path(file), io.stdin, { append });
      if (!written.ok) stderr += `tee: ${file}: ${describeFsError(written.error.code)}\n`;
    }
    return { stdout: io.stdin, stderr, exitCode: stderr ? 1 : 0 };
  },
};

/** `sort [-r] [-n] [-u] [file…]`: byte order (the C locale). */
export const sort: CommandSpec = {
  description: 'sort lines (-r reverse, -n numeric, -u unique)',
  run(args, io) {
    const flags = new Set(args.filter((a) => /^-[rnu]+$/.test(a)).flatMap((a) => [...a.slice(1)]));
    const files = args.filter((a) => !/^-[rnu]+$/.test(a));
    let all: string[] = [];
    for (const file of files.length ? files : ['-']) {
      const read = readOperand(io, file);
      if (!read.ok)
        return { stdout: '', stderr: `sort: cannot read: ${file}: ${read.reason}\n`, exitCode: 2 };
      all.push(...lines(read.text));
    }
    all.sort(
      flags.has('n') ? (a, b) => (Number.parseFloat(a) || 0) - (Number.parseFloat(b) || 0) : undefined,
    );
    if (flags.has('r')) all.reverse();
    if (flags.has('u')) all = all.filter((l, i) => i === 0 || l !== all[i - 1]);
    return ok(all.map((l) => `${l}\n`).join(''));
  },
};

/** `uniq [-c]`: drops adjacent repeated lines. */
export const uniq: CommandSpec = {
  description: 'drop adjacent duplicate lines (-c: count them)',
  run(args, io) {
    const count = args.includes('-c');
    const file = args.find((a) => a !== '-c') ?? '-';
    const read = readOperand(io, file);
    if (!read.ok) return { stdout: '', stderr: `uniq: ${file}: ${read.reason}\n`, exitCode: 1 };
    const groups: { line: string; n: number }[] = [];
    for (const line of lines(read.text)) {
      const last = groups[groups.length - 1];
      if (last && last.line === line) last.n++;
      else groups.push({ line, n: 1 });
    }
    return ok(groups.map((g) => (count ? `${String(g.n).padStart(7)} ${g.line}\n` : `${g.line}\n`)).join(''));
  },
};

export const basename: CommandSpec = {
  description: 'strip directories (and a suffix) from a path',
  run(args) {
    if (!args[0]) return usageError('basename', 'missing operand');
    const base = baseOf(args[0]);
    const suffix = args[1];
    return ok(
      `${suffix && base.endsWith(suffix) && base !== suffix ? base.slice(0, -suffix.length) : base}\n`,
    );
  },
};

export const dirname: CommandSpec = {
  description: 'strip the last part of a path',
  run(args) {
    if (!args[0]) return usageError('dirname', 'missing operand');
    const p = args[0].replace(/\/+$/, '') || '/';
    return ok(
      `${p.includes('/') ? dirOf(p.startsWith('/') ? p : `/${p}`).slice(p.startsWith('/') ? 0 : 1) || '/' : '.'}\n`,
    );
  },
};

/** `seq [first [step]] last`. */
export const seq: CommandSpec = {
  description: 'print a sequence of numbers (seq 5, seq 2 10)',
  run(args) {
    const nums = args.map(Number);
    if (!nums.length || nums.some(Number.isNaN)) return usageError('seq', 'missing operand');
    const [first, step, last] =
      nums.length === 1 ? [1, 1, nums[0] ?? 1] : nums.length === 2 ? [nums[0] ?? 1, 1, nums[1] ?? 1] : nums;
    const out: string[] = [];
    for (let n = first ?? 1; (step ?? 1) > 0 ? n <= (last ?? 0) : n >= (last ?? 0); n += step || 1) {
      out.push(String(n));
      if (out.length > 100_000) break;
    }
    return ok(out.map((n) => `${n}\n`).join(''));
  },
};
