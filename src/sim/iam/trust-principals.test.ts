import { describe, expect, it } from 'vitest';
import { sandbox, trust } from '../scenarios/fixtures.ts';

const DEV = '111111111111';
const BOB = `arn:aws:iam::${DEV}:user/bob`;
const devRoot = { principal: `arn:aws:iam::${DEV}:root` };
type Key = { AccessKey: { AccessKeyId: string; SecretAccessKey: string } };

describe('trust policies keep unique ids', () => {
  it('deleting and re-creating a user breaks the trust; get-role shows the old AIDA id', () => {
    const { world } = sandbox();
    const makeBob = () => {
      const user = world.call(devRoot, 'iam', 'CreateUser', { UserName: 'bob' }) as {
        User: { UserId: string };
      };
      const key = (world.call(devRoot, 'iam', 'CreateAccessKey', { UserName: 'bob' }) as Key).AccessKey;
      return {
        id: user.User.UserId,
        caller: { accessKeyId: key.AccessKeyId, secretAccessKey: key.SecretAccessKey },
      };
    };
    const oldBob = makeBob();
    world.call(devRoot, 'iam', 'CreateRole', { RoleName: 'BobRole', AssumeRolePolicyDocument: trust(BOB) });
    const assume = (caller: object) =>
      world.call(caller as { principal: string }, 'sts', 'AssumeRole', {
        RoleArn: `arn:aws:iam::${DEV}:role/BobRole`,
        RoleSessionName: 'bob',
      });
    const shownPrincipal = () => {
      const role = world.call(devRoot, 'iam', 'GetRole', { RoleName: 'BobRole' }) as {
        Role: { AssumeRolePolicyDocument: string };
      };
      const doc = JSON.parse(decodeURIComponent(role.Role.AssumeRolePolicyDocument));
      return doc.Statement[0].Principal.AWS;
    };
    expect(shownPrincipal()).toBe(BOB);
    expect(assume(oldBob.caller)).toHaveProperty('Credentials');

    world.call(devRoot, 'iam', 'DeleteAccessKey', {
      UserName: 'bob',
      AccessKeyId: oldBob.caller.accessKeyId,
    });
    world.call(devRoot, 'iam', 'DeleteUser', { UserName: 'bob' });
    expect(shownPrincipal()).toBe(oldBob.id);
    expect(oldBob.id).toMatch(/^AIDA/);

    const newBob = makeBob();
    expect(newBob.id).not.toBe(oldBob.id);
    expect(shownPrincipal()).toBe(oldBob.id);
    expect(assume(newBob.caller)).toMatchObject({
      code: 'AccessDenied',
      message: `User: ${BOB} is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${DEV}:role/BobRole because no role trust policy allows the sts:AssumeRole action`,
    });

    // Saving the ARN again binds it to the new bob.
    world.call(devRoot, 'iam', 'UpdateAssumeRolePolicy', { RoleName: 'BobRole', PolicyDocument: trust(BOB) });
    expect(shownPrincipal()).toBe(BOB);
    expect(assume(newBob.caller)).toHaveProperty('Credentials');
  });
});

describe('trust policies must name users and roles that exist', () => {
  const trustAll = (aws: string | string[]) =>
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: aws }, Action: 'sts:AssumeRole' }],
    });
  const invalid = (value: string) => ({
    kind: 'AwsError',
    code: 'MalformedPolicyDocument',
    message: `Invalid principal in policy: "AWS":"${value}"`,
    status: 400,
  });

  it('CreateRole refuses a user or role that does not exist, quoting it', () => {
    const { world } = sandbox();
    const create = (name: string, doc: string) =>
      world.call(devRoot, 'iam', 'CreateRole', { RoleName: name, AssumeRolePolicyDocument: doc });
    const nobody = `arn:aws:iam::${DEV}:user/nobody`;
    expect(create('R2', trust(nobody))).toEqual(invalid(nobody));
    // A role cannot trust itself before it exists.
    const self = `arn:aws:iam::${DEV}:role/Self`;
    expect(create('Self', trust(self))).toEqual(invalid(self));
    // In an array, the first value naming nobody is the one quoted.
    const ghost = `arn:aws:iam::222222222222:role/Ghost`;
    expect(create('R3', trustAll([`arn:aws:iam::${DEV}:user/student`, ghost, nobody]))).toEqual(
      invalid(ghost),
    );
    // The user's ARN with the wrong path names nobody either.
    const moved = `arn:aws:iam::${DEV}:user/staff/student`;
    expect(create('R4', trust(moved))).toEqual(invalid(moved));
    expect(world.call(devRoot, 'iam', 'GetRole', { RoleName: 'R2' })).toMatchObject({ code: 'NoSuchEntity' });
  });

  it('accepts existing users and roles, account roots, unknown accounts and role sessions', () => {
    const { world } = sandbox();
    const create = (name: string, doc: string) =>
      world.call(devRoot, 'iam', 'CreateRole', { RoleName: name, AssumeRolePolicyDocument: doc });
    expect(create('First', trust(`arn:aws:iam::${DEV}:user/student`))).toHaveProperty('Role');
    expect(
      create(
        'Second',
        trustAll([
          `arn:aws:iam::${DEV}:role/First`,
          'arn:aws:iam::222222222222:root',
          '999999999999',
          // an account the world does not model cannot be checked
          'arn:aws:iam::444455556666:user/someone',
          // role sessions are principals too (IAM JSON policy elements: Principal, "Role session principals")
          `arn:aws:sts::${DEV}:assumed-role/Missing/session`,
        ]),
      ),
    ).toHaveProperty('Role');
  });

  it('UpdateAssumeRolePolicy refuses the same and keeps the old trust policy', () => {
    const { world } = sandbox();
    world.call(devRoot, 'iam', 'CreateRole', { RoleName: 'App', AssumeRolePolicyDocument: trust(DEV) });
    const gone = `arn:aws:iam::${DEV}:role/Gone`;
    expect(
      world.call(devRoot, 'iam', 'UpdateAssumeRolePolicy', { RoleName: 'App', PolicyDocument: trust(gone) }),
    ).toEqual(invalid(gone));
    const role = world.call(devRoot, 'iam', 'GetRole', { RoleName: 'App' }) as {
      Role: { AssumeRolePolicyDocument: string };
    };
    expect(decodeURIComponent(role.Role.AssumeRolePolicyDocument)).toBe(trust(DEV));
    expect(
      world.call(devRoot, 'iam', 'UpdateAssumeRolePolicy', { RoleName: 'App', PolicyDocument: trust(BOB) }),
    ).toEqual(invalid(BOB));
    world.call(devRoot, 'iam', 'CreateUser', { UserName: 'bob' });
    expect(
      world.call(devRoot, 'iam', 'UpdateAssumeRolePolicy', { RoleName: 'App', PolicyDocument: trust(BOB) }),
    ).toEqual({});
  });
});
