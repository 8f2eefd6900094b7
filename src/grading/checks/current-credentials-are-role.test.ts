import { describe, expect, it } from 'vitest';
import type { Credentials } from '../../sim/world/index.ts';
import { lab, trust } from './test-helpers.ts';

describe('current-credentials-are-role', () => {
  it('passes only for a live session of the role', () => {
    const { check, createRole, asStudent, student, world } = lab();
    createRole('Admin', trust('111111111111'));
    const spec = { kind: 'current-credentials-are-role', role: 'Admin', sessionName: 'me' };
    expect(check(spec).feedback).toBe(
      'the grader could not see which credentials your shell uses (with a role profile, run an aws command such as `aws sts get-caller-identity` first)',
    );
    expect(check(spec, { currentCaller: student }).feedback).toBe(
      "your shell's credentials are arn:aws:iam::111111111111:user/student, not a session of Admin",
    );
    const out = asStudent('sts', 'AssumeRole', {
      RoleArn: 'arn:aws:iam::111111111111:role/Admin',
      RoleSessionName: 'me',
    });
    const c = out.Credentials as { AccessKeyId: string; SecretAccessKey: string; SessionToken: string };
    const session: Credentials = {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      sessionToken: c.SessionToken,
    };
    expect(check(spec, { currentCaller: session })).toMatchObject({
      passed: true,
      feedback:
        "your shell's credentials are arn:aws:sts::111111111111:assumed-role/Admin/me, a session of Admin",
    });
    expect(check({ ...spec, sessionName: 'other' }, { currentCaller: session }).feedback).toBe(
      'your session of Admin is named me, not other',
    );
    world.clock.advance(3601_000);
    expect(check(spec, { currentCaller: session }).feedback).toMatch(
      /^your shell's credentials do not work: ExpiredToken/,
    );
  });
});
