import { describe, expect, it } from 'vitest';
import { allow, sandbox, trust } from '../scenarios/fixtures.ts';

const DEV = '111111111111';
const STUDENT = `arn:aws:iam::${DEV}:user/student`;

describe('a learner journey through world.call', () => {
  it('create-role → get-role → assume-role → get-caller-identity → expiry', () => {
    const { world, student } = sandbox();
    const created = world.call(student, 'iam', 'CreateRole', {
      RoleName: 'MyRole',
      AssumeRolePolicyDocument: trust(STUDENT),
    });
    expect(created).toMatchObject({
      Role: { RoleName: 'MyRole', Path: '/', Arn: `arn:aws:iam::${DEV}:role/MyRole` },
    });
    const role = (created as { Role: Record<string, unknown> }).Role;
    expect(role.RoleId).toMatch(/^AROA[A-Z2-7]{17}$/);
    expect(role.CreateDate).toBe('2025-01-15T09:00:00Z');
    expect(role).not.toHaveProperty('MaxSessionDuration');

    const got = world.call(student, 'iam', 'GetRole', { RoleName: 'MyRole' });
    expect(got).toMatchObject({ Role: { MaxSessionDuration: 3600, RoleLastUsed: {} } });

    world.clock.advance(60_000);
    const assumed = world.call(student, 'sts', 'AssumeRole', {
      RoleArn: `arn:aws:iam::${DEV}:role/MyRole`,
      RoleSessionName: 'lab',
    }) as { Credentials: Record<string, string>; AssumedRoleUser: Record<string, string> };
    expect(assumed.Credentials.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(assumed.Credentials.Expiration).toBe('2025-01-15T10:01:00Z');
    expect(assumed.AssumedRoleUser).toEqual({
      AssumedRoleId: `${role.RoleId}:lab`,
      Arn: `arn:aws:sts::${DEV}:assumed-role/MyRole/lab`,
    });
    const session = {
      accessKeyId: assumed.Credentials.AccessKeyId ?? '',
      secretAccessKey: assumed.Credentials.SecretAccessKey ?? '',
      sessionToken: assumed.Credentials.SessionToken ?? '',
    };
    expect(world.call(session, 'sts', 'GetCallerIdentity')).toEqual({
      UserId: `${role.RoleId}:lab`,
      Account: DEV,
      Arn: `arn:aws:sts::${DEV}:assumed-role/MyRole/lab`,
    });
    expect(world.call(student, 'iam', 'GetRole', { RoleName: 'MyRole' })).toMatchObject({
      Role: { RoleLastUsed: { LastUsedDate: '2025-01-15T09:01:00Z', Region: 'us-east-1' } },
    });

    world.clock.advance(3600_000);
    expect(world.call(session, 'sts', 'GetCallerIdentity')).toMatchObject({
      code: 'ExpiredToken',
      message: 'The security token included in the request is expired',
    });
  });

  it('the student is who the credentials say', () => {
    const { world, student } = sandbox();
    const me = world.call(student, 'sts', 'GetCallerIdentity') as Record<string, string>;
    expect(me.Arn).toBe(STUDENT);
    expect(me.Account).toBe(DEV);
    expect(me.UserId).toMatch(/^AIDA/);
  });
});

describe('authentication', () => {
  it('rejects unknown keys, wrong secrets and missing session tokens', () => {
    const { world, student } = sandbox();
    expect(
      world.call({ accessKeyId: 'AKIANOTAKEY000000000', secretAccessKey: 'x' }, 'sts', 'GetCallerIdentity'),
    ).toMatchObject({
      code: 'InvalidClientTokenId',
      message: 'The security token included in the request is invalid.',
      status: 403,
    });
    expect(world.call({ ...student, secretAccessKey: 'wrong' }, 'sts', 'GetCallerIdentity')).toMatchObject({
      code: 'SignatureDoesNotMatch',
    });
  });
});

describe('authorization with the real effective policies', () => {
  it('implicit deny names the identity-based policy', () => {
    const { world, student } = sandbox();
    expect(world.call(student, 'iam', 'CreateUser', { UserName: 'bob' })).toMatchObject({
      code: 'AccessDenied',
      status: 403,
      message: `User: ${STUDENT} is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::${DEV}:user/bob because no identity-based policy allows the iam:CreateUser action`,
    });
  });

  it('the engine explanation travels with the error value', () => {
    const { world, student } = sandbox();
    const denied = world.call(student, 'iam', 'CreateUser', { UserName: 'bob' }) as {
      evaluation?: { decision: string };
    };
    expect(denied.evaluation?.decision).toBe('ImplicitDeny');
  });

  it('an explicit deny in an identity policy, and in a permissions boundary', () => {
    const { world, student } = sandbox();
    const admin = { principal: `arn:aws:iam::${DEV}:root` };
    const deny = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Action: 'iam:DeleteRole', Resource: '*' }],
    });
    expect(
      world.call(admin, 'iam', 'PutUserPolicy', {
        UserName: 'student',
        PolicyName: 'NoDelete',
        PolicyDocument: deny,
      }),
    ).toEqual({});
    expect(world.call(student, 'iam', 'DeleteRole', { RoleName: 'X' })).toMatchObject({
      message: `User: ${STUDENT} is not authorized to perform: iam:DeleteRole on resource: arn:aws:iam::${DEV}:role/X with an explicit deny in an identity-based policy`,
    });
    world.call(admin, 'iam', 'CreatePolicy', { PolicyName: 'OnlyGets', PolicyDocument: allow('iam:Get*') });
    world.call(admin, 'iam', 'PutUserPermissionsBoundary', {
      UserName: 'student',
      PermissionsBoundary: `arn:aws:iam::${DEV}:policy/OnlyGets`,
    });
  });

  it('a permissions boundary limits what the identity policy grants', () => {
    const { world, student } = sandbox();
    const root = { principal: `arn:aws:iam::${DEV}:root` };
    world.call(root, 'iam', 'CreatePolicy', { PolicyName: 'OnlyGets', PolicyDocument: allow('iam:Get*') });
    world.call(root, 'iam', 'PutUserPermissionsBoundary', {
      UserName: 'student',
      PermissionsBoundary: `arn:aws:iam::${DEV}:policy/OnlyGets`,
    });
    expect(
      world.call(student, 'iam', 'CreateRole', { RoleName: 'R', AssumeRolePolicyDocument: trust(DEV) }),
    ).toMatchObject({
      message: `User: ${STUDENT} is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::${DEV}:role/R because no permissions boundary allows the iam:CreateRole action`,
    });
  });

  it('an SCP deny reads "with an explicit deny in a service control policy"; the management account is exempt', () => {
    const { world } = sandbox();
    const devRoot = { principal: `arn:aws:iam::${DEV}:root` };
    const guard = Object.values(world.state.organization?.policies ?? {}).find(
      (p) => p.name === 'Guardrails',
    );
    if (!guard) throw new Error('the sandbox has a Guardrails SCP');
    guard.document = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Action: 'iam:CreateUser', Resource: '*' }],
    });
    expect(world.call(devRoot, 'iam', 'CreateUser', { UserName: 'x' })).toMatchObject({
      message: `User: arn:aws:iam::${DEV}:root is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::${DEV}:user/x with an explicit deny in a service control policy`,
    });
    expect(
      world.call({ principal: 'arn:aws:iam::123456789012:root' }, 'iam', 'CreateUser', { UserName: 'x' }),
    ).toMatchObject({
      User: { UserName: 'x' },
    });
  });
});
