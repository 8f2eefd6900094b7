import { describe, expect, it } from 'vitest';
import { sandbox } from '../scenarios/fixtures.ts';
import { accountFromKeyId } from './get-access-key-info.ts';

const DEV = '111111111111';
const devRoot = { principal: `arn:aws:iam::${DEV}:root` };

describe('GetAccessKeyInfo', () => {
  it("decodes the account of keys the world did not issue, AWS's examples included", () => {
    const { world, student } = sandbox();
    const info = (AccessKeyId: string) => world.call(student, 'sts', 'GetAccessKeyInfo', { AccessKeyId });
    expect(info('ASIAQ3EGUTAQQBNZ4Z5V')).toEqual({ Account: '058264426529' });
    expect(info('ASIAY34FZKBOKMUTVV7A')).toEqual({ Account: '609629065308' });
    // Only the 10 characters after the prefix matter (Aidan Steele's experiment: the tail can change freely).
    expect(info('ASIAY34FZKBOKMAAAAAA')).toEqual({ Account: '609629065308' });
  });

  it("answers from the world's records for keys it issued, whatever their ids encode", () => {
    const { world, student } = sandbox();
    // The default sandbox gives the student AWS's example key id, which decodes to 581039954779.
    expect(accountFromKeyId('AKIAIOSFODNN7EXAMPLE')).toBe('581039954779');
    expect(world.call(student, 'sts', 'GetAccessKeyInfo', { AccessKeyId: 'AKIAIOSFODNN7EXAMPLE' })).toEqual({
      Account: DEV,
    });
    world.call(devRoot, 'iam', 'CreateUser', { UserName: 'ops' });
    const key = world.call(devRoot, 'iam', 'CreateAccessKey', { UserName: 'ops' }) as {
      AccessKey: { AccessKeyId: string };
    };
    expect(
      world.call(student, 'sts', 'GetAccessKeyInfo', { AccessKeyId: key.AccessKey.AccessKeyId }),
    ).toEqual({ Account: DEV });
    const session = world.call(student, 'sts', 'GetSessionToken', {}) as {
      Credentials: { AccessKeyId: string };
    };
    expect(
      world.call(student, 'sts', 'GetAccessKeyInfo', { AccessKeyId: session.Credentials.AccessKeyId }),
    ).toEqual({ Account: DEV });
  });

  it('keeps the account 12 digits, zero-padded, and has no answer for ids that are not base32', () => {
    expect(accountFromKeyId('ASIAQAAAAAAAGMKEM7X5')).toBe('000000000000');
    expect(accountFromKeyId('AKIA0000000000000000')).toBeNull();
    expect(accountFromKeyId('AKIAshort')).toBeNull();
  });
});
