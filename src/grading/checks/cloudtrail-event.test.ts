import { describe, expect, it } from 'vitest';
import { lab, serviceTrust, trust } from './test-helpers.ts';

describe('cloudtrail-event', () => {
  it('finds a successful AssumeRole by session name, and a denied one by error code', () => {
    const { check, createRole, world, student } = lab();
    createRole('Admin', trust('111111111111'));
    createRole('Ec2Only', serviceTrust('ec2.amazonaws.com'));
    const spec = {
      kind: 'cloudtrail-event',
      eventName: 'AssumeRole',
      username: 'student',
      errorCode: 'AccessDenied',
    };
    expect(check(spec).feedback).toBe(
      'CloudTrail in account 111111111111 has no AssumeRole event by student failing with AccessDenied: no AssumeRole event at all',
    );
    world.call(student, 'sts', 'AssumeRole', {
      RoleArn: 'arn:aws:iam::111111111111:role/Admin',
      RoleSessionName: 'ok',
    });
    expect(check(spec).feedback).toMatch(/: 1 AssumeRole event\(s\), none matching$/);
    world.call(student, 'sts', 'AssumeRole', {
      RoleArn: 'arn:aws:iam::111111111111:role/Ec2Only',
      RoleSessionName: 'no',
    });
    expect(check(spec).passed).toBe(true);
    expect(check({ kind: 'cloudtrail-event', eventName: 'AssumeRole', sessionName: 'ok' }).passed).toBe(
      false,
    );
  });

  it('tells a call that succeeded from one that failed', () => {
    const { check, createRole, world, student } = lab();
    createRole('Ec2Only', serviceTrust('ec2.amazonaws.com'));
    createRole('Admin', trust('111111111111'));
    const succeeded = {
      kind: 'cloudtrail-event',
      eventName: 'AssumeRole',
      username: 'student',
      succeeded: true,
    };
    world.call(student, 'sts', 'AssumeRole', {
      RoleArn: 'arn:aws:iam::111111111111:role/Ec2Only',
      RoleSessionName: 'no',
    });
    expect(check(succeeded).feedback).toBe(
      'CloudTrail in account 111111111111 has no AssumeRole event by student that succeeded: 1 AssumeRole event(s), none matching',
    );
    expect(check({ ...succeeded, succeeded: false }).passed).toBe(true);
    world.call(student, 'sts', 'AssumeRole', {
      RoleArn: 'arn:aws:iam::111111111111:role/Admin',
      RoleSessionName: 'ok',
    });
    expect(check(succeeded).passed).toBe(true);
  });

  it('matches calls made from a role session', () => {
    const { check, createRole, world, student } = lab();
    createRole('Admin', trust('111111111111'));
    const out = world.call(student, 'sts', 'AssumeRole', {
      RoleArn: 'arn:aws:iam::111111111111:role/Admin',
      RoleSessionName: 'ops',
    });
    const c = (out as { Credentials: { AccessKeyId: string; SecretAccessKey: string; SessionToken: string } })
      .Credentials;
    world.call(
      { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken },
      'sts',
      'GetCallerIdentity',
      {},
    );
    expect(
      check({
        kind: 'cloudtrail-event',
        eventName: 'GetCallerIdentity',
        sessionName: 'ops',
        eventSource: 'sts.amazonaws.com',
      }).passed,
    ).toBe(true);
  });
});
