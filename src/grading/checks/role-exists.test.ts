import { describe, expect, it } from 'vitest';
import { lab, serviceTrust } from './test-helpers.ts';

describe('role-exists / role-absent', () => {
  it('follows the role through creation and deletion', () => {
    const { check, createRole, asStudent } = lab();
    expect(check({ kind: 'role-exists', role: 'AppRole' })).toMatchObject({
      passed: false,
      feedback: 'there is no role named AppRole in account 111111111111',
    });
    expect(check({ kind: 'role-absent', role: 'AppRole' }).passed).toBe(true);
    createRole('AppRole', serviceTrust('ec2.amazonaws.com'));
    expect(check({ kind: 'role-exists', role: 'arn:aws:iam::111111111111:role/AppRole' })).toMatchObject({
      passed: true,
      feedback: 'role AppRole exists in account 111111111111 (arn:aws:iam::111111111111:role/AppRole)',
    });
    expect(check({ kind: 'role-absent', role: 'AppRole' }).feedback).toBe(
      'role AppRole still exists in account 111111111111',
    );
    asStudent('iam', 'DeleteRole', { RoleName: 'AppRole' });
    expect(check({ kind: 'role-absent', role: 'AppRole' }).passed).toBe(true);
  });

  it('an ARN with a path must match the role path: a hand-made role is not the service-linked one', () => {
    const { check, createRole, asStudent } = lab();
    const slr =
      'arn:aws:iam::111111111111:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling';
    createRole('AWSServiceRoleForAutoScaling', serviceTrust('autoscaling.amazonaws.com'));
    expect(check({ kind: 'role-exists', role: slr })).toMatchObject({
      passed: false,
      feedback: `role AWSServiceRoleForAutoScaling exists in account 111111111111 under path /, not where ${slr} says`,
    });
    asStudent('iam', 'DeleteRole', { RoleName: 'AWSServiceRoleForAutoScaling' });
    asStudent('iam', 'CreateServiceLinkedRole', { AWSServiceName: 'autoscaling.amazonaws.com' });
    expect(check({ kind: 'role-exists', role: slr }).passed).toBe(true);
    expect(check({ kind: 'role-exists', role: 'AWSServiceRoleForAutoScaling' }).passed).toBe(true);
  });
});

describe('max-session-duration', () => {
  it('checks the range', () => {
    const { check, createRole, asStudent } = lab();
    createRole('Ops', serviceTrust('ec2.amazonaws.com'));
    const spec = { kind: 'max-session-duration', role: 'Ops', min: 7200, max: 14400 };
    expect(check(spec).feedback).toBe(
      'Ops allows sessions of up to 3600 seconds; expected 7200–14400 seconds',
    );
    asStudent('iam', 'UpdateRole', { RoleName: 'Ops', MaxSessionDuration: 14400 });
    expect(check(spec).passed).toBe(true);
  });

  it('refuses min above max', () => {
    const { check } = lab();
    expect(() => check({ kind: 'max-session-duration', role: 'Ops', min: 7200, max: 3600 })).toThrow(
      /min must not exceed max/,
    );
  });
});
