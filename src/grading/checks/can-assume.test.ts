import { describe, expect, it } from 'vitest';
import { lab, serviceTrust, trust, VENDOR, WILDCARD_TRUST } from './test-helpers.ts';

describe('can-assume', () => {
  it('passes for the service the trust policy names', () => {
    const { check, createRole } = lab();
    createRole('AppRole', serviceTrust('lambda.amazonaws.com'));
    const r = check({ kind: 'can-assume', principal: 'lambda.amazonaws.com', role: 'AppRole' });
    expect(r.passed).toBe(true);
    expect(r.feedback).toMatch(/^lambda\.amazonaws\.com can assume AppRole: /);
  });

  it('fails for another service, naming whom the trust policy trusts', () => {
    const { check, createRole } = lab();
    createRole('AppRole', serviceTrust('lambda.amazonaws.com'));
    const r = check({ kind: 'can-assume', principal: 'ec2.amazonaws.com', role: 'AppRole', points: 2 });
    expect(r).toMatchObject({ passed: false, points: 0, maxPoints: 2 });
    expect(r.feedback).toBe(
      "ec2.amazonaws.com cannot assume AppRole: the trust policy's only statement names lambda.amazonaws.com",
    );
  });

  it('fails when the role does not exist', () => {
    const { check } = lab();
    const r = check({ kind: 'can-assume', principal: 'ec2.amazonaws.com', role: 'Nope' });
    expect(r.feedback).toBe(
      'ec2.amazonaws.com cannot assume Nope: role Nope does not exist in account 111111111111',
    );
  });

  it('asks with the ExternalId the vendor must send', () => {
    const { check, createRole } = lab();
    createRole('VendorAudit', trust(VENDOR, { StringEquals: { 'sts:ExternalId': 'ext-123' } }));
    const spec = { kind: 'can-assume', principal: VENDOR, role: 'VendorAudit' };
    expect(check({ ...spec, context: { externalId: 'ext-123' } }).passed).toBe(true);
    const without = check(spec);
    expect(without.passed).toBe(false);
    expect(without.feedback).toBe(
      'no identity of account 222222222222 can assume VendorAudit: the trust policy\'s condition is not met: condition StringEquals "sts:ExternalId" ["ext-123"] is not met: sts:ExternalId is absent from the request context',
    );
  });

  it("counts the caller's own identity policies for IAM users", () => {
    const { check, createRole, asStudent } = lab();
    createRole('Admin', trust('111111111111'));
    expect(check({ kind: 'can-assume', principal: 'user/student', role: 'Admin' }).passed).toBe(true);
    asStudent('iam', 'PutUserPolicy', {
      UserName: 'student',
      PolicyName: 'NoAssume',
      PolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Deny', Action: 'sts:AssumeRole', Resource: '*' }],
      }),
    });
    const r = check({ kind: 'can-assume', principal: 'user/student', role: 'Admin' });
    expect(r.passed).toBe(false);
    expect(r.feedback).toContain('NoAssume');
  });

  it('evaluates a GitHub Actions web identity against the sub condition', () => {
    const { check, createRole, asRoot } = lab();
    asRoot('111111111111', 'iam', 'CreateOpenIDConnectProvider', {
      Url: 'https://token.actions.githubusercontent.com',
      ClientIDList: ['sts.amazonaws.com'],
      ThumbprintList: ['6938fd4d98bab03faadb97b34396831e3780aea1'],
    });
    createRole('Deploy', {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: {
            Federated: 'arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com',
          },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: {
            StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
            StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme/app:ref:refs/heads/main' },
          },
        },
      ],
    });
    const ask = (sub: string) =>
      check({
        kind: 'can-assume',
        role: 'Deploy',
        webIdentity: {
          provider: 'token.actions.githubusercontent.com',
          claims: { aud: 'sts.amazonaws.com', sub },
        },
      });
    expect(ask('repo:acme/app:ref:refs/heads/main').passed).toBe(true);
    const fork = ask('repo:mallory/app:ref:refs/heads/main');
    expect(fork.passed).toBe(false);
    expect(fork.feedback).toMatch(
      /^a token\.actions\.githubusercontent\.com token with sub repo:mallory.* cannot assume Deploy: .*sub/,
    );
  });

  it('refuses a check naming two callers', () => {
    const { check } = lab();
    expect(() =>
      check({ kind: 'can-assume', role: 'X', principal: 'ec2.amazonaws.com', saml: { provider: 'Okta' } }),
    ).toThrow(/exactly one of principal, webIdentity or saml/);
  });
});

describe('cannot-assume', () => {
  it('passes when the vendor account is not trusted', () => {
    const { check, createRole } = lab();
    createRole('AppRole', serviceTrust('ec2.amazonaws.com'));
    const r = check({ kind: 'cannot-assume', principal: VENDOR, role: 'AppRole' });
    expect(r.passed).toBe(true);
    expect(r.feedback).toBe(
      "no identity of account 222222222222 can assume AppRole: the trust policy's only statement names ec2.amazonaws.com",
    );
  });

  it('fails for a wildcard trust policy, naming the vendor user that gets in', () => {
    const { check, createRole } = lab();
    createRole('AppRole', WILDCARD_TRUST);
    const r = check({ kind: 'cannot-assume', principal: VENDOR, role: 'AppRole' });
    expect(r.passed).toBe(false);
    expect(r.feedback).toMatch(/^user vendor-app of account 222222222222 can assume AppRole, but must not: /);
  });

  it('fails when the whole vendor account is trusted, even though only an administrator could use it', () => {
    const { check, createRole } = lab();
    createRole('AppRole', trust(`arn:aws:iam::${VENDOR}:root`));
    const r = check({ kind: 'cannot-assume', principal: VENDOR, role: 'AppRole' });
    expect(r.passed).toBe(false);
  });

  it('passes for a vendor without the ExternalId, fails with it', () => {
    const { check, createRole } = lab();
    createRole('VendorAudit', trust(VENDOR, { StringEquals: { 'sts:ExternalId': 'ext-123' } }));
    expect(check({ kind: 'cannot-assume', principal: VENDOR, role: 'VendorAudit' }).passed).toBe(true);
    const r = check({
      kind: 'cannot-assume',
      principal: VENDOR,
      role: 'VendorAudit',
      context: { externalId: 'ext-123' },
    });
    expect(r.passed).toBe(false);
  });

  it('honours MFA conditions', () => {
    const { check, createRole } = lab();
    createRole('Breakglass', trust('111111111111', { Bool: { 'aws:MultiFactorAuthPresent': 'true' } }));
    expect(check({ kind: 'cannot-assume', principal: 'user/student', role: 'Breakglass' }).passed).toBe(true);
    expect(
      check({ kind: 'cannot-assume', principal: 'user/student', role: 'Breakglass', context: { mfa: true } })
        .passed,
    ).toBe(false);
  });
});
