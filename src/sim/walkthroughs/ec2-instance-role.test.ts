import { describe, expect, it } from 'vitest';
import { imdsRequest } from '../ec2/imds.ts';
import { fromUtf8 } from '../s3/body.ts';
import { sandbox } from '../scenarios/fixtures.ts';
import { DEV, imdsCredentials, instanceNamed, serviceTrust } from './helpers.ts';

const BUCKET = 'dev-reports-111111111111';

/** Read-only access to one bucket: list it and get its objects. */
const readOneBucket = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: 's3:ListBucket', Resource: `arn:aws:s3:::${BUCKET}` },
    { Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::${BUCKET}/*` },
  ],
});

describe('walkthrough: an EC2 instance role reads one S3 bucket', () => {
  it('the student attaches a role to running web-1; software on it reads the bucket and nothing else', () => {
    const { world, student } = sandbox();
    const described = world.call(student, 'ec2', 'DescribeInstances', {
      Filters: [{ Name: 'tag:Name', Values: ['web-1'] }],
    });
    const id = instanceNamed(world, DEV, 'web-1');
    expect(described).toMatchObject({
      Reservations: [{ Instances: [{ InstanceId: id, State: { Name: 'running' } }] }],
    });
    expect(JSON.stringify(described)).not.toContain('IamInstanceProfile');
    // No role yet: IMDS has no iam/ category.
    const token = imdsRequest(world, id, {
      method: 'PUT',
      path: '/latest/api/token',
      headers: { 'X-aws-ec2-metadata-token-ttl-seconds': '60' },
    }).body;
    expect(
      imdsRequest(world, id, {
        method: 'GET',
        path: '/latest/meta-data/iam/security-credentials/',
        headers: { 'X-aws-ec2-metadata-token': token },
      }).status,
    ).toBe(404);

    const steps = [
      world.call(student, 'iam', 'CreateRole', {
        RoleName: 'WebReportsReader',
        AssumeRolePolicyDocument: serviceTrust('ec2.amazonaws.com'),
      }),
      world.call(student, 'iam', 'PutRolePolicy', {
        RoleName: 'WebReportsReader',
        PolicyName: 'ReadReports',
        PolicyDocument: readOneBucket,
      }),
      world.call(student, 'iam', 'CreateInstanceProfile', { InstanceProfileName: 'WebReportsReader' }),
      world.call(student, 'iam', 'AddRoleToInstanceProfile', {
        InstanceProfileName: 'WebReportsReader',
        RoleName: 'WebReportsReader',
      }),
    ];
    for (const step of steps) expect(step).not.toHaveProperty('code');
    expect(
      world.call(student, 'ec2', 'AssociateIamInstanceProfile', {
        InstanceId: id,
        IamInstanceProfile: { Name: 'WebReportsReader' },
      }),
    ).toMatchObject({ IamInstanceProfileAssociation: { InstanceId: id, State: 'associating' } });

    const onInstance = imdsCredentials(world, id);
    expect(world.call(onInstance, 'sts', 'GetCallerIdentity')).toMatchObject({
      Arn: `arn:aws:sts::${DEV}:assumed-role/WebReportsReader/${id}`,
    });
    const listed = world.call(onInstance, 's3', 'ListObjectsV2', { Bucket: BUCKET }) as {
      Contents: { Key: string }[];
    };
    expect(listed.Contents.map((o) => o.Key)).toEqual([
      'private/salaries.csv',
      'reports/2025-01.csv',
      'reports/2025-02.csv',
    ]);
    const object = world.call(onInstance, 's3', 'GetObject', { Bucket: BUCKET, Key: 'reports/2025-01.csv' });
    expect(fromUtf8((object as { Body: Uint8Array }).Body)).toBe('month,cost\n2025-01,412.50\n');

    // Read-only, and only this bucket.
    const role = `arn:aws:sts::${DEV}:assumed-role/WebReportsReader/${id}`;
    expect(
      world.call(onInstance, 's3', 'PutObject', { Bucket: BUCKET, Key: 'x.txt', Body: 'x' }),
    ).toMatchObject({
      code: 'AccessDenied',
      message: `User: ${role} is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::${BUCKET}/x.txt" because no identity-based policy allows the s3:PutObject action`,
    });
    expect(world.call(onInstance, 's3', 'ListObjectsV2', { Bucket: 'account-b-bucket' })).toMatchObject({
      code: 'AccessDenied',
    });
  });
});
