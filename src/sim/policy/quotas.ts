import { type AwsError, awsError } from '../aws-error.ts';

/** Default quotas (IAM and AWS STS quotas): sizes in characters, attachments in policies. */
export const QUOTAS = {
  /** Role trust policy length; adjustable up to 4,096. */
  trustPolicy: 2048,
  /** Each managed policy document (not adjustable). */
  managedPolicy: 6144,
  /**
   * Inline policies have no size of their own: "the total aggregate policy size (the sum size of all inline
   * policies) per entity cannot exceed" these (not adjustable).
   */
  inlineUser: 2048,
  inlineGroup: 5120,
  inlineRole: 10240,
  /** "Managed policies attached to an IAM role / user / group": 10 by default; roles and users adjustable to 20. */
  attachedPolicies: 10,
} as const;

/** The single-document quotas. */
export type PolicySizeQuota = 'trust' | 'managed';

/**
 * Size of a policy as IAM counts it: "IAM doesn't count white space when calculating the size of a
 * policy against these quotas" (IAM and AWS STS quotas). Whitespace inside JSON strings still counts.
 */
export function policySize(text: string): number {
  let size = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (inString) {
      size++;
      if (c === '\\') {
        size++;
        i++;
      } else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      size++;
    } else if (!/\s/.test(c)) size++;
  }
  return size;
}

/** `LimitExceeded` when a trust or managed policy is over its quota, else null. */
export function checkPolicySize(text: string, quota: PolicySizeQuota, limit?: number): AwsError | null {
  const max = limit ?? (quota === 'trust' ? QUOTAS.trustPolicy : QUOTAS.managedPolicy);
  if (policySize(text) <= max) return null;
  const name = quota === 'trust' ? 'ACLSizePerRole' : 'PolicySize';
  return awsError('LimitExceeded', `Cannot exceed quota for ${name}: ${max}`, 409);
}

/** `LimitExceeded` when an identity's inline policies together exceed its quota, else null. */
export function checkInlineTotal(
  entity: 'user' | 'group' | 'role',
  name: string,
  documents: readonly string[],
): AwsError | null {
  const max =
    entity === 'user' ? QUOTAS.inlineUser : entity === 'group' ? QUOTAS.inlineGroup : QUOTAS.inlineRole;
  const total = documents.reduce((sum, d) => sum + policySize(d), 0);
  if (total <= max) return null;
  // Verified in CLI/CloudFormation transcripts for all three: "… 10240 bytes exceeded for role X" (aws-cdk#12403),
  // "… 2048 bytes exceeded for user X", "… 5120 bytes exceeded for group X"; status 409 (serverless#7643).
  return awsError('LimitExceeded', `Maximum policy size of ${max} bytes exceeded for ${entity} ${name}`, 409);
}

/**
 * `LimitExceeded` when an identity that already has `attached` managed policies may not take another, else null.
 * Quota names and 409 from CLI/CloudFormation transcripts: "Cannot exceed quota for PoliciesPerRole: 10"
 * (aws/eks-hybrid#741), "… PoliciesPerUser: 10", "… PoliciesPerGroup: 10".
 */
export function checkAttachedCount(entity: 'user' | 'group' | 'role', attached: number): AwsError | null {
  const max = QUOTAS.attachedPolicies;
  if (attached < max) return null;
  const name =
    entity === 'user' ? 'PoliciesPerUser' : entity === 'group' ? 'PoliciesPerGroup' : 'PoliciesPerRole';
  return awsError('LimitExceeded', `Cannot exceed quota for ${name}: ${max}`, 409);
}
