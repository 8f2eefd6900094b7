import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LAB = join(import.meta.dirname, 'lab.ts');
const lab = (args: string[], input?: string) =>
  spawnSync(process.execPath, [LAB, ...args], {
    encoding: 'utf8',
    ...(input === undefined ? {} : { input }),
  });

function file(content: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'lab-lint-')), 'policy.json');
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const trust = (Principal: unknown) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal, Action: 'sts:AssumeRole' }],
});

describe('lab lint (through the front door)', () => {
  it('prints the findings as JSON and exits 1', () => {
    const run = lab(['lint', file(trust('*')), '--kind', 'trust']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([
      expect.objectContaining({
        code: 'trust-any-principal',
        severity: 'security-warning',
        statement: { index: 0 },
        path: 'Statement[0].Principal',
      }),
    ]);
    expect(run.stdout).toContain('\n  {\n    "code": "trust-any-principal"');
  });

  it('prints [] and exits 0 for a clean policy read from stdin', () => {
    const run = lab(
      ['lint', '-', '--kind', 'trust'],
      JSON.stringify(trust({ Service: 'ec2.amazonaws.com' })),
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('[]\n');
  });

  it('passes --account to the cross-account check', () => {
    const doc = file(trust({ AWS: 'arn:aws:iam::111122223333:root' }));
    expect(lab(['lint', doc, '--kind', 'trust', '--account', '111122223333']).status).toBe(0);
    const other = lab(['lint', doc, '--kind', 'trust', '--account', '444455556666']);
    expect(other.status).toBe(1);
    expect(JSON.parse(other.stdout)[0].code).toBe('trust-cross-account-no-external-id');
  });

  it('reports a document IAM would reject as an error finding (exit 1)', () => {
    const run = lab(['lint', file('{ nope'), '--kind', 'identity']);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual([
      {
        code: 'malformed-policy-document',
        severity: 'error',
        message: 'Syntax errors in policy.',
        statement: { index: -1 },
        path: '',
      },
    ]);
  });

  it('rejects bad usage with exit 2 and the usage line', () => {
    const noKind = lab(['lint', file(trust('*'))]);
    expect(noKind.status).toBe(2);
    expect(noKind.stderr).toBe(
      'lab lint: --kind is required\nusage: lab lint FILE --kind identity|resource|trust|boundary|session|scp [--account ID]   (- reads stdin)\n',
    );
    expect(lab(['lint', file(trust('*')), '--kind', 'role']).stderr).toContain('unknown kind "role"');
    expect(lab(['lint', '/nonexistent/p.json', '--kind', 'trust']).status).toBe(2);
    expect(lab(['lint', file(trust('*')), '--kind', 'trust', '--account', '12']).status).toBe(2);
    expect(lab(['--help']).stdout).toContain('lint ');
  });
});
