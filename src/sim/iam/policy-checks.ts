import type { AwsError } from '../aws-error.ts';
import { checkPolicySize, type PolicyKind, parsePolicy } from '../policy/index.ts';
import type { AccountState } from '../world/state.ts';
import { awsManagedPolicy } from './aws-managed.ts';
import { iamErrors } from './errors.ts';

/** Validates a policy document for where it will be used: IAM's `MalformedPolicyDocument`, size quotas. */
export function checkDocument(text: string, kind: PolicyKind): AwsError | null {
  const parsed = parsePolicy(text, kind);
  if (!parsed.ok) return parsed.error;
  if (kind === 'trust') return checkPolicySize(text, 'trust');
  if (kind === 'identity') return checkPolicySize(text, 'managed');
  return null;
}

/** True when `arn` names a managed policy this account can attach (its own customer policy or an AWS one). */
export function policyExists(account: AccountState, arn: string): boolean {
  return account.iam.policies[arn] !== undefined || awsManagedPolicy(arn) !== undefined;
}

/** `NoSuchEntity: Scope ARN: … does not exist or is not attachable.` unless the boundary policy exists. */
export function checkBoundary(account: AccountState, arn: string): AwsError | null {
  return policyExists(account, arn) ? null : iamErrors.boundaryNotFound(arn);
}
