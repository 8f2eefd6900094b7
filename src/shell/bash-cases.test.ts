import { describe, expect, it } from 'vitest';
import data from './bash-cases.json' with { type: 'json' };
import { createShell } from './shell.ts';

// Each case was run through the real bash (see the file's $comment); the simulated shell must print the same.
describe('agrees with GNU bash and coreutils', () => {
  for (const c of data.cases) {
    it(c.script, async () => {
      const shell = createShell({ cwd: '/tmp', env: { HOME: '/tmp' } });
      const { stdout, stderr, exitCode } = await shell.run(c.script);
      expect({ stdout, stderr, exitCode }).toEqual({
        stdout: c.stdout,
        stderr: c.stderr,
        exitCode: c.exitCode,
      });
    });
  }
});
