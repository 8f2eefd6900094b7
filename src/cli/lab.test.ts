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

const goodCase = {
  id: 'identity-allow',
  request: {
    principal: 'arn:aws:iam::111122223333:user/alice',
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::b/k',
    resourceAccount: '111122223333',
  },
  policies: {
    identity: [
      { Version: '2012-10-17', Statement: { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' } },
    ],
    resource: null,
    permissionsBoundary: null,
    session: null,
    scps: null,
  },
  expected: { decision: 'Allow' },
  rule: 'extra fields are tolerated',
};

function file(content: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'lab-eval-')), 'cases.json');
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('lab eval (through the front door)', () => {
  it('prints id, decision and explanation for a file of cases', () => {
    const run = lab([
      'eval',
      file([goodCase, { ...goodCase, id: 'no-policy', policies: { ...goodCase.policies, identity: [] } }]),
    ]);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.map((r: { id: string; decision: string }) => [r.id, r.decision])).toEqual([
      ['identity-allow', 'Allow'],
      ['no-policy', 'ImplicitDeny'],
    ]);
    expect(out[0].explanation.summary).toMatch(
      /^Allow: statement #1 of identity-based policy #1 allows s3:GetObject/,
    );
    expect(run.stdout).toContain('\n  {\n    "id": "identity-allow"');
  });

  it('reads a single case from stdin with -', () => {
    const run = lab(['eval', '-'], JSON.stringify(goodCase));
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)[0]).toMatchObject({ id: 'identity-allow', decision: 'Allow' });
  });

  it('rejects a malformed case naming the case and field', () => {
    const bad = { ...goodCase, id: 'x', request: { ...goodCase.request, action: 5 } };
    const run = lab(['eval', file([goodCase, goodCase, goodCase, bad])]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('lab eval: case 3 ("x"): request.action: expected a string\n');
  });

  it('rejects a malformed policy document naming the case and policy', () => {
    const doc = {
      Version: '2012-10-17',
      Statement: { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' },
    };
    const run = lab(['eval', file({ ...goodCase, policies: { ...goodCase.policies, identity: [doc] } })]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'lab eval: case 0 ("identity-allow"): policies.identity[0]: MalformedPolicyDocument: Policy document should not specify a principal. (at Statement[0].Principal)\n',
    );
  });

  it('rejects invalid JSON and unknown subcommands with exit code 2', () => {
    expect(lab(['eval', file('{ nope')]).status).toBe(2);
    const unknown = lab(['frobnicate']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('lab: unknown command "frobnicate"');
    expect(unknown.stderr).toContain('usage: lab <command>');
  });
});
