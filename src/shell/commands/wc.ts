import { byteLength } from '../bytes.ts';
import type { CommandSpec } from '../types.ts';
import { parseFlags, usageError } from './flags.ts';
import { readOperand } from './input.ts';

/** `wc [-lwc] [file…]`: counts padded like coreutils (width of the largest count; 7 for stdin alone). */
export const wc: CommandSpec = {
  description: 'count lines, words and bytes (-l, -w, -c)',
  run(args, io) {
    const flags = parseFlags(args, {
      switches: 'lwcm',
      long: { lines: 'l', words: 'w', bytes: 'c', chars: 'm' },
    });
    if ('error' in flags) return usageError('wc', flags.error);
    const chosen = (['l', 'w', 'c', 'm'] as const).filter((k) => flags.set.has(k));
    const keys = chosen.length ? chosen : (['l', 'w', 'c'] as const);
    const rows: { counts: number[]; name: string }[] = [];
    let stderr = '';
    const files = flags.operands.length ? flags.operands : ['-'];
    for (const file of files) {
      const read = readOperand(io, file);
      if (!read.ok) {
        stderr += `wc: ${file}: ${read.reason}\n`;
        continue;
      }
      const t = read.text;
      const all = {
        l: (t.match(/\n/g) ?? []).length,
        w: t.split(/\s+/).filter(Boolean).length,
        c: byteLength(t),
        m: [...t].length,
      };
      rows.push({ counts: keys.map((k) => all[k]), name: flags.operands.length ? file : '' });
    }
    if (rows.length > 1)
      rows.push({
        counts: keys.map((_, i) => rows.reduce((s, r) => s + (r.counts[i] ?? 0), 0)),
        name: 'total',
      });
    const onlyStdin = !flags.operands.length;
    const width =
      keys.length === 1 && rows.length === 1
        ? 0
        : onlyStdin
          ? 7
          : Math.max(...rows.flatMap((r) => r.counts.map((c) => String(c).length)));
    const stdout = rows
      .map(
        (r) => `${r.counts.map((c) => String(c).padStart(width)).join(' ')}${r.name ? ` ${r.name}` : ''}\n`,
      )
      .join('');
    return { stdout, stderr, exitCode: stderr ? 1 : 0 };
  },
};
