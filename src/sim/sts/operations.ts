import type { Operation } from '../world/operation.ts';
import { assumeRole } from './assume-role.ts';
import { getCallerIdentity } from './get-caller-identity.ts';

/** The STS operations the simulator implements, by API name. */
export const stsOperations: Readonly<Record<string, Operation>> = {
  GetCallerIdentity: getCallerIdentity,
  AssumeRole: assumeRole,
};
