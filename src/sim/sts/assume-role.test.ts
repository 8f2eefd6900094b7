import { describe, expect, it } from 'vitest';
import { allow, sandbox, trust } from '../scenarios/fixtures.ts';

const DEV = '111111111111';
const PROD = '999999999999';
const STUDENT = `arn:aws:iam::${DEV}:user/student`;
const prodRoot = { principal: `arn:aws:iam::${PROD}:root` };
const vendor = {
  accessKeyId: 'AKIAI44QH8DHBEXAMPLE',
  secretAccessKey: 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
};

type Creds = { Credentials: { AccessKeyId: string; SecretAccessKey: string; SessionToken: string } };
const asCaller = (r: unknown) => {
  const c = (r as Creds).Credentials;
  return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken };
};

describe('AssumeRole', () => {
  it('cross-account: the trust policy must name the caller; denial has STS wording', () => {
    const { world, student } = sandbox();
    world.call(prodRoot, 'iam', 'CreateRole', { RoleName: 'Deploy', AssumeRolePolicyDocument: trust(DEV) });
    const ok = world.call(student, 'sts', 'AssumeRole', {
      RoleArn: `arn:aws:iam::${PROD}:role/Deploy`,
      RoleSessionName: 'ci',
    });
    expect(ok).toMatchObject({ AssumedRoleUser: { Arn: `arn:aws:sts::${PROD}:assumed-role/Deploy/ci` } });
    world.call(prodRoot, 'iam', 'CreateRole', { RoleName: 'Locked', AssumeRolePolicyDocument: trust(PROD) });
    expect(
      world.call(student, 'sts', 'AssumeRole', {
        RoleArn: `arn:aws:iam::${PROD}:role/Locked`,
        RoleSessionName: 'ci',
      }),
    ).toMatchObject({
      code: 'AccessDenied',
      message: `User: ${STUDENT} is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${PROD}:role/Locked because no role trust policy allows the sts:AssumeRole action`,
    });
    expect(
      world.call(student, 'sts', 'AssumeRole', {
        RoleArn: `arn:aws:iam::${PROD}:role/Missing`,
        RoleSessionName: 'ci',
      }),
    ).toMatchObject({ code: 'AccessDenied' });
  });

  it('a vendor needs the right ExternalId (sts:ExternalId)', () => {
    const { world } = sandbox();
    world.call(prodRoot, 'iam', 'CreateRole', {
      RoleName: 'VendorAccess',
      AssumeRolePolicyDocument: trust('arn:aws:iam::222222222222:root', {
        StringEquals: { 'sts:ExternalId': 'ext-123' },
      }),
    });
    const arn = `arn:aws:iam::${PROD}:role/VendorAccess`;
    expect(
      world.call(vendor, 'sts', 'AssumeRole', { RoleArn: arn, RoleSessionName: 'vendor' }),
    ).toMatchObject({
      code: 'AccessDenied',
    });
    expect(
      world.call(vendor, 'sts', 'AssumeRole', {
        RoleArn: arn,
        RoleSessionName: 'vendor',
        ExternalId: 'wrong-id',
      }),
    ).toMatchObject({
      code: 'AccessDenied',
    });
    expect(
      world.call(vendor, 'sts', 'AssumeRole', {
        RoleArn: arn,
        RoleSessionName: 'vendor',
        ExternalId: 'ext-123',
      }),
    ).toHaveProperty('Credentials');
  });

  it('MFA in the request satisfies aws:MultiFactorAuthPresent; the code is checked (TOTP)', () => {
    const { world, student } = sandbox();
    const devRoot = { principal: `arn:aws:iam::${DEV}:root` };
    const serial = `arn:aws:iam::${DEV}:mfa/student`;
    world.call(devRoot, 'iam', 'CreateVirtualMFADevice', { VirtualMFADeviceName: 'student' });
    expect(
      world.call(devRoot, 'iam', 'EnableMFADevice', {
        UserName: 'student',
        SerialNumber: serial,
        AuthenticationCode1: '000000',
        AuthenticationCode2: '000001',
      }),
    ).toMatchObject({ code: 'InvalidAuthenticationCode' });
    expect(
      world.call(devRoot, 'iam', 'EnableMFADevice', {
        UserName: 'student',
        SerialNumber: serial,
        AuthenticationCode1: world.mfaCode(serial, -1),
        AuthenticationCode2: world.mfaCode(serial),
      }),
    ).toEqual({});
    world.call(student, 'iam', 'CreateRole', {
      RoleName: 'Admin',
      AssumeRolePolicyDocument: trust(STUDENT, { Bool: { 'aws:MultiFactorAuthPresent': 'true' } }),
    });
    const arn = `arn:aws:iam::${DEV}:role/Admin`;
    expect(world.call(student, 'sts', 'AssumeRole', { RoleArn: arn, RoleSessionName: 'sess' })).toMatchObject(
      { code: 'AccessDenied' },
    );
    const withCode = (TokenCode: string) =>
      world.call(student, 'sts', 'AssumeRole', {
        RoleArn: arn,
        RoleSessionName: 'sess',
        SerialNumber: serial,
        TokenCode,
      });
    const wrong = world.mfaCode(serial) === '123456' ? '654321' : '123456';
    expect(withCode(wrong)).toMatchObject({
      code: 'AccessDenied',
      message: 'MultiFactorAuthentication failed with invalid MFA one time pass code.',
    });
    world.clock.advance(30_000);
    const code = world.mfaCode(serial);
    expect(withCode(code)).toHaveProperty('Credentials');
    // A code is accepted once.
    expect(withCode(code)).toMatchObject({ code: 'AccessDenied' });
  });
  it('duration limits: MaxSessionDuration and role chaining', () => {
    const { world, student } = sandbox();
    world.call(student, 'iam', 'CreateRole', { RoleName: 'R', AssumeRolePolicyDocument: trust(STUDENT) });
    const arn = `arn:aws:iam::${DEV}:role/R`;
    expect(
      world.call(student, 'sts', 'AssumeRole', {
        RoleArn: arn,
        RoleSessionName: 'sess',
        DurationSeconds: 7200,
      }),
    ).toMatchObject({
      code: 'ValidationError',
      message: 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
    });
    expect(
      world.call(student, 'sts', 'AssumeRole', {
        RoleArn: arn,
        RoleSessionName: 'sess',
        DurationSeconds: 600,
      }),
    ).toMatchObject({
      code: 'ValidationError',
      message:
        "1 validation error detected: Value '600' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900",
    });
    expect(world.call(student, 'sts', 'AssumeRole', { RoleArn: arn, RoleSessionName: 'x' })).toMatchObject({
      code: 'ValidationError',
      message:
        "1 validation error detected: Value 'x' at 'roleSessionName' failed to satisfy constraint: Member must have length greater than or equal to 2",
    });
    world.call(student, 'iam', 'UpdateRole', { RoleName: 'R', MaxSessionDuration: 43200 });
    world.call(student, 'iam', 'UpdateAssumeRolePolicy', {
      RoleName: 'R',
      PolicyDocument: trust(`arn:aws:iam::${DEV}:root`),
    });
    world.call(student, 'iam', 'PutRolePolicy', {
      RoleName: 'R',
      PolicyName: 'chain',
      PolicyDocument: allow('sts:AssumeRole'),
    });
    const session = asCaller(
      world.call(student, 'sts', 'AssumeRole', {
        RoleArn: arn,
        RoleSessionName: 'sess',
        DurationSeconds: 43200,
      }),
    );
    expect(
      world.call(session, 'sts', 'AssumeRole', {
        RoleArn: arn,
        RoleSessionName: 'tt',
        DurationSeconds: 7200,
      }),
    ).toMatchObject({
      code: 'ValidationError',
      message:
        'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
    });
    expect(world.call(session, 'sts', 'AssumeRole', { RoleArn: arn, RoleSessionName: 'tt' })).toHaveProperty(
      'Credentials',
    );
  });

  it('session policies narrow the session; denial names the session policy', () => {
    const { world, student } = sandbox();
    world.call(student, 'iam', 'CreateRole', { RoleName: 'R', AssumeRolePolicyDocument: trust(STUDENT) });
    world.call(student, 'iam', 'AttachRolePolicy', {
      RoleName: 'R',
      PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess',
    });
    const out = world.call(student, 'sts', 'AssumeRole', {
      RoleArn: `arn:aws:iam::${DEV}:role/R`,
      RoleSessionName: 'narrow',
      Policy: allow('iam:Get*'),
    });
    expect(out).toHaveProperty('PackedPolicySize');
    const session = asCaller(out);
    expect(world.call(session, 'iam', 'GetRole', { RoleName: 'R' })).toHaveProperty('Role');
    expect(world.call(session, 'iam', 'DeleteRole', { RoleName: 'R' })).toMatchObject({
      message: `User: arn:aws:sts::${DEV}:assumed-role/R/narrow is not authorized to perform: iam:DeleteRole on resource: arn:aws:iam::${DEV}:role/R because no session policy allows the iam:DeleteRole action`,
    });
  });

  it('session tags need sts:TagSession in the trust policy', () => {
    const { world, student } = sandbox();
    world.call(student, 'iam', 'CreateRole', { RoleName: 'R', AssumeRolePolicyDocument: trust(STUDENT) });
    const arn = `arn:aws:iam::${DEV}:role/R`;
    expect(
      world.call(student, 'sts', 'AssumeRole', {
        RoleArn: arn,
        RoleSessionName: 'sess',
        Tags: [{ Key: 'team', Value: 'a' }],
      }),
    ).toMatchObject({
      code: 'AccessDenied',
      message: `User: ${STUDENT} is not authorized to perform: sts:TagSession on resource: ${arn} because no role trust policy allows the sts:TagSession action`,
    });
  });

  it('the account root user cannot assume roles', () => {
    const { world } = sandbox();
    world.call(prodRoot, 'iam', 'CreateRole', { RoleName: 'R', AssumeRolePolicyDocument: trust(PROD) });
    expect(
      world.call(prodRoot, 'sts', 'AssumeRole', {
        RoleArn: `arn:aws:iam::${PROD}:role/R`,
        RoleSessionName: 'sess',
      }),
    ).toMatchObject({
      code: 'AccessDenied',
      message: 'Roles may not be assumed by root accounts.',
    });
  });

  it('a RoleArn that is not a role ARN is a ValidationError, allowed or not', () => {
    const { world, student } = sandbox();
    for (const arn of ['dev-reports-111111111111', 'arn:aws:iam::aws:policy/ReadOnlyAccess', STUDENT])
      expect(world.call(student, 'sts', 'AssumeRole', { RoleArn: arn, RoleSessionName: 'x1' })).toMatchObject(
        {
          code: 'ValidationError',
          message: 'Request ARN is invalid',
        },
      );
  });
});
