import { deviceSecret } from '../../sim/iam/mfa-devices.ts';
import { totp } from '../../sim/iam/totp.ts';
import type { World } from '../../sim/world/index.ts';
import type { CommandSpec } from '../types.ts';

/**
 * `mfa-code SERIAL|NAME`: the current 6-digit code of a virtual MFA device, standing in for the authenticator app on
 * the learner's phone (the device's seed was shown once by create-virtual-mfa-device).
 */
export function createMfaCodeCommand(world: World): CommandSpec {
  return {
    description: 'print the current code of a virtual MFA device (your authenticator app)',
    run: (args) => {
      const [target] = args;
      if (!target || args.length > 1)
        return { stdout: '', stderr: 'usage: mfa-code SERIAL-NUMBER|DEVICE-NAME\n', exitCode: 2 };
      for (const account of Object.values(world.state.accounts)) {
        for (const device of Object.values(account.iam.mfaDevices)) {
          if (device.serialNumber === target || device.serialNumber.split('/').at(-1) === target)
            return {
              stdout: `${totp(deviceSecret(device), world.clock.epochMs())}\n`,
              stderr: '',
              exitCode: 0,
            };
        }
      }
      return { stdout: '', stderr: `mfa-code: no virtual MFA device ${target}\n`, exitCode: 1 };
    },
  };
}
