import { describe, expect, it } from 'vitest';
import { allow, sandbox } from '../scenarios/fixtures.ts';

const root = { principal: 'arn:aws:iam::111111111111:root' };

describe('users and access keys', () => {
  it('a new user with a key can call with it, limited to its own policies', () => {
    const { world } = sandbox();
    expect(world.call(root, 'iam', 'CreateUser', { UserName: 'alice' })).toMatchObject({
      User: { UserName: 'alice', Arn: 'arn:aws:iam::111111111111:user/alice', Path: '/' },
    });
    expect(world.call(root, 'iam', 'CreateUser', { UserName: 'ALICE' })).toMatchObject({
      code: 'EntityAlreadyExists',
      message: 'User with name ALICE already exists.',
    });
    const key = world.call(root, 'iam', 'CreateAccessKey', { UserName: 'alice' }) as {
      AccessKey: { AccessKeyId: string; SecretAccessKey: string; Status: string };
    };
    expect(key.AccessKey.AccessKeyId).toMatch(/^AKIA[A-Z2-7]{16}$/);
    expect(key.AccessKey.Status).toBe('Active');
    const alice = { accessKeyId: key.AccessKey.AccessKeyId, secretAccessKey: key.AccessKey.SecretAccessKey };
    expect(world.call(alice, 'iam', 'ListRoles')).toMatchObject({ code: 'AccessDenied' });
    world.call(root, 'iam', 'AttachUserPolicy', {
      UserName: 'alice',
      PolicyArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess',
    });
    expect(world.call(alice, 'iam', 'ListRoles')).toMatchObject({ Roles: [], IsTruncated: false });
    expect(world.call(alice, 'iam', 'GetUser')).toMatchObject({ User: { UserName: 'alice' } });
    world.call(root, 'iam', 'PutUserPolicy', {
      UserName: 'alice',
      PolicyName: 'p',
      PolicyDocument: allow('s3:*'),
    });
    expect(world.call(root, 'iam', 'ListUsers')).toMatchObject({
      Users: [{ UserName: 'alice' }, { UserName: 'student' }],
    });
    expect(world.call(root, 'iam', 'DeleteUser', { UserName: 'alice' })).toMatchObject({
      code: 'DeleteConflict',
      message: 'Cannot delete entity, must delete access keys first.',
    });
    world.call(root, 'iam', 'CreateAccessKey', { UserName: 'alice' });
    expect(world.call(root, 'iam', 'CreateAccessKey', { UserName: 'alice' })).toMatchObject({
      code: 'LimitExceeded',
      message: 'Cannot exceed quota for AccessKeysPerUser: 2',
    });
  });

  it('GetUser for an unknown user', () => {
    const { world } = sandbox();
    expect(world.call(root, 'iam', 'GetUser', { UserName: 'nobody' })).toMatchObject({
      code: 'NoSuchEntity',
      message: 'The user with name nobody cannot be found.',
    });
  });
});
