import type { Caller } from '../world/credentials.ts';
import { isoSeconds } from '../world/operation.ts';
import type { CallResult, World } from '../world/world.ts';

/** The inline policy the console's "Revoke active sessions" puts on a role. */
export const REVOKE_POLICY_NAME = 'AWSRevokeOlderSessions';

/**
 * The console's "Revoke active sessions" for a role ("Revoke IAM role temporary security credentials"): puts (or
 * replaces) the inline policy AWSRevokeOlderSessions denying every action to sessions issued before now. Each
 * session request carries aws:TokenIssueTime, so live sessions are denied at their next call; sessions assumed
 * afterwards are not. Goes through `world.call` as `caller`, so it needs iam:PutRolePolicy like the console does.
 */
export function revokeRoleSessions(world: World, roleName: string, caller: Caller): CallResult {
  const document = JSON.stringify({
    Version: '2012-10-17',
    Statement: {
      Effect: 'Deny',
      Action: '*',
      Resource: '*',
      Condition: { DateLessThan: { 'aws:TokenIssueTime': isoSeconds(world.clock.now()) } },
    },
  });
  return world.call(caller, 'iam', 'PutRolePolicy', {
    RoleName: roleName,
    PolicyName: REVOKE_POLICY_NAME,
    PolicyDocument: document,
  });
}
