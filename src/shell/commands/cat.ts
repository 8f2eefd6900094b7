import type { CommandSpec } from '../types.ts';
import { readOperand } from './input.ts';

/** `cat [-n] [file…]`: files in order, `-` or no operand for stdin. */
export const cat: CommandSpec = {
  description: 'print files (or stdin) one after another',
  run(args, io) {
    const number = args.includes('-n');
    const operands = args.filter((a) => a !== '-n');
    let stdout = '';
    let stderr = '';
    for (const operand of operands.length ? operands : ['-']) {
      const read = readOperand(io, operand);
      if (read.ok) stdout += read.text;
      else stderr += `cat: ${operand}: ${read.reason}\n`;
    }
    if (number) {
      let n = 0;
      stdout = stdout.replace(/^(?=.)|(?<=\n)(?=.)/gs, () => `${String(++n).padStart(6)}\t`);
    }
    return { stdout, stderr, exitCode: stderr ? 1 : 0 };
  },
};
