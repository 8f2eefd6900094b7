import { describe, expect, it } from 'vitest';
import { sandbox, trust } from '../scenarios/fixtures.ts';
import { awsManagedPolicies } from './aws-managed.ts';

const DEV = '111111111111';
const root = { principal: `arn:aws:iam::${DEV}:root` };
const ATTACHABLE = awsManagedPolicies.filter((p) => p.path !== '/aws-service-role/').map((p) => p.arn);

function lab() {
  const { world } = sandbox();
  world.call(root, 'iam', 'CreateRole', { RoleName: 'App', AssumeRolePolicyDocument: trust(DEV) });
  world.call(root, 'iam', 'CreateUser', { UserName: 'alice' });
  world.call(root, 'iam', 'CreateGroup', { GroupName: 'Ops' });
  const attach = (kind: 'Role' | 'User' | 'Group', name: string, arn: string) =>
    world.call(root, 'iam', `Attach${kind}Policy`, { [`${kind}Name`]: name, PolicyArn: arn });
  return { world, attach };
}

describe('managed policies per identity', () => {
  it('a role takes 10; the 11th is LimitExceeded, re-attaching one is still a no-op', () => {
    const { world, attach } = lab();
    expect(ATTACHABLE.length).toBeGreaterThan(10);
    for (const arn of ATTACHABLE.slice(0, 10)) expect(attach('Role', 'App', arn)).toEqual({});
    expect(attach('Role', 'App', ATTACHABLE[10] as string)).toEqual({
      kind: 'AwsError',
      code: 'LimitExceeded',
      message: 'Cannot exceed quota for PoliciesPerRole: 10',
      status: 409,
    });
    expect(attach('Role', 'App', ATTACHABLE[0] as string)).toEqual({});
    world.call(root, 'iam', 'DetachRolePolicy', { RoleName: 'App', PolicyArn: ATTACHABLE[0] });
    expect(attach('Role', 'App', ATTACHABLE[10] as string)).toEqual({});
  });

  it.each([
    ['User', 'alice', 'PoliciesPerUser'],
    ['Group', 'Ops', 'PoliciesPerGroup'],
  ] as const)('%s: Cannot exceed quota for %s', (kind, name, quota) => {
    const { attach } = lab();
    for (const arn of ATTACHABLE.slice(0, 10)) attach(kind, name, arn);
    expect(attach(kind, name, ATTACHABLE[10] as string)).toMatchObject({
      code: 'LimitExceeded',
      message: `Cannot exceed quota for ${quota}: 10`,
    });
  });

  it('refuses a service-linked role policy', () => {
    const { attach } = lab();
    expect(
      attach('Role', 'App', 'arn:aws:iam::aws:policy/aws-service-role/AutoScalingServiceRolePolicy'),
    ).toEqual({
      kind: 'AwsError',
      code: 'PolicyNotAttachable',
      message: 'Cannot attach a Service Role Policy to a Customer Role.',
      status: 400,
    });
  });
});
