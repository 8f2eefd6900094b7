import { describe, expect, it } from 'vitest';
import { SANDBOX_ACCOUNTS } from '../scenarios/default-sandbox.ts';
import { sandbox, trust } from '../scenarios/fixtures.ts';
import { attachScp, createScp } from '../world/accounts.ts';
import { DEV, PROD, prodRoot, sessionOf } from './helpers.ts';

const ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess';
const denyIamUsers = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Sid: 'NoIamUsers', Effect: 'Deny', Action: ['iam:CreateUser', 'iam:CreateAccessKey'], Resource: '*' },
  ],
});

describe('walkthrough: an SCP guardrail on an OU', () => {
  it('denies an action to every principal in the OU, admins and root included, never to the management account', () => {
    const { world, student } = sandbox();
    const org = world.state.organization;
    const workloads = Object.values(org?.units ?? {}).find((u) => u.name === 'Workloads');
    if (!workloads) throw new Error('the sandbox has a Workloads OU');
    attachScp(
      world.state,
      createScp(world.state, world.ids.random, 'NoIamUsers', denyIamUsers),
      workloads.id,
    );

    world.call(prodRoot, 'iam', 'CreateRole', {
      RoleName: 'ProdAdmin',
      AssumeRolePolicyDocument: trust(DEV),
    });
    world.call(prodRoot, 'iam', 'AttachRolePolicy', { RoleName: 'ProdAdmin', PolicyArn: ADMIN });
    const admin = sessionOf(
      world.call(student, 'sts', 'AssumeRole', {
        RoleArn: `arn:aws:iam::${PROD}:role/ProdAdmin`,
        RoleSessionName: 'admin',
      }),
    );
    // AdministratorAccess still works for everything the SCP does not deny.
    expect(
      world.call(admin, 'iam', 'CreateRole', { RoleName: 'Other', AssumeRolePolicyDocument: trust(PROD) }),
    ).toHaveProperty('Role');
    expect(world.call(admin, 'iam', 'CreateUser', { UserName: 'backdoor' })).toMatchObject({
      code: 'AccessDenied',
      message: `User: arn:aws:sts::${PROD}:assumed-role/ProdAdmin/admin is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::${PROD}:user/backdoor with an explicit deny in a service control policy`,
    });
    // SCPs restrict a member account's root user too.
    expect(world.call(prodRoot, 'iam', 'CreateUser', { UserName: 'backdoor' })).toMatchObject({
      code: 'AccessDenied',
    });
    expect(
      world.call({ principal: `arn:aws:iam::${SANDBOX_ACCOUNTS.management}:root` }, 'iam', 'CreateUser', {
        UserName: 'breakglass',
      }),
    ).toHaveProperty('User');
  });
});
