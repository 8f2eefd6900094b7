import type { StsSession, UserSessionToken } from '../sts/state.ts';

/** Who is making a call, once the credentials are checked. */
export type Principal =
  | { readonly kind: 'root'; readonly accountId: string; readonly arn: string }
  | {
      readonly kind: 'user';
      readonly accountId: string;
      readonly arn: string;
      /** Lower-cased user name (the IamState key). */
      readonly userKey: string;
      readonly userName: string;
      readonly userId: string;
      /** Present when the user signs with GetSessionToken credentials rather than its access key. */
      readonly token?: UserSessionToken;
    }
  | {
      readonly kind: 'session';
      readonly accountId: string;
      /** `arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION` (no role path, as AWS prints it). */
      readonly arn: string;
      readonly session: StsSession;
    };

/** `arn:aws:iam::ACCOUNT:root`. */
export function rootArn(accountId: string): string {
  return `arn:aws:iam::${accountId}:root`;
}

/** The assumed-role ARN of a session (the role's path is not part of it). */
export function assumedRoleArn(accountId: string, roleName: string, sessionName: string): string {
  return `arn:aws:sts::${accountId}:assumed-role/${roleName}/${sessionName}`;
}

/** The role ARN behind a principal (for sessions), else its own ARN: what trust policies match against. */
export function principalArnForPolicies(principal: Principal): string {
  if (principal.kind !== 'session') return principal.arn;
  const { accountId, rolePath, roleName } = principal.session;
  return `arn:aws:iam::${accountId}:role${rolePath}${roleName}`;
}
