import { describe, expect, it } from 'vitest';
import { defaultSandbox } from '../scenarios/default-sandbox.ts';
import { allow, sandbox, trust } from '../scenarios/fixtures.ts';
import { loadScenario } from '../scenarios/load.ts';
import { restoreWorld } from '../world/restore.ts';
import type { World } from '../world/world.ts';
import { DEV, devRoot, imdsCredentials, instanceNamed, STUDENT, serviceTrust, sessionOf } from './helpers.ts';

/** A learner's afternoon across services: every id, key and timestamp it produces comes from the seed and clock. */
function afternoon(world: World): unknown[] {
  const student = { ...sandbox().student };
  const out: unknown[] = [];
  const call = (...args: Parameters<World['call']>) => {
    const result = world.call(...args);
    out.push(result);
    return result;
  };
  call(student, 'iam', 'CreateRole', { RoleName: 'Reader', AssumeRolePolicyDocument: trust(STUDENT) });
  call(student, 'iam', 'PutRolePolicy', {
    RoleName: 'Reader',
    PolicyName: 'p',
    PolicyDocument: allow('s3:*'),
  });
  world.clock.advance(90_000);
  const session = sessionOf(
    call(student, 'sts', 'AssumeRole', {
      RoleArn: `arn:aws:iam::${DEV}:role/Reader`,
      RoleSessionName: 'afternoon',
    }),
  );
  call(session, 's3', 'PutObject', { Bucket: 'dev-reports-111111111111', Key: 'notes.txt', Body: 'hi' });
  call(devRoot, 'iam', 'CreateRole', {
    RoleName: 'Web',
    AssumeRolePolicyDocument: serviceTrust('ec2.amazonaws.com'),
  });
  call(devRoot, 'iam', 'CreateInstanceProfile', { InstanceProfileName: 'Web' });
  call(devRoot, 'iam', 'AddRoleToInstanceProfile', { InstanceProfileName: 'Web', RoleName: 'Web' });
  const web = instanceNamed(world, DEV, 'web-1');
  call(devRoot, 'ec2', 'AssociateIamInstanceProfile', {
    InstanceId: web,
    IamInstanceProfile: { Name: 'Web' },
  });
  call(imdsCredentials(world, web), 'sts', 'GetCallerIdentity');
  call(student, 'sts', 'AssumeRole', {
    RoleArn: `arn:aws:iam::${DEV}:role/Missing`,
    RoleSessionName: 'afternoon',
  });
  call(devRoot, 'dynamodb', 'PutItem', {
    TableName: 'orders',
    Item: { customerId: { S: 'dora' }, orderId: { S: '2025-010' } },
  });
  call(student, 'cloudtrail', 'LookupEvents', {});
  return out;
}

describe('walkthrough: snapshots and determinism', () => {
  it('two worlds from the same scenario and the same calls have identical snapshots', () => {
    const a = loadScenario(defaultSandbox);
    const b = loadScenario(defaultSandbox);
    expect(JSON.stringify(a.snapshot())).toBe(JSON.stringify(b.snapshot()));
    expect(afternoon(a)).toEqual(afternoon(b));
    expect(JSON.stringify(a.snapshot())).toBe(JSON.stringify(b.snapshot()));
  });

  it('a restored world continues exactly like the original', () => {
    const original = loadScenario(defaultSandbox);
    afternoon(original);
    const saved = JSON.stringify(original.snapshot());
    const restored = restoreWorld(saved);
    expect(JSON.stringify(restored.snapshot())).toBe(saved);
    original.clock.advance(3600_000);
    restored.clock.advance(3600_000);
    const next = (w: World) =>
      w.call(devRoot, 'iam', 'CreateRole', { RoleName: 'Later', AssumeRolePolicyDocument: trust(STUDENT) });
    expect(next(restored)).toEqual(next(original));
    expect(JSON.stringify(restored.snapshot())).toBe(JSON.stringify(original.snapshot()));
  });

  it('another seed gives other ids', () => {
    const a = loadScenario(defaultSandbox);
    const b = loadScenario({ ...defaultSandbox, seed: 'another-seed' });
    expect(instanceNamed(a, DEV, 'web-1')).not.toBe(instanceNamed(b, DEV, 'web-1'));
  });
});
