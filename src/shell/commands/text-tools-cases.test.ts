import { describe, expect, it } from 'vitest';
import { createShell } from '../shell.ts';
import data from './text-tools-cases.json' with { type: 'json' };

// Each case was run through the real mawk and GNU sed (see the file's $comment); the subsets must print the same.
describe('awk and sed agree with mawk and GNU sed', () => {
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
