import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_SOLUTION, EXAMPLE_YAML } from '../grading/exercise/example.ts';

const LAB = join(import.meta.dirname, 'lab.ts');
const lab = (args: string[]) => spawnSync(process.execPath, [LAB, ...args], { encoding: 'utf8' });

/** An exercises folder holding the example exercise with `solution` as its solution.sh. */
function folder(solution: string): string {
  const root = mkdtempSync(join(tmpdir(), 'lab-exercises-'));
  const dir = join(root, 'ec2-reports-reader');
  mkdirSync(dir);
  writeFileSync(join(dir, 'exercise.yaml'), EXAMPLE_YAML);
  writeFileSync(join(dir, 'solution.sh'), solution);
  return root;
}

describe('lab exercises', () => {
  it('verify proves an exercise and prints its row', () => {
    const r = lab(['exercises', 'verify', '--dir', folder(EXAMPLE_SOLUTION)]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      [
        'exercise            level         allow/deny  start       solution    alt-solution  proof',
        '------------------  ------------  ----------  ----------  ----------  ------------  -----',
        'ec2-reports-reader  intermediate  5/2         fails 3/10  pass 10/10  -             ok',
        '1 exercise proven: each starts unsolved and every solution passes',
        '',
      ].join('\n'),
    );
  });

  it('verify fails with the failing checks and commands named', () => {
    const r = lab(['exercises', 'verify', '--dir', folder('aws iam list-roles --bogus\n')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('ec2-reports-reader  intermediate  5/2         fails 3/10  FAIL 3/10');
    expect(r.stdout).toContain('  solution.sh:1: exit 252: aws iam list-roles --bogus\n');
    expect(r.stdout).toContain(
      '  solution.sh: check role-created fails: there is no role named ReportsReader',
    );
    expect(r.stdout).toMatch(/1 of 1 exercises failed: ec2-reports-reader\n$/);
  });

  it('list shows every exercise of the repository with its lesson', () => {
    const r = lab(['exercises', 'list']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^exercise +level +lesson +allow\/deny +points +alt\n/);
    expect(r.stdout).toMatch(
      /\nec2-read-one-bucket +basic +service-roles\/ec2-instance-profiles +5\/5 +10 +yes\n/,
    );
  });

  it('names an unknown exercise and a bad subcommand', () => {
    expect(lab(['exercises', 'verify', 'no-such-exercise'])).toMatchObject({
      status: 1,
      stderr: 'lab exercises: no exercise named no-such-exercise\n',
    });
    const bad = lab(['exercises', 'prove']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^lab exercises: unknown subcommand prove\nusage: lab exercises list/);
  });
});
