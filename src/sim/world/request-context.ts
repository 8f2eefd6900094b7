import type { Tag } from '../iam/state.ts';
import type { Principal } from './principal.ts';
import { principalArnForPolicies } from './principal.ts';
import type { WorldState } from './state.ts';

/** Request-context values: strings, or arrays for multivalued keys. */
export type ContextValues = Record<string, string | readonly string[]>;

/**
 * The global condition keys AWS puts in every request from this principal ("AWS global condition context keys"):
 * aws:PrincipalArn (the role ARN for a role session), aws:PrincipalAccount, aws:PrincipalType, aws:userid,
 * aws:username (IAM users only), aws:CurrentTime, aws:EpochTime, aws:SecureTransport, aws:PrincipalTag/*,
 * aws:PrincipalOrgID, aws:PrincipalIsAWSService, and for sessions aws:TokenIssueTime and MFA keys.
 */
export function principalContext(state: WorldState, principal: Principal, now: Date): ContextValues {
  const context: ContextValues = {
    'aws:PrincipalArn': principalArnForPolicies(principal),
    'aws:PrincipalAccount': principal.accountId,
    'aws:CurrentTime': `${now.toISOString().slice(0, 19)}Z`,
    'aws:EpochTime': String(Math.floor(now.getTime() / 1000)),
    'aws:SecureTransport': 'true',
    'aws:PrincipalIsAWSService': 'false',
  };
  const org = state.organization;
  if (org?.accountParents[principal.accountId]) context['aws:PrincipalOrgID'] = org.id;
  const account = state.accounts[principal.accountId];
  if (principal.kind === 'root') {
    context['aws:PrincipalType'] = 'Account';
    context['aws:userid'] = principal.accountId;
    return context;
  }
  if (principal.kind === 'user') {
    context['aws:PrincipalType'] = 'User';
    context['aws:userid'] = principal.userId;
    context['aws:username'] = principal.userName;
    addTags(context, account?.iam.users[principal.userKey]?.tags ?? []);
    if (principal.token) addSessionKeys(context, principal.token, now);
    return context;
  }
  const { session } = principal;
  context['aws:PrincipalType'] = 'AssumedRole';
  context['aws:userid'] = `${session.roleId}:${session.sessionName}`;
  addTags(context, account?.iam.roles[session.roleKey]?.tags ?? []);
  // Session tags override role tags with the same key.
  addTags(context, session.tags);
  if (session.sourceIdentity) context['aws:SourceIdentity'] = session.sourceIdentity;
  addSessionKeys(context, session, now);
  return context;
}

/**
 * Keys of every temporary-credential request: aws:TokenIssueTime (what revoking a role's sessions tests) and
 * aws:MultiFactorAuthPresent, with aws:MultiFactorAuthAge when MFA was used.
 */
function addSessionKeys(
  context: ContextValues,
  session: { readonly issued: string; readonly mfa: boolean },
  now: Date,
): void {
  context['aws:TokenIssueTime'] = session.issued;
  context['aws:MultiFactorAuthPresent'] = session.mfa ? 'true' : 'false';
  if (session.mfa) {
    context['aws:MultiFactorAuthAge'] = String(
      Math.floor((now.getTime() - Date.parse(session.issued)) / 1000),
    );
  }
}

function addTags(context: ContextValues, tags: readonly Tag[]): void {
  for (const tag of tags) context[`aws:PrincipalTag/${tag.Key}`] = tag.Value;
}
