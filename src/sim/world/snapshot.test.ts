import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allow, sandbox, trust } from '../scenarios/fixtures.ts';
import { restoreWorld } from './restore.ts';
import type { World } from './world.ts';

const STUDENT = 'arn:aws:iam::111111111111:user/student';
const names = fc.constantFrom('A', 'b', 'App-Role', 'x.y');

/** Learner-like steps; errors are fine, they must not change the snapshot property. */
const step = fc.oneof(
  names.map(
    (n) => (w: World, c: object) =>
      w.call(c as never, 'iam', 'CreateRole', { RoleName: n, AssumeRolePolicyDocument: trust(STUDENT) }),
  ),
  names.map((n) => (w: World, c: object) => w.call(c as never, 'iam', 'DeleteRole', { RoleName: n })),
  names.map(
    (n) => (w: World, c: object) =>
      w.call(c as never, 'iam', 'PutRolePolicy', {
        RoleName: n,
        PolicyName: 'p',
        PolicyDocument: allow('s3:*'),
      }),
  ),
  names.map(
    (n) => (w: World, c: object) =>
      w.call(c as never, 'iam', 'TagRole', { RoleName: n, Tags: [{ Key: 'k', Value: n }] }),
  ),
  names.map(
    (n) => (w: World, c: object) =>
      w.call(c as never, 'sts', 'AssumeRole', {
        RoleArn: `arn:aws:iam::111111111111:role/${n}`,
        RoleSessionName: 's1',
      }),
  ),
  fc.nat(7200).map((s) => (w: World) => w.clock.advance(s * 1000)),
);

describe('world snapshots', () => {
  it('snapshot → restore → snapshot is byte-for-byte identical, and the restored world continues identically', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), fc.array(step, { maxLength: 6 }), (before, after) => {
        const { world, student } = sandbox();
        for (const s of before) s(world, student);
        const text = JSON.stringify(world.snapshot());
        const restored = restoreWorld(text);
        expect(JSON.stringify(restored.snapshot())).toBe(text);
        for (const s of after) {
          expect(JSON.stringify(s(restored, student))).toBe(JSON.stringify(s(world, student)));
        }
        expect(JSON.stringify(restored.snapshot())).toBe(JSON.stringify(world.snapshot()));
      }),
      { numRuns: 60 },
    );
  });

  it('a snapshot is a copy, and unknown formats are refused', () => {
    const { world, student } = sandbox();
    const snap = world.snapshot();
    world.call(student, 'iam', 'CreateRole', { RoleName: 'Later', AssumeRolePolicyDocument: trust(STUDENT) });
    expect(snap.state.accounts['111111111111']?.iam.roles.later).toBeUndefined();
    expect(() => restoreWorld({ ...snap, format: 'other' as never })).toThrow(
      /unknown world snapshot format/,
    );
  });
});
