import { describe, expect, it } from 'vitest';
import { lab, serviceTrust } from './test-helpers.ts';

function profileLab() {
  const l = lab();
  l.createRole('WebRole', serviceTrust('ec2.amazonaws.com'));
  l.asStudent('iam', 'CreateInstanceProfile', { InstanceProfileName: 'web' });
  return l;
}

describe('instance-profile-has-role', () => {
  it('passes once the role is added', () => {
    const { check, asStudent } = profileLab();
    const spec = { kind: 'instance-profile-has-role', profile: 'web', role: 'WebRole' };
    expect(check(spec).feedback).toBe('instance profile web holds no role; add WebRole to it');
    asStudent('iam', 'AddRoleToInstanceProfile', { InstanceProfileName: 'web', RoleName: 'WebRole' });
    expect(check(spec)).toMatchObject({ passed: true, feedback: 'instance profile web holds role WebRole' });
    expect(check({ kind: 'instance-profile-has-role', profile: 'other', role: 'WebRole' }).passed).toBe(
      false,
    );
  });
});

describe('instance-uses-profile', () => {
  it('follows instance → profile → role, by Name tag', () => {
    const { check, asStudent, world } = profileLab();
    const spec = { kind: 'instance-uses-profile', instance: 'web-1', profile: 'web', role: 'WebRole' };
    const id = Object.values(world.state.accounts['111111111111']?.ec2.instances ?? {})[0]?.instanceId ?? '';
    expect(check(spec).feedback).toBe(`instance web-1 (${id}) has no instance profile associated`);
    asStudent('ec2', 'AssociateIamInstanceProfile', { InstanceId: id, IamInstanceProfile: { Name: 'web' } });
    expect(check(spec).feedback).toBe(
      `instance web-1 (${id}) uses instance profile web, which holds no role`,
    );
    asStudent('iam', 'AddRoleToInstanceProfile', { InstanceProfileName: 'web', RoleName: 'WebRole' });
    expect(check(spec)).toMatchObject({
      passed: true,
      feedback: `instance web-1 (${id}) uses instance profile web with role WebRole`,
    });
    expect(check({ kind: 'instance-uses-profile', instance: id, role: 'OtherRole' }).feedback).toBe(
      `instance ${id} uses instance profile web, whose role is WebRole, not OtherRole`,
    );
  });

  it('needs profile or role', () => {
    const { check } = lab();
    expect(() => check({ kind: 'instance-uses-profile', instance: 'web-1' })).toThrow(
      /give profile, role or both/,
    );
  });
});
