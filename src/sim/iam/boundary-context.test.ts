import { describe, expect, it } from 'vitest';
import { allow, sandbox, trust } from '../scenarios/fixtures.ts';

const DEV = '111111111111';
const root = { principal: `arn:aws:iam::${DEV}:root` };
const delegate = { principal: `arn:aws:iam::${DEV}:user/delegate` };
const BOUNDARY = `arn:aws:iam::${DEV}:policy/AppBoundary`;
const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';

/**
 * The IAM User Guide's delegation pattern ("Permissions boundaries for IAM entities"): a delegated admin may create
 * and change roles and users only while they carry the company boundary.
 */
function delegatedWorld() {
  const { world } = sandbox();
  const call = (caller: typeof root, op: string, params: Record<string, unknown>) =>
    world.call(caller, 'iam', op, params);
  call(root, 'CreatePolicy', { PolicyName: 'AppBoundary', PolicyDocument: allow('s3:*') });
  call(root, 'CreateRole', {
    RoleName: 'Bounded',
    AssumeRolePolicyDocument: trust(DEV),
    PermissionsBoundary: BOUNDARY,
  });
  call(root, 'CreateRole', { RoleName: 'Free', AssumeRolePolicyDocument: trust(DEV) });
  call(root, 'CreateUser', { UserName: 'bounded-user', PermissionsBoundary: BOUNDARY });
  call(root, 'CreateUser', { UserName: 'free-user' });
  call(root, 'CreateUser', { UserName: 'delegate' });
  call(root, 'PutUserPolicy', {
    UserName: 'delegate',
    PolicyName: 'CreateOrChangeOnlyWithBoundary',
    PolicyDocument: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: [
            'iam:CreateRole',
            'iam:CreateUser',
            'iam:PutRolePolicy',
            'iam:DeleteRolePolicy',
            'iam:AttachRolePolicy',
            'iam:DetachRolePolicy',
            'iam:PutRolePermissionsBoundary',
            'iam:AttachUserPolicy',
            'iam:PutUserPolicy',
          ],
          Resource: '*',
          Condition: { StringEquals: { 'iam:PermissionsBoundary': BOUNDARY } },
        },
      ],
    }),
  });
  return { world, call };
}

describe('iam:PermissionsBoundary', () => {
  it('on policy changes is the target role’s current boundary: bounded roles only', () => {
    const { call } = delegatedWorld();
    const inline = (RoleName: string) => ({ RoleName, PolicyName: 'S3', PolicyDocument: allow('s3:*') });
    expect(call(delegate, 'PutRolePolicy', inline('Bounded'))).toEqual({});
    expect(call(delegate, 'AttachRolePolicy', { RoleName: 'Bounded', PolicyArn: READ_ONLY })).toEqual({});
    expect(call(delegate, 'DetachRolePolicy', { RoleName: 'Bounded', PolicyArn: READ_ONLY })).toEqual({});
    expect(call(delegate, 'DeleteRolePolicy', { RoleName: 'Bounded', PolicyName: 'S3' })).toEqual({});
    expect(call(delegate, 'PutRolePolicy', inline('Free'))).toMatchObject({
      code: 'AccessDenied',
      message: `User: arn:aws:iam::${DEV}:user/delegate is not authorized to perform: iam:PutRolePolicy on resource: arn:aws:iam::${DEV}:role/Free because no identity-based policy allows the iam:PutRolePolicy action`,
    });
    expect(call(delegate, 'AttachRolePolicy', { RoleName: 'Free', PolicyArn: READ_ONLY })).toMatchObject({
      code: 'AccessDenied',
    });
  });

  it('on users too, and on boundary changes it is the boundary being set', () => {
    const { call } = delegatedWorld();
    expect(call(delegate, 'AttachUserPolicy', { UserName: 'bounded-user', PolicyArn: READ_ONLY })).toEqual(
      {},
    );
    expect(call(delegate, 'AttachUserPolicy', { UserName: 'free-user', PolicyArn: READ_ONLY })).toMatchObject(
      {
        code: 'AccessDenied',
      },
    );
    // Putting the company boundary on the unbounded role is allowed, and then it may be changed.
    expect(
      call(delegate, 'PutRolePermissionsBoundary', { RoleName: 'Free', PermissionsBoundary: BOUNDARY }),
    ).toEqual({});
    expect(call(delegate, 'AttachRolePolicy', { RoleName: 'Free', PolicyArn: READ_ONLY })).toEqual({});
    expect(
      call(delegate, 'PutRolePermissionsBoundary', { RoleName: 'Free', PermissionsBoundary: READ_ONLY }),
    ).toMatchObject({ code: 'AccessDenied' });
    expect(call(delegate, 'CreateUser', { UserName: 'new-user' })).toMatchObject({ code: 'AccessDenied' });
    expect(
      call(delegate, 'CreateUser', { UserName: 'new-user', PermissionsBoundary: BOUNDARY }),
    ).toMatchObject({
      User: { UserName: 'new-user' },
    });
  });
});
