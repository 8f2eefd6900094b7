import { describe, expect, it } from 'vitest';
import { allow, sandbox, trust } from '../scenarios/fixtures.ts';
import { DEV, devRoot, STUDENT, sessionOf } from './helpers.ts';

const BUCKET = 'dev-reports-111111111111';

describe('walkthrough: a session policy narrows a session to an S3 prefix', () => {
  it('the role reads the whole bucket; the session only reports/', () => {
    const { world, student } = sandbox();
    world.call(student, 'iam', 'CreateRole', {
      RoleName: 'S3Reader',
      AssumeRolePolicyDocument: trust(STUDENT),
    });
    world.call(student, 'iam', 'AttachRolePolicy', {
      RoleName: 'S3Reader',
      PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
    });
    const reportsOnly = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::${BUCKET}/reports/*` },
        {
          Effect: 'Allow',
          Action: 's3:ListBucket',
          Resource: `arn:aws:s3:::${BUCKET}`,
          Condition: { StringLike: { 's3:prefix': 'reports/*' } },
        },
      ],
    });
    const assume = (Policy?: string) =>
      sessionOf(
        world.call(student, 'sts', 'AssumeRole', {
          RoleArn: `arn:aws:iam::${DEV}:role/S3Reader`,
          RoleSessionName: 'reports',
          ...(Policy ? { Policy } : {}),
        }),
      );
    const salaries = { Bucket: BUCKET, Key: 'private/salaries.csv' };
    expect(world.call(assume(), 's3', 'GetObject', salaries)).toHaveProperty('ETag');

    const narrow = assume(reportsOnly);
    expect(
      world.call(narrow, 's3', 'GetObject', { Bucket: BUCKET, Key: 'reports/2025-02.csv' }),
    ).toHaveProperty('ETag');
    expect(world.call(narrow, 's3', 'ListObjectsV2', { Bucket: BUCKET, Prefix: 'reports/' })).toMatchObject({
      KeyCount: 2,
    });
    expect(world.call(narrow, 's3', 'GetObject', salaries)).toMatchObject({
      code: 'AccessDenied',
      message: `User: arn:aws:sts::${DEV}:assumed-role/S3Reader/reports is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::${BUCKET}/private/salaries.csv" because no session policy allows the s3:GetObject action`,
    });
    expect(world.call(narrow, 's3', 'ListObjectsV2', { Bucket: BUCKET })).toMatchObject({
      code: 'AccessDenied',
    });
  });
});

describe('walkthrough: an MFA-protected role', () => {
  it('is refused without MFA and assumed with the current code from the authenticator', () => {
    const { world, student } = sandbox();
    const serial = `arn:aws:iam::${DEV}:mfa/student`;
    world.call(devRoot, 'iam', 'CreateVirtualMFADevice', { VirtualMFADeviceName: 'student' });
    expect(
      world.call(devRoot, 'iam', 'EnableMFADevice', {
        UserName: 'student',
        SerialNumber: serial,
        AuthenticationCode1: world.mfaCode(serial, -1),
        AuthenticationCode2: world.mfaCode(serial),
      }),
    ).toEqual({});
    world.call(student, 'iam', 'CreateRole', {
      RoleName: 'BreakGlass',
      AssumeRolePolicyDocument: trust(STUDENT, { Bool: { 'aws:MultiFactorAuthPresent': 'true' } }),
    });
    world.call(student, 'iam', 'PutRolePolicy', {
      RoleName: 'BreakGlass',
      PolicyName: 'RequireMfaForDeletes',
      PolicyDocument: allow('iam:*'),
    });
    const roleArn = `arn:aws:iam::${DEV}:role/BreakGlass`;
    expect(
      world.call(student, 'sts', 'AssumeRole', { RoleArn: roleArn, RoleSessionName: 'oncall' }),
    ).toMatchObject({
      code: 'AccessDenied',
      message: `User: ${STUDENT} is not authorized to perform: sts:AssumeRole on resource: ${roleArn} because no role trust policy allows the sts:AssumeRole action`,
    });
    // The codes used to enable the device are spent; the next 30-second step shows a fresh one.
    world.clock.advance(30_000);
    const session = sessionOf(
      world.call(student, 'sts', 'AssumeRole', {
        RoleArn: roleArn,
        RoleSessionName: 'oncall',
        SerialNumber: serial,
        TokenCode: world.mfaCode(serial),
      }),
    );
    expect(world.call(session, 'sts', 'GetCallerIdentity')).toMatchObject({
      Arn: `arn:aws:sts::${DEV}:assumed-role/BreakGlass/oncall`,
    });
  });
});
