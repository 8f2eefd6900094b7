import type { Operation, OperationContext } from '../world/operation.ts';
import type { AccountState } from '../world/state.ts';
import { base32Decode, base32Encode } from './base32.ts';
import { iamErrors } from './errors.ts';
import { identityErrors } from './identity-errors.ts';
import { findUser, userArn } from './lookup.ts';
import { qrCodePng } from './qr-png.ts';
import type { MfaDeviceRecord, Tag } from './state.ts';
import { matchStep, timeStep } from './totp.ts';

type P = {
  VirtualMFADeviceName: string;
  Path?: string;
  Tags?: Tag[];
  UserName?: string;
  SerialNumber: string;
  AuthenticationCode1: string;
  AuthenticationCode2: string;
  AssignmentStatus?: 'Assigned' | 'Unassigned' | 'Any';
};

/** Bytes of a new seed: 40 bytes give the 64-character Base32StringSeed AWS returns. */
const SEED_BYTES = 40;

const callerName = (params: P, ctx: OperationContext) =>
  params.UserName ?? (ctx.principal.kind === 'user' ? ctx.principal.userName : '');

const onUser =
  (action: string): Operation['authorization'] =>
  (params, ctx) => ({ action, resource: userArn(ctx.account, callerName(params as P, ctx)) });

const ISSUER = 'Amazon%20Web%20Services';

/**
 * The otpauth URI in QRCodePNG. The API reference gives `otpauth://totp/$virtualMFADeviceName@$AccountName?secret=…`;
 * codes scanned from real ones also carry the issuer: `…/Amazon%20Web%20Services:Name@alias-or-account-id?…&issuer=…`.
 */
export function otpauthUri(account: AccountState, deviceName: string, base32Seed: string): string {
  const label = `${encodeURIComponent(deviceName)}@${encodeURIComponent(account.alias ?? account.id)}`;
  return `otpauth://totp/${ISSUER}:${label}?secret=${base32Seed}&issuer=${ISSUER}`;
}

/** The TOTP secret of a virtual MFA device. */
export function deviceSecret(device: MfaDeviceRecord): Uint8Array {
  const secret = base32Decode(device.base32Seed);
  if (!secret) throw new Error(`MFA device ${device.serialNumber} has an invalid seed`);
  return secret;
}

/**
 * Checks a one-time code from `userName`'s enabled device `serial` at `epochMs` (±1 step of drift) and remembers
 * its step, so the same code is not accepted twice. What STS does for SerialNumber + TokenCode.
 */
export function verifyMfaCode(
  account: AccountState,
  userName: string,
  serial: string,
  code: string,
  epochMs: number,
): boolean {
  const device = account.iam.mfaDevices[serial];
  if (!device || device.userName?.toLowerCase() !== userName.toLowerCase()) return false;
  const step = matchStep(deviceSecret(device), code, epochMs);
  if (step === null || (device.lastStep !== null && step <= device.lastStep)) return false;
  device.lastStep = step;
  return true;
}

/** CreateVirtualMFADevice: a seeded secret, returned once as Base32StringSeed and as a QR code PNG (bytes). */
export const createVirtualMfaDevice: Operation = {
  authorization: (params, ctx) => ({
    action: 'iam:CreateVirtualMFADevice',
    resource: `arn:aws:iam::${ctx.account.id}:mfa${(params as P).Path ?? '/'}${(params as P).VirtualMFADeviceName}`,
  }),
  run(params, ctx) {
    const p = params as P;
    const serial = `arn:aws:iam::${ctx.account.id}:mfa${p.Path ?? '/'}${p.VirtualMFADeviceName}`;
    if (ctx.account.iam.mfaDevices[serial]) return identityErrors.mfaExists();
    const seed = new Uint8Array(SEED_BYTES);
    for (let i = 0; i < SEED_BYTES; i++) seed[i] = ctx.ids.random.nextUint32() & 0xff;
    const device: MfaDeviceRecord = {
      serialNumber: serial,
      base32Seed: base32Encode(seed),
      userName: null,
      enableDate: null,
      lastStep: null,
      tags: (p.Tags ?? []).map((t) => ({ Key: t.Key, Value: t.Value })),
    };
    ctx.account.iam.mfaDevices[serial] = device;
    return {
      VirtualMFADevice: {
        SerialNumber: serial,
        Base32StringSeed: device.base32Seed,
        QRCodePNG: qrCodePng(otpauthUri(ctx.account, p.VirtualMFADeviceName, device.base32Seed)),
        ...(p.Tags?.length ? { Tags: p.Tags } : {}),
      },
    };
  },
};

/**
 * EnableMFADevice: two consecutive codes — AuthenticationCode1 for one 30-second step, AuthenticationCode2 for the
 * next — from a step near the simulated now.
 */
export const enableMfaDevice: Operation = {
  authorization: onUser('iam:EnableMFADevice'),
  run(params, ctx) {
    const p = params as P;
    const name = callerName(p, ctx);
    const user = findUser(ctx.account, name);
    if (!user) return iamErrors.noSuchUser(name);
    const device = ctx.account.iam.mfaDevices[p.SerialNumber];
    if (!device) return identityErrors.noSuchMfa(p.SerialNumber);
    if (device.userName !== null) return identityErrors.mfaInUse();
    const secret = deviceSecret(device);
    const now = ctx.now.getTime();
    const first = matchStep(secret, p.AuthenticationCode1, now, 2);
    if (first === null || matchStep(secret, p.AuthenticationCode2, now, 2) !== first + 1)
      return identityErrors.badAuthCode();
    device.userName = user.userName;
    device.enableDate = ctx.timestamp;
    device.lastStep = Math.max(first + 1, timeStep(now) - 1);
    return {};
  },
};

/** ListMFADevices: the user's enabled devices (the caller's when UserName is absent). */
export const listMfaDevices: Operation = {
  authorization: onUser('iam:ListMFADevices'),
  run(params, ctx) {
    const name = callerName(params as P, ctx);
    const user = findUser(ctx.account, name);
    if (!user) return iamErrors.noSuchUser(name);
    const devices = Object.values(ctx.account.iam.mfaDevices)
      .filter((d) => d.userName === user.userName)
      .map((d) => ({ UserName: user.userName, SerialNumber: d.serialNumber, EnableDate: d.enableDate }));
    return { MFADevices: devices, IsTruncated: false };
  },
};

/** ListVirtualMFADevices: filtered by AssignmentStatus (default Any). */
export const listVirtualMfaDevices: Operation = {
  authorization: (_params, ctx) => ({
    action: 'iam:ListVirtualMFADevices',
    resource: `arn:aws:iam::${ctx.account.id}:mfa/`,
  }),
  run(params, ctx) {
    const status = (params as P).AssignmentStatus ?? 'Any';
    const devices = Object.values(ctx.account.iam.mfaDevices)
      .filter((d) => status === 'Any' || (status === 'Assigned') === (d.userName !== null))
      .sort((a, b) => (a.serialNumber < b.serialNumber ? -1 : 1))
      .map((d) => {
        const user = d.userName === null ? undefined : findUser(ctx.account, d.userName);
        return {
          SerialNumber: d.serialNumber,
          ...(user
            ? {
                User: {
                  Path: user.path,
                  UserName: user.userName,
                  UserId: user.userId,
                  Arn: user.arn,
                  CreateDate: user.createDate,
                },
                EnableDate: d.enableDate,
              }
            : {}),
        };
      });
    return { VirtualMFADevices: devices, IsTruncated: false };
  },
};

/** DeactivateMFADevice: unassigns the device from the user (it stays, unassigned). */
export const deactivateMfaDevice: Operation = {
  authorization: onUser('iam:DeactivateMFADevice'),
  run(params, ctx) {
    const p = params as P;
    const name = callerName(p, ctx);
    const user = findUser(ctx.account, name);
    if (!user) return iamErrors.noSuchUser(name);
    const device = ctx.account.iam.mfaDevices[p.SerialNumber];
    if (!device || device.userName !== user.userName) return identityErrors.noSuchMfa(p.SerialNumber);
    device.userName = null;
    device.enableDate = null;
    return {};
  },
};

/** DeleteVirtualMFADevice: only once it is deactivated. */
export const deleteVirtualMfaDevice: Operation = {
  authorization: (params) => ({ action: 'iam:DeleteVirtualMFADevice', resource: (params as P).SerialNumber }),
  run(params, ctx) {
    const serial = (params as P).SerialNumber;
    const device = ctx.account.iam.mfaDevices[serial];
    if (!device) return identityErrors.noSuchMfa(serial);
    if (device.userName !== null) return identityErrors.mfaNotDeactivated();
    delete ctx.account.iam.mfaDevices[serial];
    return {};
  },
};
