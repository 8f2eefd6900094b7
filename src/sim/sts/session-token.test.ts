import { describe, expect, it } from 'vitest';
import { revokeRoleSessions } from '../iam/revoke-sessions.ts';
import { allow, sandbox, trust } from '../scenarios/fixtures.ts';

const DEV = '111111111111';
const STUDENT = `arn:aws:iam::${DEV}:user/student`;
const devRoot = { principal: `arn:aws:iam::${DEV}:root` };
type Creds = { Credentials: { AccessKeyId: string; SecretAccessKey: string; SessionToken: string } };
const asCaller = (r: unknown) => {
  const c = (r as Creds).Credentials;
  return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken };
};

/** A student with an enabled virtual MFA device; returns its serial number. */
function withMfa(world: ReturnType<typeof sandbox>['world']): string {
  const serial = `arn:aws:iam::${DEV}:mfa/student`;
  world.call(devRoot, 'iam', 'CreateVirtualMFADevice', { VirtualMFADeviceName: 'student' });
  world.call(devRoot, 'iam', 'EnableMFADevice', {
    UserName: 'student',
    SerialNumber: serial,
    AuthenticationCode1: world.mfaCode(serial, -1),
    AuthenticationCode2: world.mfaCode(serial),
  });
  world.clock.advance(30_000);
  return serial;
}

describe('GetSessionToken', () => {
  it('without MFA: the same user, 12 hours, no IAM calls, no second GetSessionToken', () => {
    const { world, student } = sandbox();
    const out = world.call(student, 'sts', 'GetSessionToken', {});
    expect(out).toMatchObject({ Credentials: { Expiration: '2025-01-15T21:00:00Z' } });
    const token = asCaller(out);
    expect(world.call(token, 'sts', 'GetCallerIdentity', {})).toMatchObject({ Arn: STUDENT });
    expect(world.call(token, 'iam', 'ListRoles', {})).toMatchObject({
      code: 'InvalidClientTokenId',
      message: 'The security token included in the request is invalid.',
    });
    expect(world.call(token, 'sts', 'GetSessionToken', {})).toMatchObject({
      code: 'AccessDenied',
      message: 'Cannot call GetSessionToken with session credentials',
    });
    expect(world.call(student, 'sts', 'GetSessionToken', { DurationSeconds: 600 })).toMatchObject({
      code: 'ValidationError',
    });
  });

  it('with MFA: aws:MultiFactorAuthPresent and aws:MultiFactorAuthAge reach later calls', () => {
    const { world, student } = sandbox();
    const serial = withMfa(world);
    world.call(devRoot, 'iam', 'PutUserPolicy', {
      UserName: 'student',
      PolicyName: 'RequireMfa',
      PolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Deny',
            Action: 'iam:ListRoles',
            Resource: '*',
            Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
          },
          {
            Effect: 'Deny',
            Action: 'iam:ListRoles',
            Resource: '*',
            Condition: { NumericGreaterThan: { 'aws:MultiFactorAuthAge': '3600' } },
          },
        ],
      }),
    });
    expect(world.call(student, 'iam', 'ListRoles', {})).toMatchObject({ code: 'AccessDenied' });
    expect(
      world.call(student, 'sts', 'GetSessionToken', { SerialNumber: serial, TokenCode: '000000' }),
    ).toMatchObject({ code: 'AccessDenied' });
    const token = asCaller(
      world.call(student, 'sts', 'GetSessionToken', {
        SerialNumber: serial,
        TokenCode: world.mfaCode(serial),
        DurationSeconds: 7200,
      }),
    );
    expect(world.call(token, 'iam', 'ListRoles', {})).toHaveProperty('Roles');
    world.clock.advance(3601_000);
    expect(world.call(token, 'iam', 'ListRoles', {})).toMatchObject({ code: 'AccessDenied' });
  });
});

describe('role sessions', () => {
  it('revoking a role denies its live sessions at once; later sessions work', () => {
    const { world, student } = sandbox();
    world.call(student, 'iam', 'CreateRole', { RoleName: 'R', AssumeRolePolicyDocument: trust(STUDENT) });
    world.call(student, 'iam', 'PutRolePolicy', {
      RoleName: 'R',
      PolicyName: 'read',
      PolicyDocument: allow('iam:Get*'),
    });
    const arn = `arn:aws:iam::${DEV}:role/R`;
    const session = asCaller(
      world.call(student, 'sts', 'AssumeRole', { RoleArn: arn, RoleSessionName: 'old' }),
    );
    expect(world.call(session, 'iam', 'GetRole', { RoleName: 'R' })).toHaveProperty('Role');
    world.clock.advance(60_000);
    expect(revokeRoleSessions(world, 'R', devRoot)).toEqual({});
    expect(world.call(session, 'iam', 'GetRole', { RoleName: 'R' })).toMatchObject({
      code: 'AccessDenied',
      message: `User: arn:aws:sts::${DEV}:assumed-role/R/old is not authorized to perform: iam:GetRole on resource: ${arn} with an explicit deny in an identity-based policy`,
    });
    world.clock.advance(1000);
    const fresh = asCaller(
      world.call(student, 'sts', 'AssumeRole', { RoleArn: arn, RoleSessionName: 'new' }),
    );
    expect(world.call(fresh, 'iam', 'GetRole', { RoleName: 'R' })).toHaveProperty('Role');
  });

  it('SourceIdentity needs sts:SetSourceIdentity, shows in aws:SourceIdentity and survives chaining', () => {
    const { world, student } = sandbox();
    const trustWith = (actions: string[]) =>
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { AWS: [STUDENT, `arn:aws:iam::${DEV}:root`] }, Action: actions },
        ],
      });
    world.call(devRoot, 'iam', 'CreateRole', {
      RoleName: 'Plain',
      AssumeRolePolicyDocument: trustWith(['sts:AssumeRole']),
    });
    world.call(devRoot, 'iam', 'CreateRole', {
      RoleName: 'Audited',
      AssumeRolePolicyDocument: trustWith(['sts:AssumeRole', 'sts:SetSourceIdentity', 'sts:TagSession']),
    });
    world.call(devRoot, 'iam', 'PutRolePolicy', {
      RoleName: 'Audited',
      PolicyName: 'chain',
      PolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' },
          {
            Effect: 'Allow',
            Action: 'iam:GetRole',
            Resource: '*',
            Condition: { StringEquals: { 'aws:SourceIdentity': 'alice', 'aws:PrincipalTag/team': 'blue' } },
          },
        ],
      }),
    });
    const request = (RoleName: string, extra: Record<string, unknown> = {}) => ({
      RoleArn: `arn:aws:iam::${DEV}:role/${RoleName}`,
      RoleSessionName: 'alice-session',
      ...extra,
    });
    expect(
      world.call(student, 'sts', 'AssumeRole', request('Plain', { SourceIdentity: 'alice' })),
    ).toMatchObject({
      message: `User: ${STUDENT} is not authorized to perform: sts:SetSourceIdentity on resource: arn:aws:iam::${DEV}:role/Plain because no role trust policy allows the sts:SetSourceIdentity action`,
    });
    const first = world.call(
      student,
      'sts',
      'AssumeRole',
      request('Audited', {
        SourceIdentity: 'alice',
        Tags: [{ Key: 'team', Value: 'blue' }],
        TransitiveTagKeys: ['team'],
      }),
    );
    expect(first).toMatchObject({ SourceIdentity: 'alice' });
    const session = asCaller(first);
    expect(world.call(session, 'iam', 'GetRole', { RoleName: 'Audited' })).toHaveProperty('Role');
    // Chained: the source identity and the transitive tag come along.
    const chained = world.call(session, 'sts', 'AssumeRole', request('Audited'));
    expect(chained).toMatchObject({ SourceIdentity: 'alice' });
    expect(world.call(asCaller(chained), 'iam', 'GetRole', { RoleName: 'Audited' })).toHaveProperty('Role');
  });

  it('PackedPolicyTooLarge when session tags overflow the packed size', () => {
    const { world, student } = sandbox();
    world.call(devRoot, 'iam', 'CreateRole', {
      RoleName: 'Tagged',
      AssumeRolePolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { AWS: STUDENT }, Action: ['sts:AssumeRole', 'sts:TagSession'] },
        ],
      }),
    });
    const Tags = Array.from({ length: 50 }, (_, i) => ({
      Key: `key-${i}-${'k'.repeat(100)}`,
      Value: 'v'.repeat(250),
    }));
    const out = world.call(student, 'sts', 'AssumeRole', {
      RoleArn: `arn:aws:iam::${DEV}:role/Tagged`,
      RoleSessionName: 'big',
      Tags,
    });
    expect(out).toMatchObject({ code: 'PackedPolicyTooLarge' });
    expect((out as { message: string }).message).toMatch(
      /^Packed size of session tags consumes \d+% of allotted space\.$/,
    );
  });
});
