import { describe, expect, it } from 'vitest';
import { allow, lab, serviceTrust, trust } from './test-helpers.ts';

const BUCKET = 'arn:aws:s3:::dev-reports-111111111111';
const REPORT = `${BUCKET}/reports/2025-01.csv`;

/** A role EC2 can use that may read the reports (the learner's least-privilege fix). */
function readerLab(policy = allow('s3:GetObject', `${BUCKET}/reports/*`)) {
  const l = lab();
  l.createRole('ReportsReader', serviceTrust('ec2.amazonaws.com'), policy);
  return l;
}

describe('allowed', () => {
  it('passes when the role session may act', () => {
    const { check } = readerLab();
    const r = check({
      kind: 'allowed',
      principal: 'role/ReportsReader',
      action: 's3:GetObject',
      resource: REPORT,
    });
    expect(r.passed).toBe(true);
    expect(r.feedback).toMatch(
      /^a session of role ReportsReader can s3:GetObject on .*: statement #1 of identity-based policy inline allows/,
    );
  });

  it('fails with the engine reason when no policy allows it', () => {
    const { check } = readerLab();
    const r = check({
      kind: 'allowed',
      principal: 'role/ReportsReader',
      action: ['s3:GetObject', 's3:PutObject'],
      resource: REPORT,
    });
    expect(r.passed).toBe(false);
    expect(r.feedback).toBe(
      `a session of role ReportsReader cannot s3:PutObject on ${REPORT}: no identity-based policy statement allows s3:PutObject on ${REPORT}`,
    );
  });

  it('applies session policies given for the role session', () => {
    const { check } = readerLab();
    const r = check({
      kind: 'allowed',
      principal: 'role/ReportsReader',
      session: {
        policy: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 's3:ListBucket', Resource: '*' }],
        },
      },
      action: 's3:GetObject',
      resource: REPORT,
    });
    expect(r.passed).toBe(false);
    expect(r.feedback).toContain('no session policy statement allows s3:GetObject');
  });

  it('counts the bucket policy for a cross-account caller', () => {
    const { check, createRole, asRoot } = lab();
    const target = 'arn:aws:s3:::account-b-bucket/shared/readme.txt';
    createRole('Reader', serviceTrust('ec2.amazonaws.com'), allow('s3:GetObject', target));
    const spec = { kind: 'allowed', principal: 'role/Reader', action: 's3:GetObject', resource: target };
    expect(check(spec).feedback).toContain('cross-account');
    asRoot('999999999999', 's3', 'PutBucketPolicy', {
      Bucket: 'account-b-bucket',
      Policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: 'arn:aws:iam::111111111111:role/Reader' },
            Action: 's3:GetObject',
            Resource: 'arn:aws:s3:::account-b-bucket/*',
          },
        ],
      }),
    });
    expect(check(spec).passed).toBe(true);
  });

  it('fails for a role that does not exist', () => {
    const { check } = lab();
    expect(
      check({ kind: 'allowed', principal: 'role/Nope', action: 's3:GetObject', resource: REPORT }).feedback,
    ).toBe('a session of role Nope cannot act: role Nope does not exist');
  });

  it("asks as the learner's current credentials, session policy included", () => {
    const { check, asStudent } = readerLab(allow('s3:*', `${BUCKET}/*`));
    asStudent('iam', 'UpdateAssumeRolePolicy', {
      RoleName: 'ReportsReader',
      PolicyDocument: trust('arn:aws:iam::111111111111:user/student'),
    });
    const spec = { kind: 'allowed', principal: 'current', action: 's3:DeleteObject', resource: REPORT };
    expect(check(spec).feedback).toBe(
      "your shell's credentials cannot act: the grader could not see which credentials your shell uses (with a role profile, run an aws command such as `aws sts get-caller-identity` first)",
    );
    const out = asStudent('sts', 'AssumeRole', {
      RoleArn: 'arn:aws:iam::111111111111:role/ReportsReader',
      RoleSessionName: 'script',
      Policy: allow('s3:GetObject', `${BUCKET}/reports/*`),
    });
    const c = out.Credentials as { AccessKeyId: string; SecretAccessKey: string; SessionToken: string };
    const currentCaller = {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      sessionToken: c.SessionToken,
    };
    expect(check({ ...spec, action: 's3:GetObject' }, { currentCaller }).passed).toBe(true);
    expect(check({ ...spec, kind: 'denied' }, { currentCaller }).feedback).toBe(
      `your shell's credentials (arn:aws:sts::111111111111:assumed-role/ReportsReader/script) cannot s3:DeleteObject on ${REPORT}: no session policy statement allows s3:DeleteObject on ${REPORT}`,
    );
  });

  it('refuses a service principal at the boundary', () => {
    const { check } = lab();
    expect(() => check({ kind: 'allowed', principal: 'ec2.amazonaws.com', action: 's3:GetObject' })).toThrow(
      /allowed\/denied ask as a user or a role session/,
    );
  });
});

describe('denied', () => {
  it('passes for a least-privilege policy', () => {
    const { check } = readerLab();
    expect(
      check({ kind: 'denied', principal: 'role/ReportsReader', action: 's3:DeleteObject', resource: REPORT })
        .passed,
    ).toBe(true);
    const salaries = `${BUCKET}/private/salaries.csv`;
    const r = check({
      kind: 'denied',
      principal: 'role/ReportsReader',
      action: 's3:GetObject',
      resource: salaries,
    });
    expect(r.passed).toBe(true);
    expect(r.feedback).toBe(
      `a session of role ReportsReader cannot s3:GetObject on ${salaries}: no identity-based policy statement allows s3:GetObject on ${salaries}`,
    );
  });

  it('fails for Action "*", naming the statement that allows too much', () => {
    const { check } = readerLab(allow('*', '*'));
    const r = check({
      kind: 'denied',
      principal: 'role/ReportsReader',
      action: ['s3:GetObject', 's3:DeleteObject'],
      resource: REPORT,
    });
    expect(r.passed).toBe(false);
    expect(r.feedback).toBe(
      `a session of role ReportsReader can s3:GetObject on ${REPORT}, but must not: statement #1 of identity-based policy inline allows s3:GetObject on ${REPORT} (same account 111111111111)`,
    );
  });

  it('sees permissions boundaries', () => {
    const { check, asStudent } = readerLab(allow('s3:*', '*'));
    asStudent('iam', 'PutRolePermissionsBoundary', {
      RoleName: 'ReportsReader',
      PermissionsBoundary: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
    });
    expect(
      check({ kind: 'denied', principal: 'role/ReportsReader', action: 's3:DeleteObject', resource: REPORT })
        .passed,
    ).toBe(true);
    expect(
      check({ kind: 'allowed', principal: 'role/ReportsReader', action: 's3:GetObject', resource: REPORT })
        .passed,
    ).toBe(true);
  });

  it('asks as an IAM user with its group and inline policies', () => {
    const { check } = lab();
    const r = check({
      kind: 'denied',
      principal: 'arn:aws:iam::111111111111:user/student',
      action: 's3:GetObject',
      resource: REPORT,
    });
    expect(r.passed).toBe(true);
  });
});
