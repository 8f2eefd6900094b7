import { awsError } from '../../../sim/aws-error.ts';
import type { Credentials, World } from '../../../sim/world/index.ts';
import type { Vfs } from '../../vfs.ts';
import { resolveCredentials } from './resolve.ts';

/** Where a machine's `aws` would look for credentials: its files, its exported environment, its instance. */
export interface MachineView {
  readonly fs: Vfs;
  readonly env: Readonly<Record<string, string>>;
  /** The EC2 instance the shell runs on (IMDS answers there), or null on the learner's machine. */
  readonly instanceId: string | null;
}

/**
 * The credentials the next `aws` command on this machine would sign with, through the CLI's chain (environment →
 * profile → instance metadata), or null when it would find none or fail. Asking never assumes a role: a profile
 * with `role_arn` counts once the CLI has cached its credentials (after any `aws` command with that profile).
 */
export function currentCredentials(world: World, machine: MachineView): Credentials | null {
  // Same state and clock, but no API calls: the grader must not add sessions or CloudTrail events.
  const quiet: World = Object.create(world, {
    call: {
      value: () => awsError('AccessDenied', 'the grader does not call AWS while reading your credentials'),
    },
  });
  const resolved = resolveCredentials({
    fs: machine.fs,
    env: machine.env,
    home: machine.env.HOME || machine.fs.home,
    world: quiet,
    instanceId: machine.instanceId,
    stdin: '',
    warn: () => {},
  });
  return resolved.ok && resolved.found ? resolved.found.credentials : null;
}
