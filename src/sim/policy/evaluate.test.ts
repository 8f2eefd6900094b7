import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.ts';
import { explainText } from './explain-text.ts';
import { doc, policy } from './test-helpers.ts';

const USER = 'arn:aws:iam::111111111111:user/student';
const OBJECT = 'arn:aws:s3:::lab-bucket/file.txt';
const allowGet = doc({
  Sid: 'AllowGet',
  Effect: 'Allow',
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::lab-bucket/*',
});

describe('evaluate explanations', () => {
  it('names the statement that allowed', () => {
    const r = evaluate(
      { principal: USER, action: 's3:GetObject', resource: OBJECT, resourceAccount: '111111111111' },
      {
        identity: [policy('identity', allowGet, 'ReadLab')],
      },
    );
    expect(r.decision).toBe('Allow');
    expect(r.explanation.rule).toBe('allow-identity');
    expect(r.explanation.deciding).toEqual([
      { policyType: 'identity', policyIndex: 0, policyName: 'ReadLab', sid: 'AllowGet', statementIndex: 0 },
    ]);
    expect(r.explanation.summary).toBe(
      'Allow: statement "AllowGet" of identity-based policy ReadLab allows s3:GetObject on arn:aws:s3:::lab-bucket/file.txt (same account 111111111111)',
    );
  });

  it('names the explicit deny and explains statements that did not apply', () => {
    const deny = doc({
      Effect: 'Deny',
      Action: 's3:*',
      Resource: '*',
      Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } },
    });
    const put = doc({ Effect: 'Allow', Action: 's3:PutObject', Resource: '*' });
    const r = evaluate(
      {
        principal: USER,
        action: 's3:GetObject',
        resource: OBJECT,
        resourceAccount: '111111111111',
        context: { 'aws:MultiFactorAuthPresent': 'false' },
      },
      { identity: [policy('identity', allowGet), policy('identity', deny), policy('identity', put)] },
    );
    expect(r.decision).toBe('ExplicitDeny');
    expect(r.explanation.summary).toBe(
      'ExplicitDeny: statement #1 of identity-based policy #2 explicitly denies s3:GetObject on arn:aws:s3:::lab-bucket/file.txt',
    );
    expect(r.explanation.policies[2]?.statements[0]?.reason).toBe(
      'action s3:GetObject does not match Action ["s3:PutObject"]',
    );
  });

  it('says which condition key was absent', () => {
    const mfa = doc({
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: '*',
      Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
    });
    const r = evaluate(
      { principal: USER, action: 's3:GetObject', resource: OBJECT, resourceAccount: '111111111111' },
      {
        identity: [policy('identity', mfa)],
      },
    );
    expect(r.decision).toBe('ImplicitDeny');
    expect(r.explanation.implicitDenyBy).toBe('identity');
    expect(r.explanation.policies[0]?.statements[0]?.reason).toBe(
      'condition Bool "aws:MultiFactorAuthPresent" ["true"] is not met: aws:MultiFactorAuthPresent is absent from the request context',
    );
  });

  it('blames the permissions boundary', () => {
    const all = doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' });
    const onlyGet = doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' });
    const r = evaluate(
      { principal: USER, action: 's3:PutObject', resource: OBJECT, resourceAccount: '111111111111' },
      {
        identity: [policy('identity', all)],
        permissionsBoundary: policy('permissionsBoundary', onlyGet),
      },
    );
    expect(r.explanation.summary).toBe(
      'ImplicitDeny: no permissions boundary statement allows s3:PutObject on arn:aws:s3:::lab-bucket/file.txt',
    );
  });

  it('says the role trust policy does not name the service', () => {
    const trust = doc({
      Effect: 'Allow',
      Principal: { Service: 'lambda.amazonaws.com' },
      Action: 'sts:AssumeRole',
    });
    const r = evaluate(
      {
        principal: 'ec2.amazonaws.com',
        action: 'sts:AssumeRole',
        resource: 'arn:aws:iam::111111111111:role/App',
      },
      {
        resource: policy('resource', trust),
      },
    );
    expect(r.decision).toBe('ImplicitDeny');
    expect(r.explanation.summary).toBe('ImplicitDeny: the role trust policy does not name ec2.amazonaws.com');
  });

  it('explains a cross-account denial by the resource policy', () => {
    const bucket = doc({
      Effect: 'Allow',
      Principal: { AWS: '222222222222' },
      Action: 's3:GetObject',
      Resource: '*',
    });
    const r = evaluate(
      { principal: USER, action: 's3:GetObject', resource: OBJECT, resourceAccount: '999999999999' },
      {
        identity: [policy('identity', allowGet)],
        resource: policy('resource', bucket),
      },
    );
    expect(r.explanation.crossAccount).toBe(true);
    expect(r.explanation.summary).toBe(
      'ImplicitDeny: cross-account: the resource policy of account 999999999999 does not allow arn:aws:iam::111111111111:user/student to perform s3:GetObject on arn:aws:s3:::lab-bucket/file.txt',
    );
  });

  it('renders readable text and serialises the explanation', () => {
    const r = evaluate(
      { principal: USER, action: 's3:GetObject', resource: OBJECT, resourceAccount: '111111111111' },
      {
        identity: [policy('identity', allowGet)],
      },
    );
    expect(explainText(r)).toContain('+ statement "AllowGet" (Allow) applies');
    expect(JSON.parse(JSON.stringify(r))).toMatchObject({
      decision: 'Allow',
      explanation: { rule: 'allow-identity' },
    });
  });
});
