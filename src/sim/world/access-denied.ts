import type { AwsError } from '../aws-error.ts';
import type { EvalResult, PolicyType } from '../policy/index.ts';

/** An AccessDenied error value that also carries the policy engine's answer (not printed; for `--debug`/exercises). */
export interface AccessDeniedError extends AwsError {
  readonly code: 'AccessDenied';
  readonly evaluation: EvalResult;
}

// Phrases from the IAM User Guide, "Troubleshooting access denied error messages".
const EXPLICIT: Readonly<Record<PolicyType, string>> = {
  identity: 'with an explicit deny in an identity-based policy',
  scp: 'with an explicit deny in a service control policy',
  permissionsBoundary: 'with an explicit deny in a permissions boundary',
  session: 'with an explicit deny in a session policy',
  resource: 'with an explicit deny in a resource-based policy',
};

const IMPLICIT: Readonly<Record<PolicyType, string>> = {
  identity: 'identity-based policy',
  scp: 'service control policy',
  permissionsBoundary: 'permissions boundary',
  session: 'session policy',
  resource: 'resource-based policy',
};

/**
 * AWS's message: `User: ARN is not authorized to perform: ACTION on resource: RESOURCE` + the context phrase naming
 * the policy type that denied. An SCP denial always reads "with an explicit deny in a service control policy", even
 * when implicit. sts:AssumeRole denials say so too ("… because no identity-based policy allows the sts:AssumeRole
 * action"), naming the role trust policy when that is what refused.
 */
export function accessDeniedMessage(
  principalArn: string,
  action: string,
  resource: string,
  evaluation: EvalResult,
): string {
  const base = `User: ${principalArn} is not authorized to perform: ${action} on resource: ${resource}`;
  const type = denyingType(evaluation);
  if (!type) return base;
  // A role's trust policy is the resource-based policy STS has; AWS names it so ("Access denied due to
  // role trust policies" in the troubleshooting guide), and so for sts:TagSession and sts:SetSourceIdentity.
  const trust = type === 'resource' && action.toLowerCase().startsWith('sts:');
  if (evaluation.decision === 'ExplicitDeny' || type === 'scp')
    return `${base} ${trust ? 'with an explicit deny in the role trust policy' : EXPLICIT[type]}`;
  return `${base} because no ${trust ? 'role trust policy' : IMPLICIT[type]} allows the ${action} action`;
}

/** Builds the AccessDenied value (HTTP 403). */
export function accessDenied(
  principalArn: string,
  action: string,
  resource: string,
  evaluation: EvalResult,
): AccessDeniedError {
  return {
    kind: 'AwsError',
    code: 'AccessDenied',
    message: accessDeniedMessage(principalArn, action, resource, evaluation),
    status: 403,
    evaluation,
  };
}

/** The policy type to name: the first explicitly denying statement's type, or the type whose missing Allow decided. */
function denyingType(evaluation: EvalResult): PolicyType | undefined {
  const { explanation } = evaluation;
  if (evaluation.decision === 'ExplicitDeny') {
    const types = explanation.deciding.map((ref) => ref.policyType);
    // AWS names one type when several deny; prefer the outermost guardrail, as the evaluation order does.
    const order: PolicyType[] = ['scp', 'resource', 'identity', 'permissionsBoundary', 'session'];
    return order.find((t) => types.includes(t));
  }
  return explanation.implicitDenyBy;
}
