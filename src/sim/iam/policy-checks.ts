import type { AwsError } from '../aws-error.ts';
import { checkPolicySize, type PolicyKind, parsePolicy } from '../policy/index.ts';
import { MESSAGES, malformed } from '../policy/policy-errors.ts';
import type { AccountState } from '../world/state.ts';
import { awsManagedPolicy } from './aws-managed.ts';
import { iamErrors } from './errors.ts';

/**
 * Validates a trust policy or a managed policy's document: IAM's `MalformedPolicyDocument`, then its size quota
 * (`ACLSizePerRole` for a trust policy, `PolicySize` for an identity policy, which is always a managed one here).
 * A trust policy that is not JSON at all (`--assume-role-policy-document trust.json` without `file://`) gets IAM's
 * "This policy contains invalid Json" (see `MESSAGES.invalidJson`); identity policies keep "Syntax errors in policy.".
 */
export function checkDocument(text: string, kind: PolicyKind): AwsError | null {
  if (kind === 'trust' && !isJson(text)) return malformed(MESSAGES.invalidJson);
  const parsed = parsePolicy(text, kind);
  if (!parsed.ok) return parsed.error;
  if (kind === 'trust') return checkPolicySize(text, 'trust');
  if (kind === 'identity') return checkPolicySize(text, 'managed');
  return null;
}

/**
 * True when `text` parses as JSON. Valid JSON of the wrong shape (an array, a string, a number) goes on to the grammar
 * check and its "Syntax errors in policy." — what IAM answers for those trust policies is unverified, as is whether
 * IAM's parser, like `JSON.parse`, rejects text after the closing brace.
 */
function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Validates an inline policy's grammar only. An inline policy has no size quota of its own, only the aggregate one per
 * user, group or role ("IAM and AWS STS quotas"), which `checkInlineTotal` applies.
 */
export function checkInlineDocument(text: string): AwsError | null {
  const parsed = parsePolicy(text, 'identity');
  return parsed.ok ? null : parsed.error;
}

/** True when `arn` names a managed policy this account can attach (its own customer policy or an AWS one). */
export function policyExists(account: AccountState, arn: string): boolean {
  return account.iam.policies[arn] !== undefined || awsManagedPolicy(arn) !== undefined;
}

/** `NoSuchEntity: Scope ARN: … does not exist or is not attachable.` unless the boundary policy exists. */
export function checkBoundary(account: AccountState, arn: string): AwsError | null {
  return policyExists(account, arn) ? null : iamErrors.boundaryNotFound(arn);
}
