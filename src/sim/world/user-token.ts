import { type AwsError, awsError } from '../aws-error.ts';
import type { UserSessionToken } from '../sts/state.ts';
import type { Credentials } from './credentials.ts';
import type { Principal } from './principal.ts';
import type { WorldState } from './state.ts';

const INVALID_TOKEN = 'The security token included in the request is invalid.';

/**
 * The principal behind GetSessionToken credentials: the IAM user itself (same ARN, same policies), carrying the
 * token for its session keys (aws:TokenIssueTime, MFA). A user deleted — or deleted and re-created, which gives a
 * new unique id — no longer backs the token.
 */
export function userTokenPrincipal(
  state: WorldState,
  caller: Credentials,
  token: UserSessionToken,
  now: Date,
): Principal | AwsError {
  if (caller.sessionToken !== token.sessionToken) return awsError('InvalidClientTokenId', INVALID_TOKEN, 403);
  if (caller.secretAccessKey !== token.secretAccessKey) {
    return awsError(
      'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
      403,
    );
  }
  if (now.getTime() >= Date.parse(token.expiration)) {
    return awsError('ExpiredToken', 'The security token included in the request is expired', 403);
  }
  const userKey = token.userName.toLowerCase();
  const user = state.accounts[token.accountId]?.iam.users[userKey];
  if (!user || user.userId !== token.userId) return awsError('InvalidClientTokenId', INVALID_TOKEN, 403);
  return {
    kind: 'user',
    accountId: token.accountId,
    arn: user.arn,
    userKey,
    userName: user.userName,
    userId: user.userId,
    token,
  };
}

/**
 * What GetSessionToken credentials may not call ("Permissions for GetSessionToken"): IAM without MFA — AWS answers
 * InvalidClientTokenId, as public transcripts show — and STS other than AssumeRole and GetCallerIdentity
 * (GetSessionToken itself answers AccessDenied, checked by that operation).
 */
export function userTokenRefusal(principal: Principal, service: string): AwsError | null {
  if (principal.kind !== 'user' || !principal.token) return null;
  if (service === 'iam' && !principal.token.mfa) return awsError('InvalidClientTokenId', INVALID_TOKEN, 403);
  return null;
}
