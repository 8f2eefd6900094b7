import type { CommandSpec } from '../types.ts';
import { usageError } from './flags.ts';

const ok = (stdout = '') => ({ stdout, stderr: '', exitCode: 0 });

/** The escape sequence `clear` prints: cursor home, then erase the screen. xterm (and the terminal island) obey it. */
export const CLEAR_SCREEN = '\x1b[H\x1b[2J';

export const pwd: CommandSpec = {
  description: 'print the working directory',
  run: (_a, io) => ok(`${io.cwd}\n`),
};

export const env: CommandSpec = {
  description: 'print the exported environment',
  run: (_a, io) =>
    ok(
      Object.entries(io.env)
        .map(([k, v]) => `${k}=${v}\n`)
        .join(''),
    ),
};

export const printenv: CommandSpec = {
  description: 'print environment variables (printenv NAME)',
  run(args, io) {
    if (!args.length)
      return ok(
        Object.entries(io.env)
          .map(([k, v]) => `${k}=${v}\n`)
          .join(''),
      );
    const found = args.filter((n) => n in io.env);
    return {
      stdout: found.map((n) => `${io.env[n]}\n`).join(''),
      stderr: '',
      exitCode: found.length === args.length ? 0 : 1,
    };
  },
};

export const whoami: CommandSpec = {
  description: 'print the user name',
  run: (_a, io) => ok(`${io.user}\n`),
};

export const hostname: CommandSpec = {
  description: 'print the host name',
  run: (_a, io) => ok(`${io.hostname}\n`),
};

export const clear: CommandSpec = {
  description: 'clear the terminal screen',
  run: () => ok(CLEAR_SCREEN),
};

export const trueCommand: CommandSpec = { description: 'do nothing, successfully', run: () => ok() };

export const falseCommand: CommandSpec = {
  description: 'do nothing, unsuccessfully',
  run: () => ({ stdout: '', stderr: '', exitCode: 1 }),
};

const UNITS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

/** `sleep N[smhd]…`: moves the simulated clock at once; nothing actually waits. */
export const sleep: CommandSpec = {
  description: 'wait (simulated: moves the clock instantly), e.g. sleep 3600',
  run(args, io) {
    if (!args.length) return usageError('sleep', 'missing operand');
    let seconds = 0;
    for (const arg of args) {
      const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(arg);
      if (!m) return usageError('sleep', `invalid time interval '${arg}'`);
      seconds += Number(m[1]) * (UNITS[m[2] ?? ''] ?? 1);
    }
    io.clock.advance(Math.round(seconds * 1000));
    return ok();
  },
};
