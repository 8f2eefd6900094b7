import { describe, expect, it } from 'vitest';
import { sandbox } from '../scenarios/fixtures.ts';
import { otpauthUri } from './mfa-devices.ts';
import { qrCodePng } from './qr-png.ts';

const devRoot = { principal: 'arn:aws:iam::111111111111:root' };
type Created = {
  VirtualMFADevice: { SerialNumber: string; Base32StringSeed: string; QRCodePNG: Uint8Array };
};

describe('CreateVirtualMFADevice', () => {
  it('returns the seed and a PNG QR code of the otpauth URI that holds it', () => {
    const { world } = sandbox();
    const created = world.call(devRoot, 'iam', 'CreateVirtualMFADevice', { VirtualMFADeviceName: 'student' });
    const { Base32StringSeed: seed, QRCodePNG: png } = (created as Created).VirtualMFADevice;
    const account = world.state.accounts['111111111111'];
    if (!account) throw new Error('no dev account');
    const uri = otpauthUri(account, 'student', seed);
    expect(uri).toBe(
      `otpauth://totp/Amazon%20Web%20Services:student@dev?secret=${seed}&issuer=Amazon%20Web%20Services`,
    );
    expect(png).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(png).equals(Buffer.from(qrCodePng(uri)))).toBe(true);
  });

  it('labels the device with the account id when the account has no alias', () => {
    const account = { id: '123456789012', alias: null } as Parameters<typeof otpauthUri>[0];
    expect(otpauthUri(account, 'Bob+MFA', 'ABC')).toBe(
      'otpauth://totp/Amazon%20Web%20Services:Bob%2BMFA@123456789012?secret=ABC&issuer=Amazon%20Web%20Services',
    );
  });

  it('gives the same seed and the same PNG bytes in two runs of the same world', () => {
    const make = () =>
      (
        sandbox().world.call(devRoot, 'iam', 'CreateVirtualMFADevice', {
          VirtualMFADeviceName: 'student',
        }) as Created
      ).VirtualMFADevice;
    const [a, b] = [make(), make()];
    expect(a.Base32StringSeed).toBe(b.Base32StringSeed);
    expect(Buffer.from(a.QRCodePNG).equals(Buffer.from(b.QRCodePNG))).toBe(true);
  });
});
