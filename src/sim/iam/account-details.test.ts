import { describe, expect, it } from 'vitest';
import { allow, sandbox } from '../scenarios/fixtures.ts';
import { encodeDocument } from './encode.ts';

const DEV = '111111111111';
const devRoot = { principal: `arn:aws:iam::${DEV}:root` };

describe('account inventory operations', () => {
  it('GetAccountAuthorizationDetails lists users, roles and policies with URL-encoded documents', () => {
    const { world } = sandbox();
    world.call(devRoot, 'iam', 'CreatePolicy', {
      PolicyName: 'ReadLogs',
      PolicyDocument: allow('logs:Get*'),
    });
    world.call(devRoot, 'iam', 'AttachUserPolicy', {
      UserName: 'student',
      PolicyArn: `arn:aws:iam::${DEV}:policy/ReadLogs`,
    });
    const out = world.call(devRoot, 'iam', 'GetAccountAuthorizationDetails', {
      Filter: ['User', 'LocalManagedPolicy'],
    }) as Record<string, { [k: string]: unknown }[]>;
    expect(out).not.toHaveProperty('RoleDetailList');
    const student = out.UserDetailList?.find((u) => u.UserName === 'student');
    expect(student).toMatchObject({
      AttachedManagedPolicies: [{ PolicyName: 'ReadLogs', PolicyArn: `arn:aws:iam::${DEV}:policy/ReadLogs` }],
    });
    expect(out.Policies).toEqual([
      expect.objectContaining({
        PolicyName: 'ReadLogs',
        AttachmentCount: 1,
        PolicyVersionList: [
          expect.objectContaining({ Document: encodeDocument(allow('logs:Get*')), IsDefaultVersion: true }),
        ],
      }),
    ]);
  });

  it('access keys: last use is recorded by world.call; an inactive key stops working', () => {
    const { world, student } = sandbox();
    const id = student.accessKeyId;
    expect(world.call(devRoot, 'iam', 'GetAccessKeyLastUsed', { AccessKeyId: id })).toEqual({
      UserName: 'student',
      AccessKeyLastUsed: { ServiceName: 'N/A', Region: 'N/A' },
    });
    world.call(student, 'sts', 'GetCallerIdentity', {});
    expect(world.call(devRoot, 'iam', 'GetAccessKeyLastUsed', { AccessKeyId: id })).toMatchObject({
      AccessKeyLastUsed: { LastUsedDate: '2025-01-15T09:00:00Z', ServiceName: 'sts', Region: 'us-east-1' },
    });
    expect(
      world.call(devRoot, 'iam', 'UpdateAccessKey', {
        UserName: 'student',
        AccessKeyId: id,
        Status: 'Inactive',
      }),
    ).toEqual({});
    expect(world.call(student, 'sts', 'GetCallerIdentity', {})).toMatchObject({
      code: 'InvalidClientTokenId',
    });
  });

  it('account aliases, user tags and the entities of a policy', () => {
    const { world } = sandbox();
    world.call(devRoot, 'iam', 'DeleteAccountAlias', { AccountAlias: 'dev' });
    expect(world.call(devRoot, 'iam', 'ListAccountAliases', {})).toEqual({
      AccountAliases: [],
      IsTruncated: false,
    });
    expect(world.call(devRoot, 'iam', 'CreateAccountAlias', { AccountAlias: 'prod' })).toMatchObject({
      code: 'EntityAlreadyExists',
    });
    world.call(devRoot, 'iam', 'CreateAccountAlias', { AccountAlias: 'dev-lab' });
    expect(world.call(devRoot, 'iam', 'ListAccountAliases', {})).toMatchObject({
      AccountAliases: ['dev-lab'],
    });

    world.call(devRoot, 'iam', 'TagUser', { UserName: 'student', Tags: [{ Key: 'team', Value: 'blue' }] });
    expect(world.call(devRoot, 'iam', 'ListUserTags', { UserName: 'student' })).toMatchObject({
      Tags: [{ Key: 'team', Value: 'blue' }],
    });
    world.call(devRoot, 'iam', 'UntagUser', { UserName: 'student', TagKeys: ['team'] });
    expect(world.call(devRoot, 'iam', 'ListUserTags', { UserName: 'student' })).toMatchObject({ Tags: [] });

    const admin = 'arn:aws:iam::aws:policy/AdministratorAccess';
    world.call(devRoot, 'iam', 'AttachUserPolicy', { UserName: 'student', PolicyArn: admin });
    expect(world.call(devRoot, 'iam', 'ListEntitiesForPolicy', { PolicyArn: admin })).toMatchObject({
      PolicyUsers: [{ UserName: 'student' }],
      PolicyRoles: [],
      PolicyGroups: [],
    });
  });
});
