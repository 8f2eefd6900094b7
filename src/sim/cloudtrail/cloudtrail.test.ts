import { describe, expect, it } from 'vitest';
import { sandbox, trust } from '../scenarios/fixtures.ts';

const DEV = '111111111111';
const PROD = '999999999999';
const devRoot = { principal: `arn:aws:iam::${DEV}:root` };
const prodRoot = { principal: `arn:aws:iam::${PROD}:root` };

type Event = {
  EventName: string;
  Username: string;
  ReadOnly: string;
  CloudTrailEvent: string;
  Resources: unknown[];
};
const lookup = (w: ReturnType<typeof sandbox>['world'], caller: object, params = {}) =>
  (w.call(caller as typeof devRoot, 'cloudtrail', 'LookupEvents', params) as { Events: Event[] }).Events;

describe('CloudTrail event history', () => {
  it('shows an AssumeRole with its session name in both accounts, never the secret key', () => {
    const { world, student } = sandbox();
    world.call(prodRoot, 'iam', 'CreateRole', { RoleName: 'Deploy', AssumeRolePolicyDocument: trust(DEV) });
    const out = world.call(student, 'sts', 'AssumeRole', {
      RoleArn: `arn:aws:iam::${PROD}:role/Deploy`,
      RoleSessionName: 'alice-deploy',
    }) as { Credentials: { AccessKeyId: string; SecretAccessKey: string } };
    const [mine] = lookup(world, devRoot, {
      LookupAttributes: [{ AttributeKey: 'EventName', AttributeValue: 'AssumeRole' }],
    });
    expect(mine).toMatchObject({ Username: 'student', ReadOnly: 'true' });
    expect(mine?.Resources).toContainEqual({
      ResourceType: 'AWS::IAM::Role',
      ResourceName: `arn:aws:iam::${PROD}:role/Deploy`,
    });
    const record = JSON.parse(mine?.CloudTrailEvent ?? '{}');
    expect(record).toMatchObject({
      eventSource: 'sts.amazonaws.com',
      eventName: 'AssumeRole',
      eventType: 'AwsApiCall',
      awsRegion: 'us-east-1',
      userIdentity: { type: 'IAMUser', userName: 'student', accessKeyId: 'AKIAIOSFODNN7EXAMPLE' },
      requestParameters: { roleArn: `arn:aws:iam::${PROD}:role/Deploy`, roleSessionName: 'alice-deploy' },
      responseElements: {
        credentials: { accessKeyId: out.Credentials.AccessKeyId },
        assumedRoleUser: { arn: `arn:aws:sts::${PROD}:assumed-role/Deploy/alice-deploy` },
      },
      recipientAccountId: DEV,
    });
    expect(mine?.CloudTrailEvent).not.toContain(out.Credentials.SecretAccessKey);
    const [theirs] = lookup(world, prodRoot, {
      LookupAttributes: [{ AttributeKey: 'EventName', AttributeValue: 'AssumeRole' }],
    });
    const copy = JSON.parse(theirs?.CloudTrailEvent ?? '{}');
    expect(copy).toMatchObject({ recipientAccountId: PROD, sharedEventID: record.sharedEventID });
  });

  it('calls made with the session show the AssumedRole identity', () => {
    const { world, student } = sandbox();
    world.call(devRoot, 'iam', 'CreateRole', { RoleName: 'Reader', AssumeRolePolicyDocument: trust(DEV) });
    const c = (
      world.call(student, 'sts', 'AssumeRole', {
        RoleArn: `arn:aws:iam::${DEV}:role/Reader`,
        RoleSessionName: 's1',
      }) as {
        Credentials: { AccessKeyId: string; SecretAccessKey: string; SessionToken: string };
      }
    ).Credentials;
    const session = {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      sessionToken: c.SessionToken,
    };
    world.call(session, 'iam', 'ListRoles', {});
    const [event] = lookup(world, devRoot, {
      LookupAttributes: [{ AttributeKey: 'Username', AttributeValue: 's1' }],
    });
    expect(JSON.parse(event?.CloudTrailEvent ?? '{}')).toMatchObject({
      eventName: 'ListRoles',
      errorCode: 'AccessDenied',
      userIdentity: {
        type: 'AssumedRole',
        arn: `arn:aws:sts::${DEV}:assumed-role/Reader/s1`,
        accessKeyId: c.AccessKeyId,
        sessionContext: {
          sessionIssuer: { type: 'Role', userName: 'Reader' },
          attributes: { mfaAuthenticated: 'false' },
        },
      },
    });
  });

  it('records failed calls with errorCode and errorMessage, newest first', () => {
    const { world, student } = sandbox();
    const denied = world.call(student, 's3', 'GetBucketPolicy', { Bucket: 'dev-reports-111111111111' }) as {
      message: string;
    };
    world.call(student, 'iam', 'GetRole', { RoleName: 'Nope' });
    const [latest, earlier] = lookup(world, devRoot);
    expect(JSON.parse(latest?.CloudTrailEvent ?? '{}')).toMatchObject({
      eventName: 'GetRole',
      errorCode: 'NoSuchEntity',
      errorMessage: 'The role with name Nope cannot be found.',
      responseElements: null,
    });
    expect(JSON.parse(earlier?.CloudTrailEvent ?? '{}')).toMatchObject({
      eventSource: 's3.amazonaws.com',
      errorCode: 'AccessDenied',
      errorMessage: denied.message,
      requestParameters: { bucketName: 'dev-reports-111111111111' },
    });
  });

  it('leaves S3 data events out and pages with MaxResults', () => {
    const { world } = sandbox();
    world.call(devRoot, 's3', 'GetObject', {
      Bucket: 'dev-reports-111111111111',
      Key: 'reports/2025-01.csv',
    });
    world.call(devRoot, 's3', 'ListObjectsV2', { Bucket: 'dev-reports-111111111111' });
    for (const name of ['a', 'b', 'c']) world.call(devRoot, 'iam', 'CreateUser', { UserName: name });
    const page = world.call(devRoot, 'cloudtrail', 'LookupEvents', { MaxResults: 2 }) as {
      Events: Event[];
      NextToken: string;
    };
    expect(page.Events.map((e) => e.EventName)).toEqual(['CreateUser', 'CreateUser']);
    const rest = lookup(world, devRoot, { NextToken: page.NextToken });
    expect(rest.map((e) => e.EventName)).toEqual(['CreateUser']);
  });

  it('LookupEvents needs cloudtrail:LookupEvents; DescribeTrails shows the declared trail', () => {
    const { world } = sandbox();
    // The sandbox's student may look up events; the vendor's user may not.
    const vendor = { principal: 'arn:aws:iam::222222222222:user/vendor-app' };
    expect(world.call(vendor, 'cloudtrail', 'LookupEvents', {})).toMatchObject({ code: 'AccessDenied' });
    expect(
      world.call({ principal: 'arn:aws:iam::123456789012:root' }, 'cloudtrail', 'DescribeTrails', {}),
    ).toMatchObject({
      trailList: [
        {
          Name: 'organization-trail',
          IsOrganizationTrail: true,
          S3BucketName: 'org-cloudtrail-logs-123456789012',
        },
      ],
    });
    expect(world.call(devRoot, 'cloudtrail', 'DescribeTrails', {})).toEqual({ trailList: [] });
  });
});
