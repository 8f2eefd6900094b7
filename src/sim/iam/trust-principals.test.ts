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
