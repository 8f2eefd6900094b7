import { describe, expect, it } from 'vitest';
import { allow, sandbox, trust } from '../scenarios/fixtures.ts';
import { DEV, PROD, prodRoot, STUDENT, sessionOf } from './helpers.ts';

const READER = `arn:aws:iam::${PROD}:role/BucketReader`;

describe('walkthrough: cross-account S3 access with an ExternalId', () => {
  it('dev assumes a prod role only with the agreed ExternalId, then lists account-b-bucket', () => {
    const { world, student } = sandbox();
    world.call(prodRoot, 'iam', 'CreateRole', {
      RoleName: 'BucketReader',
      AssumeRolePolicyDocument: trust(DEV, { StringEquals: { 'sts:ExternalId': 'reports-7f3a' } }),
    });
    world.call(prodRoot, 'iam', 'PutRolePolicy', {
      RoleName: 'BucketReader',
      PolicyName: 'ListBucketB',
      PolicyDocument: allow('s3:ListBucket', 'arn:aws:s3:::account-b-bucket'),
    });
    // Before assuming anything the student is refused: the bucket is another account's, with no bucket policy.
    expect(world.call(student, 's3', 'ListObjectsV2', { Bucket: 'account-b-bucket' })).toMatchObject({
      code: 'AccessDenied',
    });
    const assume = (externalId?: string) =>
      world.call(student, 'sts', 'AssumeRole', {
        RoleArn: READER,
        RoleSessionName: 'reports',
        ...(externalId === undefined ? {} : { ExternalId: externalId }),
      });
    const refused = {
      code: 'AccessDenied',
      message: `User: ${STUDENT} is not authorized to perform: sts:AssumeRole on resource: ${READER} because no role trust policy allows the sts:AssumeRole action`,
    };
    expect(assume()).toMatchObject(refused);
    expect(assume('guess-1234')).toMatchObject(refused);

    const session = sessionOf(assume('reports-7f3a'));
    expect(world.call(session, 'sts', 'GetCallerIdentity')).toMatchObject({
      Account: PROD,
      Arn: `arn:aws:sts::${PROD}:assumed-role/BucketReader/reports`,
    });
    expect(world.call(session, 's3', 'ListObjectsV2', { Bucket: 'account-b-bucket' })).toMatchObject({
      Name: 'account-b-bucket',
      KeyCount: 1,
      Contents: [{ Key: 'shared/readme.txt' }],
    });
    // The role may list, not read.
    expect(
      world.call(session, 's3', 'GetObject', { Bucket: 'account-b-bucket', Key: 'shared/readme.txt' }),
    ).toMatchObject({ code: 'AccessDenied' });
  });
});

describe('walkthrough: role chaining A → B', () => {
  it('a chained session is capped at one hour even when role B allows twelve', () => {
    const { world, student } = sandbox();
    world.call(student, 'iam', 'CreateRole', { RoleName: 'Jump', AssumeRolePolicyDocument: trust(STUDENT) });
    world.call(student, 'iam', 'PutRolePolicy', {
      RoleName: 'Jump',
      PolicyName: 'AssumeDeploy',
      PolicyDocument: allow('sts:AssumeRole', `arn:aws:iam::${PROD}:role/Deploy`),
    });
    world.call(prodRoot, 'iam', 'CreateRole', {
      RoleName: 'Deploy',
      AssumeRolePolicyDocument: trust(`arn:aws:iam::${DEV}:role/Jump`),
      MaxSessionDuration: 43200,
    });
    const a = sessionOf(
      world.call(student, 'sts', 'AssumeRole', {
        RoleArn: `arn:aws:iam::${DEV}:role/Jump`,
        RoleSessionName: 'hop-a',
      }),
    );
    const toB = (DurationSeconds?: number) =>
      world.call(a, 'sts', 'AssumeRole', {
        RoleArn: `arn:aws:iam::${PROD}:role/Deploy`,
        RoleSessionName: 'hop-b',
        ...(DurationSeconds === undefined ? {} : { DurationSeconds }),
      });
    expect(toB(7200)).toMatchObject({
      code: 'ValidationError',
      message:
        'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
    });
    const b = toB(3600);
    expect(b).toMatchObject({
      AssumedRoleUser: { Arn: `arn:aws:sts::${PROD}:assumed-role/Deploy/hop-b` },
      Credentials: { Expiration: '2025-01-15T10:00:00Z' },
    });
    expect(world.call(sessionOf(b), 'sts', 'GetCallerIdentity')).toMatchObject({ Account: PROD });
  });
});
