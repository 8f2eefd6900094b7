import { describe, expect, it } from 'vitest';
import { allow, sandbox } from '../scenarios/fixtures.ts';

const DEV = '111111111111';
const root = { principal: `arn:aws:iam::${DEV}:root` };

describe('groups', () => {
  it('membership grants the group policy; a group with members cannot be deleted', () => {
    const { world } = sandbox();
    world.call(root, 'iam', 'CreateUser', { UserName: 'dana' });
    const dana = { principal: `arn:aws:iam::${DEV}:user/dana` };
    world.call(root, 'iam', 'CreateGroup', { GroupName: 'Readers' });
    world.call(root, 'iam', 'AddUserToGroup', { GroupName: 'Readers', UserName: 'dana' });
    expect(world.call(dana, 'iam', 'ListRoles')).toMatchObject({ code: 'AccessDenied' });
    world.call(root, 'iam', 'PutGroupPolicy', {
      GroupName: 'Readers',
      PolicyName: 'read',
      PolicyDocument: allow('iam:ListRoles'),
    });
    expect(world.call(dana, 'iam', 'ListRoles')).toHaveProperty('Roles');
    expect(world.call(root, 'iam', 'GetGroup', { GroupName: 'Readers' })).toMatchObject({
      Users: [{ UserName: 'dana' }],
    });
    expect(world.call(root, 'iam', 'ListGroupsForUser', { UserName: 'dana' })).toMatchObject({
      Groups: [{ GroupName: 'Readers' }],
    });
    expect(world.call(root, 'iam', 'DeleteGroup', { GroupName: 'Readers' })).toMatchObject({
      code: 'DeleteConflict',
      message: 'Cannot delete entity, must remove users from group first.',
    });
  });
});

describe('service-linked roles', () => {
  it('are created under /aws-service-role/, protected, and deleted through DeleteServiceLinkedRole', () => {
    const { world } = sandbox();
    const created = world.call(root, 'iam', 'CreateServiceLinkedRole', {
      AWSServiceName: 'ecs.amazonaws.com',
    });
    expect(created).toMatchObject({
      Role: {
        RoleName: 'AWSServiceRoleForECS',
        Path: '/aws-service-role/ecs.amazonaws.com/',
        Arn: `arn:aws:iam::${DEV}:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS`,
      },
    });
    expect(
      world.call(root, 'iam', 'CreateServiceLinkedRole', { AWSServiceName: 'ecs.amazonaws.com' }),
    ).toMatchObject({
      code: 'InvalidInput',
      message:
        'Service role name AWSServiceRoleForECS has been taken in this account, please try a different suffix.',
    });
    expect(world.call(root, 'iam', 'DeleteRole', { RoleName: 'AWSServiceRoleForECS' })).toMatchObject({
      code: 'UnmodifiableEntity',
      message:
        "Cannot perform the operation on the protected role 'AWSServiceRoleForECS' - this role is only modifiable by AWS",
    });
    const task = world.call(root, 'iam', 'DeleteServiceLinkedRole', { RoleName: 'AWSServiceRoleForECS' });
    expect(task).toHaveProperty('DeletionTaskId');
    expect(
      world.call(root, 'iam', 'GetServiceLinkedRoleDeletionStatus', {
        DeletionTaskId: (task as { DeletionTaskId: string }).DeletionTaskId,
      }),
    ).toEqual({ Status: 'SUCCEEDED' });
  });
});
