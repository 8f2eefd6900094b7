import type { CommandSpec } from '../types.ts';
import { DEFAULT_FORMAT, formatDate, parseDate } from './date-format.ts';

const ISO: Record<string, string> = {
  date: '%Y-%m-%d',
  hours: '%Y-%m-%dT%H+00:00',
  minutes: '%Y-%m-%dT%H:%M+00:00',
  seconds: '%Y-%m-%dT%H:%M:%S+00:00',
};

/** `date [-u] [-d WHEN] [+FORMAT] [--iso-8601[=seconds]] [-I]`, in UTC, from the simulated clock. */
export const date: CommandSpec = {
  description: 'print the simulated date and time (-u, -d WHEN, +FORMAT, --iso-8601=seconds)',
  run(args, io) {
    let when = io.clock.now();
    let format = DEFAULT_FORMAT;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i] ?? '';
      if (arg === '-u' || arg === '--utc' || arg === '-R') {
        if (arg === '-R') format = '%a, %d %b %Y %H:%M:%S +0000';
      } else if (arg === '-d' || arg.startsWith('--date=') || (arg.startsWith('-d') && arg.length > 2)) {
        const text = arg === '-d' ? (args[++i] ?? '') : arg.startsWith('-d') ? arg.slice(2) : arg.slice(7);
        const parsed = parseDate(text, io.clock.now());
        if (parsed === null) return { stdout: '', stderr: `date: invalid date '${text}'\n`, exitCode: 1 };
        when = parsed;
      } else if (arg.startsWith('+')) {
        format = arg.slice(1);
      } else if (arg === '-I' || arg.startsWith('--iso-8601') || arg.startsWith('-I')) {
        const unit = arg.includes('=')
          ? arg.slice(arg.indexOf('=') + 1)
          : arg.startsWith('-I')
            ? arg.slice(2) || 'date'
            : 'date';
        const iso = ISO[unit];
        if (!iso)
          return { stdout: '', stderr: `date: invalid argument '${unit}' for '--iso-8601'\n`, exitCode: 1 };
        format = iso;
      } else {
        return { stdout: '', stderr: `date: invalid date '${arg}'\n`, exitCode: 1 };
      }
    }
    return { stdout: `${formatDate(when, format)}\n`, stderr: '', exitCode: 0 };
  },
};
