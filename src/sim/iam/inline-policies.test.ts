import { describe, expect, it } from 'vitest';
import { sandbox, trust } from '../scenarios/fixtures.ts';

const DEV = '111111111111';
const root = { principal: `arn:aws:iam::${DEV}:root` };

/** An identity policy of exactly `size` characters as IAM counts them (no whitespace outside strings). */
function policyOfSize(size: number): string {
  const head =
    '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::';
  const tail = '"}]}';
  return `${head}${'x'.repeat(size - head.length - tail.length)}${tail}`;
}

function lab() {
  const { world } = sandbox();
  world.call(root, 'iam', 'CreateRole', { RoleName: 'App', AssumeRolePolicyDocument: trust(DEV) });
  world.call(root, 'iam', 'CreateUser', { UserName: 'alice' });
  world.call(root, 'iam', 'CreateGroup', { GroupName: 'Ops' });
  const put = (kind: 'Role' | 'User' | 'Group', name: string, policy: string, doc: string) =>
    world.call(root, 'iam', `Put${kind}Policy`, {
      [`${kind}Name`]: name,
      PolicyName: policy,
      PolicyDocument: doc,
    });
  return { put };
}

describe('inline policy size', () => {
  it('has no per-policy limit: one role policy may pass the managed-policy 6,144', () => {
    const { put } = lab();
    expect(policyOfSize(8000)).toHaveLength(8000);
    expect(put('Role', 'App', 'big', policyOfSize(8000))).toEqual({});
  });

  it('limits the aggregate per role to 10,240 characters, the replaced policy not counted', () => {
    const { put } = lab();
    expect(put('Role', 'App', 'a', policyOfSize(6000))).toEqual({});
    expect(put('Role', 'App', 'b', policyOfSize(4240))).toEqual({});
    expect(put('Role', 'App', 'c', policyOfSize(200))).toEqual({
      kind: 'AwsError',
      code: 'LimitExceeded',
      message: 'Maximum policy size of 10240 bytes exceeded for role App',
      status: 409,
    });
    // Replacing `b` with a same-size document still fits.
    expect(put('Role', 'App', 'b', policyOfSize(4240))).toEqual({});
  });

  it('does not count whitespace outside strings', () => {
    const { put } = lab();
    const spaced = policyOfSize(2048).replace(/,/g, ' ,\n  ');
    expect(put('User', 'alice', 'p', spaced)).toEqual({});
  });

  it('limits users to 2,048 and groups to 5,120', () => {
    const { put } = lab();
    expect(put('User', 'alice', 'p', policyOfSize(2049))).toMatchObject({
      code: 'LimitExceeded',
      message: 'Maximum policy size of 2048 bytes exceeded for user alice',
    });
    expect(put('Group', 'Ops', 'p', policyOfSize(5120))).toEqual({});
    expect(put('Group', 'Ops', 'q', policyOfSize(150))).toMatchObject({
      code: 'LimitExceeded',
      message: 'Maximum policy size of 5120 bytes exceeded for group Ops',
    });
  });
});
