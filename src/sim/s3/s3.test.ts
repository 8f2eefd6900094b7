import { describe, expect, it } from 'vitest';
import { allow, sandbox } from '../scenarios/fixtures.ts';
import { fromUtf8, utf8 } from './body.ts';
import { md5Hex } from './md5.ts';

const DEV = '111111111111';
const PROD = '999999999999';
const STUDENT = `arn:aws:iam::${DEV}:user/student`;
const REPORTS = 'dev-reports-111111111111';
const devRoot = { principal: `arn:aws:iam::${DEV}:root` };
const prodRoot = { principal: `arn:aws:iam::${PROD}:root` };
const vendor = { principal: 'arn:aws:iam::222222222222:user/vendor-app' };

/** A bucket policy granting or denying `principal` the actions on the resources. */
function bucketPolicy(
  effect: 'Allow' | 'Deny',
  principal: string,
  action: string | string[],
  resource: string | string[],
) {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: effect, Principal: { AWS: principal }, Action: action, Resource: resource }],
  });
}

function setup() {
  const { world, student } = sandbox();
  const grant = (policy: string, user = 'student', caller = devRoot) =>
    world.call(caller, 'iam', 'PutUserPolicy', { UserName: user, PolicyName: 'S3', PolicyDocument: policy });
  return { world, student, grant };
}

describe('S3 authorization', () => {
  it('same account: an identity policy alone lets the student read; S3 explains the denial before', () => {
    const { world, student, grant } = setup();
    const get = () => world.call(student, 's3', 'GetObject', { Bucket: REPORTS, Key: 'reports/2025-01.csv' });
    expect(get()).toMatchObject({
      code: 'AccessDenied',
      message: `User: ${STUDENT} is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::${REPORTS}/reports/2025-01.csv" because no identity-based policy allows the s3:GetObject action`,
    });
    grant(allow('s3:GetObject', `arn:aws:s3:::${REPORTS}/*`));
    const ok = get() as { Body: Uint8Array; ETag: string; ContentLength: number };
    expect(fromUtf8(ok.Body)).toBe('month,cost\n2025-01,412.50\n');
    expect(ok.ETag).toBe(`"${md5Hex(utf8('month,cost\n2025-01,412.50\n'))}"`);
  });

  it('same account: a bucket policy naming the student suffices without an identity policy', () => {
    const { world, student } = setup();
    world.call(devRoot, 's3', 'PutBucketPolicy', {
      Bucket: REPORTS,
      Policy: bucketPolicy('Allow', STUDENT, 's3:GetObject', `arn:aws:s3:::${REPORTS}/reports/*`),
    });
    expect(
      world.call(student, 's3', 'GetObject', { Bucket: REPORTS, Key: 'reports/2025-02.csv' }),
    ).toHaveProperty('ETag');
  });

  it('cross account: both the identity policy and the bucket policy must allow', () => {
    const { world, student, grant } = setup();
    const get = () =>
      world.call(student, 's3', 'GetObject', { Bucket: 'account-b-bucket', Key: 'shared/readme.txt' });
    grant(allow('s3:GetObject'));
    // dev and prod share the organization, so S3 explains the denial.
    expect(get()).toMatchObject({
      code: 'AccessDenied',
      message: `User: ${STUDENT} is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::account-b-bucket/shared/readme.txt" because no resource-based policy allows the s3:GetObject action`,
    });
    world.call(prodRoot, 's3', 'PutBucketPolicy', {
      Bucket: 'account-b-bucket',
      Policy: bucketPolicy(
        'Allow',
        `arn:aws:iam::${DEV}:root`,
        's3:GetObject',
        'arn:aws:s3:::account-b-bucket/*',
      ),
    });
    expect(get()).toHaveProperty('ETag');
    grant(allow('s3:ListBucket'));
    expect(get()).toMatchObject({ code: 'AccessDenied' });
  });

  it('outside the organization the denial is the bare "Access Denied"', () => {
    const { world, grant } = setup();
    grant(allow('s3:*'), 'vendor-app', { principal: 'arn:aws:iam::222222222222:root' });
    expect(world.call(vendor, 's3', 'ListObjectsV2', { Bucket: 'account-b-bucket' })).toEqual(
      expect.objectContaining({ code: 'AccessDenied', message: 'Access Denied', status: 403 }),
    );
  });

  it('a Deny in the bucket policy beats an identity Allow', () => {
    const { world, student, grant } = setup();
    grant(allow('s3:*'));
    world.call(devRoot, 's3', 'PutBucketPolicy', {
      Bucket: REPORTS,
      Policy: bucketPolicy('Deny', STUDENT, 's3:GetObject', `arn:aws:s3:::${REPORTS}/private/*`),
    });
    expect(
      world.call(student, 's3', 'GetObject', { Bucket: REPORTS, Key: 'private/salaries.csv' }),
    ).toMatchObject({
      code: 'AccessDenied',
      message: `User: ${STUDENT} is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::${REPORTS}/private/salaries.csv" with an explicit deny in a resource-based policy`,
    });
    expect(
      world.call(student, 's3', 'GetObject', { Bucket: REPORTS, Key: 'reports/2025-01.csv' }),
    ).toHaveProperty('ETag');
  });

  it('s3:prefix lets a policy limit listing to a folder', () => {
    const { world, student, grant } = setup();
    grant(
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: 's3:ListBucket',
            Resource: `arn:aws:s3:::${REPORTS}`,
            Condition: { StringLike: { 's3:prefix': 'reports/*' } },
          },
        ],
      }),
    );
    expect(world.call(student, 's3', 'ListObjectsV2', { Bucket: REPORTS, Prefix: 'reports/' })).toMatchObject(
      {
        KeyCount: 2,
        Contents: [{ Key: 'reports/2025-01.csv', StorageClass: 'STANDARD' }, { Key: 'reports/2025-02.csv' }],
      },
    );
    expect(world.call(student, 's3', 'ListObjectsV2', { Bucket: REPORTS })).toMatchObject({
      code: 'AccessDenied',
    });
    expect(world.call(student, 's3', 'ListObjectsV2', { Bucket: REPORTS, Prefix: 'private/' })).toMatchObject(
      {
        code: 'AccessDenied',
      },
    );
  });

  it('a missing key is NoSuchKey only for callers who may list the bucket', () => {
    const { world, student, grant } = setup();
    grant(allow('s3:GetObject'));
    const get = () => world.call(student, 's3', 'GetObject', { Bucket: REPORTS, Key: 'nope' });
    expect(get()).toMatchObject({ code: 'AccessDenied', status: 403 });
    grant(allow(['s3:GetObject', 's3:ListBucket']));
    expect(get()).toMatchObject({ code: 'NoSuchKey', message: 'The specified key does not exist.' });
    expect(world.call(student, 's3', 'HeadObject', { Bucket: REPORTS, Key: 'nope' })).toMatchObject({
      code: '404',
      message: 'Not Found',
    });
  });
});

describe('S3 buckets and objects', () => {
  it('bucket names are global and checked', () => {
    const { world } = setup();
    expect(world.call(devRoot, 's3', 'CreateBucket', { Bucket: 'Bad_Name' })).toMatchObject({
      code: 'InvalidBucketName',
    });
    expect(world.call(devRoot, 's3', 'CreateBucket', { Bucket: 'account-b-bucket' })).toMatchObject({
      code: 'BucketAlreadyExists',
    });
    expect(world.call(devRoot, 's3', 'CreateBucket', { Bucket: REPORTS })).toEqual({
      Location: `/${REPORTS}`,
    });
    expect(
      world.call(devRoot, 's3', 'CreateBucket', {
        Bucket: 'eu-bucket-1',
        CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' },
      }),
    ).toEqual({ Location: 'http://eu-bucket-1.s3.amazonaws.com/' });
    expect(world.call(devRoot, 's3', 'CreateBucket', { Bucket: 'eu-bucket-1' })).toMatchObject({
      code: 'BucketAlreadyOwnedByYou',
    });
    expect(world.call(devRoot, 's3', 'GetBucketLocation', { Bucket: 'eu-bucket-1' })).toEqual({
      LocationConstraint: 'eu-west-1',
    });
    const list = world.call(devRoot, 's3', 'ListBuckets', {}) as { Buckets: { Name: string }[] };
    expect(list.Buckets.map((b) => b.Name)).toEqual([REPORTS, 'eu-bucket-1']);
    expect(world.call(devRoot, 's3', 'DeleteBucket', { Bucket: REPORTS })).toMatchObject({
      code: 'BucketNotEmpty',
    });
    expect(world.call(devRoot, 's3', 'DeleteBucket', { Bucket: 'eu-bucket-1' })).toEqual({});
    expect(world.call(devRoot, 's3', 'HeadBucket', { Bucket: 'eu-bucket-1' })).toMatchObject({ code: '404' });
  });

  it('lists with a delimiter, pages with MaxKeys, copies and deletes objects', () => {
    const { world } = setup();
    const top = world.call(devRoot, 's3', 'ListObjectsV2', { Bucket: REPORTS, Delimiter: '/' });
    expect(top).toMatchObject({
      KeyCount: 2,
      CommonPrefixes: [{ Prefix: 'private/' }, { Prefix: 'reports/' }],
    });
    expect(top).not.toHaveProperty('Contents');
    const first = world.call(devRoot, 's3', 'ListObjectsV2', { Bucket: REPORTS, MaxKeys: 2 }) as {
      NextContinuationToken: string;
    };
    expect(first).toMatchObject({ IsTruncated: true, KeyCount: 2 });
    const rest = world.call(devRoot, 's3', 'ListObjectsV2', {
      Bucket: REPORTS,
      ContinuationToken: first.NextContinuationToken,
    });
    expect(rest).toMatchObject({
      IsTruncated: false,
      KeyCount: 1,
      Contents: [{ Key: 'reports/2025-02.csv' }],
    });
    expect(
      world.call(devRoot, 's3', 'CopyObject', {
        Bucket: REPORTS,
        Key: 'archive/jan.csv',
        CopySource: `${REPORTS}/reports/2025-01.csv`,
      }),
    ).toMatchObject({ CopyObjectResult: { ETag: `"${md5Hex(utf8('month,cost\n2025-01,412.50\n'))}"` } });
    world.call(devRoot, 's3', 'PutObject', {
      Bucket: REPORTS,
      Key: 'bytes.bin',
      Body: Uint8Array.from([0, 255]),
    });
    expect(world.call(devRoot, 's3', 'HeadObject', { Bucket: REPORTS, Key: 'bytes.bin' })).toMatchObject({
      ContentLength: 2,
    });
    expect(world.call(devRoot, 's3', 'DeleteObject', { Bucket: REPORTS, Key: 'bytes.bin' })).toEqual({});
    expect(world.call(devRoot, 's3', 'GetObject', { Bucket: REPORTS, Key: 'bytes.bin' })).toMatchObject({
      code: 'NoSuchKey',
    });
  });

  it('bucket policies are validated with S3 wording; tagging round-trips', () => {
    const { world } = setup();
    const put = (policy: string) =>
      world.call(devRoot, 's3', 'PutBucketPolicy', { Bucket: REPORTS, Policy: policy });
    expect(world.call(devRoot, 's3', 'GetBucketPolicy', { Bucket: REPORTS })).toMatchObject({
      code: 'NoSuchBucketPolicy',
      message: 'The bucket policy does not exist',
    });
    expect(put(bucketPolicy('Allow', STUDENT, 's3:GetObject', 'arn:aws:s3:::other-bucket/*'))).toMatchObject({
      code: 'MalformedPolicy',
      message: 'Policy has invalid resource',
    });
    expect(put(bucketPolicy('Allow', STUDENT, 's3:GetObject', '*'))).toMatchObject({
      message: 'Policy has invalid resource',
    });
    expect(put(bucketPolicy('Allow', STUDENT, 's3:GetObject', `arn:aws:s3:::${REPORTS}`))).toMatchObject({
      message: 'Action does not apply to any resource(s) in statement',
    });
    expect(
      put(
        bucketPolicy('Allow', `arn:aws:iam::${DEV}:role/Ghost`, 's3:GetObject', `arn:aws:s3:::${REPORTS}/*`),
      ),
    ).toMatchObject({
      message: 'Invalid principal in policy',
    });
    expect(put('{not json')).toMatchObject({ message: 'This policy contains invalid Json' });
    const good = bucketPolicy(
      'Allow',
      STUDENT,
      ['s3:ListBucket', 's3:GetObject'],
      [`arn:aws:s3:::${REPORTS}`, `arn:aws:s3:::${REPORTS}/*`],
    );
    expect(put(good)).toEqual({});
    expect(world.call(devRoot, 's3', 'GetBucketPolicy', { Bucket: REPORTS })).toEqual({ Policy: good });
    expect(world.call(prodRoot, 's3', 'GetBucketTagging', { Bucket: 'account-b-bucket' })).toMatchObject({
      code: 'NoSuchTagSet',
    });
    world.call(prodRoot, 's3', 'PutBucketTagging', {
      Bucket: 'account-b-bucket',
      Tagging: { TagSet: [{ Key: 'team', Value: 'prod' }] },
    });
    expect(world.call(prodRoot, 's3', 'GetBucketTagging', { Bucket: 'account-b-bucket' })).toEqual({
      TagSet: [{ Key: 'team', Value: 'prod' }],
    });
  });
});
