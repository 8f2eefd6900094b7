import type { CommandIo, CommandSpec } from '../types.ts';
import { describeFsError, type FsStat } from '../vfs.ts';
import { parseFlags, usageError } from './flags.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SIX_MONTHS = 182 * 24 * 3600 * 1000;

interface Entry {
  name: string;
  stat: FsStat;
  links: number;
}

/** `ls [-laA1] [path…]`: columns on the terminal, one name a line otherwise; `-l` in coreutils' long format. */
export const ls: CommandSpec = {
  description: 'list directory contents (-l long, -a all, -1 one per line)',
  run(args, io) {
    const flags = parseFlags(args, { switches: 'laA1dhtr', long: { all: 'a', 'almost-all': 'A' } });
    if ('error' in flags) return usageError('ls', flags.error, 2);
    const long = flags.set.has('l');
    const operands = flags.operands.length ? flags.operands : ['.'];
    const files: Entry[] = [];
    const dirs: { name: string; entries: Entry[] }[] = [];
    let stderr = '';
    for (const operand of operands) {
      const path = io.path(operand);
      const stat = io.fs.stat(path);
      if (!stat.ok) {
        stderr += `ls: cannot access '${operand}': ${describeFsError(stat.error.code)}\n`;
        continue;
      }
      if (stat.value.type === 'file' || flags.set.has('d')) files.push(entry(io, path, operand, stat.value));
      else dirs.push({ name: operand, entries: listDir(io, path, flags.set) });
    }
    const show = (entries: Entry[], total: boolean) => {
      if (long) return formatLong(entries, io, total);
      const names = entries.map((e) => e.name);
      if (!io.isTerminal || flags.set.has('1')) return names.map((n) => `${n}\n`).join('');
      return columns(names, Number(io.env.COLUMNS) || 80);
    };
    const blocks: string[] = [];
    if (files.length) blocks.push(show(files, false));
    for (const dir of dirs) {
      const header = operands.length > 1 ? `${dir.name}:\n` : '';
      blocks.push(header + show(dir.entries, true));
    }
    return { stdout: blocks.join('\n'), stderr, exitCode: stderr ? 2 : 0 };
  },
};

function entry(io: CommandIo, path: string, name: string, stat: FsStat): Entry {
  const listing = stat.type === 'dir' ? io.fs.readdir(path) : null;
  const subdirs = listing?.ok ? listing.value.filter((n) => isDir(io, `${path}/${n}`)).length : 0;
  return { name, stat, links: stat.type === 'dir' ? 2 + subdirs : 1 };
}

function isDir(io: CommandIo, path: string): boolean {
  const s = io.fs.stat(path);
  return s.ok && s.value.type === 'dir';
}

function listDir(io: CommandIo, path: string, set: ReadonlySet<string>): Entry[] {
  const names = io.fs.readdir(path);
  if (!names.ok) return [];
  const all = set.has('a')
    ? ['.', '..', ...names.value]
    : names.value.filter((n) => set.has('A') || !n.startsWith('.'));
  const entries = all.flatMap((name) => {
    const full = name === '.' ? path : name === '..' ? `${path}/..` : `${path === '/' ? '' : path}/${name}`;
    const stat = io.fs.stat(io.path(full));
    return stat.ok ? [entry(io, io.path(full), name, stat.value)] : [];
  });
  if (set.has('t')) entries.sort((a, b) => b.stat.mtime - a.stat.mtime);
  if (set.has('r')) entries.reverse();
  return entries;
}

function mode(stat: FsStat): string {
  const bits = ['r', 'w', 'x'];
  let out = stat.type === 'dir' ? 'd' : '-';
  for (let i = 8; i >= 0; i--) out += stat.mode & (1 << i) ? (bits[(8 - i) % 3] ?? '-') : '-';
  return out;
}

function when(mtime: number, now: number): string {
  const d = new Date(mtime);
  const day = String(d.getUTCDate()).padStart(2);
  const month = MONTHS[d.getUTCMonth()];
  if (Math.abs(now - mtime) > SIX_MONTHS) return `${month} ${day}  ${d.getUTCFullYear()}`;
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${month} ${day} ${hh}:${mm}`;
}

function formatLong(entries: Entry[], io: CommandIo, total: boolean): string {
  const linkWidth = Math.max(0, ...entries.map((e) => String(e.links).length));
  const sizeWidth = Math.max(0, ...entries.map((e) => String(e.stat.size).length));
  const blocks = entries.reduce((sum, e) => sum + Math.ceil(e.stat.size / 4096) * 4, 0);
  const now = io.clock.now();
  const rows = entries.map(
    (e) =>
      `${mode(e.stat)} ${String(e.links).padStart(linkWidth)} ${io.user} ${io.user} ${String(e.stat.size).padStart(sizeWidth)} ${when(e.stat.mtime, now)} ${e.name}\n`,
  );
  return (total ? `total ${blocks}\n` : '') + rows.join('');
}

/** GNU ls's vertical columns: as many as fit in `width`, each as wide as its longest name plus two spaces. */
export function columns(names: readonly string[], width: number): string {
  if (names.length === 0) return '';
  for (let cols = names.length; cols >= 1; cols--) {
    const rows = Math.ceil(names.length / cols);
    const widths: number[] = [];
    for (let c = 0; c * rows < names.length; c++)
      widths.push(Math.max(...names.slice(c * rows, (c + 1) * rows).map((n) => n.length)));
    const total = widths.reduce((a, w) => a + w + 2, 0) - 2;
    if (total > width && cols > 1) continue;
    let out = '';
    for (let r = 0; r < rows; r++) {
      const row: string[] = [];
      for (let c = 0; c < widths.length; c++) {
        const name = names[c * rows + r];
        if (name !== undefined) row.push(name.padEnd(widths[c] ?? 0));
      }
      out += `${row.join('  ').trimEnd()}\n`;
    }
    return out;
  }
  return '';
}
