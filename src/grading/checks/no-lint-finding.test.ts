import { describe, expect, it } from 'vitest';
import { allow, lab, serviceTrust, WILDCARD_TRUST } from './test-helpers.ts';

describe('no-lint-finding', () => {
  it('fails for a wildcard trust policy with the linter message', () => {
    const { check, createRole } = lab();
    createRole('AppRole', WILDCARD_TRUST);
    const r = check({ kind: 'no-lint-finding', role: 'AppRole', code: 'trust-any-principal' });
    expect(r.passed).toBe(false);
    expect(r.feedback).toMatch(
      /^the trust policy of AppRole: trust-any-principal at Statement\[0\]\.Principal: /,
    );
  });

  it('passes for a trust policy naming one service', () => {
    const { check, createRole } = lab();
    createRole('AppRole', serviceTrust('ec2.amazonaws.com'));
    expect(
      check({
        kind: 'no-lint-finding',
        role: 'AppRole',
        code: ['trust-any-principal', 'allow-not-principal'],
      }),
    ).toMatchObject({
      passed: true,
      feedback: 'the trust policy of AppRole has no trust-any-principal or allow-not-principal finding',
    });
  });

  it('lints inline and managed policies', () => {
    const { check, createRole, asStudent } = lab();
    createRole('AppRole', serviceTrust('ec2.amazonaws.com'), allow('*', '*'));
    expect(
      check({ kind: 'no-lint-finding', role: 'AppRole', inlinePolicy: 'inline', code: 'allow-all-actions' })
        .passed,
    ).toBe(false);
    asStudent('iam', 'CreatePolicy', {
      PolicyName: 'Reports',
      PolicyDocument: allow('s3:GetObject', 'arn:aws:s3:::b/*'),
    });
    expect(check({ kind: 'no-lint-finding', policy: 'Reports', code: 'allow-all-actions' }).passed).toBe(
      true,
    );
    expect(check({ kind: 'no-lint-finding', policy: 'Missing', code: 'allow-all-actions' }).feedback).toBe(
      'there is no managed policy arn:aws:iam::111111111111:policy/Missing',
    );
  });
});
