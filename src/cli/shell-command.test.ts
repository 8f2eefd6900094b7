import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LAB = join(import.meta.dirname, 'lab.ts');
const lab = (args: string[], input?: string) =>
  spawnSync(process.execPath, [LAB, ...args], {
    encoding: 'utf8',
    ...(input === undefined ? {} : { input }),
  });

describe('lab shell (through the front door)', () => {
  it('runs -c in the default sandbox; the exit code is the last command', () => {
    const run = lab([
      'shell',
      '-c',
      'aws sts get-caller-identity --query Arn --output text\naws iam get-role --role-name x',
    ]);
    expect(run.stdout).toBe('arn:aws:iam::111111111111:user/student\n');
    expect(run.stderr).toBe(
      '\nAn error occurred (NoSuchEntity) when calling the GetRole operation: The role with name x cannot be found.\n',
    );
    expect(run.status).toBe(254);
  });

  it('reads a script from stdin with -', () => {
    const run = lab(['shell', '-'], 'cat > t.json <<EOF\n{"a": 1}\nEOF\njq .a t.json\nexit 3\n');
    expect(run.stdout).toBe('1\n');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(3);
  });

  it('is listed in lab --help', () => {
    expect(lab(['--help']).stdout).toContain('  shell      run commands in the simulated lab shell');
  });
});
