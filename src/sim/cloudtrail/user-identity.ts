import type { Principal } from '../world/principal.ts';

/**
 * The `userIdentity` element ("CloudTrail userIdentity element"): IAMUser, AssumedRole (with the session's issuer
 * and attributes) or Root. `accessKeyId` is the key the request was signed with. Unsigned federation calls have
 * their own (`federated-identity.ts`).
 */
export function userIdentity(principal: Principal, accessKeyId: string): Record<string, unknown> {
  const base = { principalId: '', arn: principal.arn, accountId: principal.accountId, accessKeyId };
  if (principal.kind === 'root') return { type: 'Root', ...base, principalId: principal.accountId };
  if (principal.kind === 'user') {
    return { type: 'IAMUser', ...base, principalId: principal.userId, userName: principal.userName };
  }
  const { session } = principal;
  return {
    type: 'AssumedRole',
    ...base,
    principalId: `${session.roleId}:${session.sessionName}`,
    sessionContext: {
      // The source identity set when the role chain began ("Monitor and control actions taken with assumed roles").
      ...(session.sourceIdentity === undefined ? {} : { sourceIdentity: session.sourceIdentity }),
      sessionIssuer: {
        type: 'Role',
        principalId: session.roleId,
        arn: `arn:aws:iam::${session.accountId}:role${session.rolePath}${session.roleName}`,
        accountId: session.accountId,
        userName: session.roleName,
      },
      attributes: { creationDate: session.issued, mfaAuthenticated: String(session.mfa) },
    },
  };
}

/** The event history's `Username`: the IAM user name, the role session name, or `root`. */
export function eventUsername(principal: Principal): string {
  if (principal.kind === 'root') return 'root';
  return principal.kind === 'user' ? principal.userName : principal.session.sessionName;
}
