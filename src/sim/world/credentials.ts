import { type AwsError, awsError } from '../aws-error.ts';
import { assumedRoleArn, type Principal, rootArn } from './principal.ts';
import type { WorldState } from './state.ts';
import { userTokenPrincipal } from './user-token.ts';

/** Credentials as the CLI sends them. */
export interface Credentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  /** Required for STS session credentials (ASIA…). */
  readonly sessionToken?: string;
}

/**
 * Who calls: credentials (the learner's shell) or, for graders and setup code, a principal ARN that is trusted
 * without a signature check — an IAM user ARN or an account root ARN (`arn:aws:iam::ACCOUNT:root`); or nobody
 * (`anonymous`), which only unsigned operations accept.
 */
export type Caller = Credentials | { readonly principal: string } | { readonly anonymous: true };

const INVALID_TOKEN = 'The security token included in the request is invalid.';
const SIGNATURE =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';

/** Checks the caller's credentials against the world at time `now` and says who they belong to. */
export function authenticate(state: WorldState, caller: Caller, now: Date): Principal | AwsError {
  if ('principal' in caller) return principalFromArn(state, caller.principal);
  // Wording unverified (the query APIs' answer to an unsigned request).
  if ('anonymous' in caller)
    return awsError('MissingAuthenticationToken', 'Request is missing Authentication Token', 403);
  const key = state.accessKeys[caller.accessKeyId];
  if (key) {
    if (key.status !== 'Active') return awsError('InvalidClientTokenId', INVALID_TOKEN, 403);
    if (key.secretAccessKey !== caller.secretAccessKey)
      return awsError('SignatureDoesNotMatch', SIGNATURE, 403);
    const user = state.accounts[key.accountId]?.iam.users[key.userName.toLowerCase()];
    if (!user) return awsError('InvalidClientTokenId', INVALID_TOKEN, 403);
    return {
      kind: 'user',
      accountId: key.accountId,
      arn: user.arn,
      userKey: key.userName.toLowerCase(),
      userName: user.userName,
      userId: user.userId,
    };
  }
  const token = state.userSessions?.[caller.accessKeyId];
  if (token) return userTokenPrincipal(state, caller, token, now);
  const session = state.sessions[caller.accessKeyId];
  if (!session || caller.sessionToken !== session.sessionToken) {
    return awsError('InvalidClientTokenId', INVALID_TOKEN, 403);
  }
  if (session.secretAccessKey !== caller.secretAccessKey)
    return awsError('SignatureDoesNotMatch', SIGNATURE, 403);
  if (now.getTime() >= Date.parse(session.expiration)) {
    return awsError('ExpiredToken', 'The security token included in the request is expired', 403);
  }
  return {
    kind: 'session',
    accountId: session.accountId,
    arn: assumedRoleArn(session.accountId, session.roleName, session.sessionName),
    session,
  };
}

function principalFromArn(state: WorldState, arn: string): Principal | AwsError {
  const match = /^arn:aws:iam::(\d{12}):(root|user\/(?:.*\/)?([^/]+))$/.exec(arn);
  const accountId = match?.[1];
  const account = accountId ? state.accounts[accountId] : undefined;
  if (!match || !accountId || !account) return awsError('InvalidClientTokenId', INVALID_TOKEN, 403);
  if (match[2] === 'root') return { kind: 'root', accountId, arn: rootArn(accountId) };
  const userKey = (match[3] ?? '').toLowerCase();
  const user = account.iam.users[userKey];
  if (!user) return awsError('InvalidClientTokenId', INVALID_TOKEN, 403);
  return { kind: 'user', accountId, arn: user.arn, userKey, userName: user.userName, userId: user.userId };
}
