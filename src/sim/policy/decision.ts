import type { Decision, DecisionRule, PolicyType } from './model.ts';
import type { GrantKind } from './principals.ts';

/** Per-policy-type verdicts for one request; `null` means that policy type is absent. */
export interface Verdicts {
  readonly explicitDeny: boolean;
  /** The caller is an IAM identity (user, role, session, federated user, root): its own policies apply. */
  readonly iamCaller: boolean;
  readonly rootCaller: boolean;
  readonly sameAccount: boolean;
  /** Every SCP level has an Allow (true when no SCPs apply). */
  readonly scpsAllow: boolean;
  readonly identityAllows: boolean;
  readonly boundaryAllows: boolean | null;
  readonly sessionAllows: boolean | null;
  /** How the resource-based policy's applicable Allow named the caller; null when nothing allowed. */
  readonly resourceGrant: GrantKind | null;
  /** The resource is a role (trust policy) or KMS key: its own policy must allow, even in-account. */
  readonly resourcePolicyRequired: boolean;
}

/** The decision with the rule that produced it. */
export interface Outcome {
  readonly decision: Decision;
  readonly rule: DecisionRule;
  readonly implicitDenyBy?: PolicyType;
}

/** Grants "directly to the principal": not limited by implicit denies in identity, boundary or session policies. */
const DIRECT_GRANTS: ReadonlySet<GrantKind> = new Set(['user', 'session', 'federated-user', 'wildcard']);

/**
 * AWS's published order ("Policy evaluation logic", "Determining whether a request is allowed or denied
 * within an account", "Cross-account policy evaluation logic", "Permissions boundaries for IAM entities"):
 * 1. an explicit Deny in any policy wins;
 * 2. callers that are not IAM identities (services, web identities, anonymous) need the resource policy;
 * 3. every SCP level must allow;
 * 4. cross-account: the identity side (identity ∩ boundary ∩ session) AND the resource policy must allow;
 * 5. same account: a resource-policy grant to a user or session ARN is enough on its own; a grant to a
 *    role ARN is still limited by an implicit deny in the boundary or session policy; an account grant
 *    only delegates to the identity side. Role trust and KMS key policies must allow in any case.
 */
export function decide(v: Verdicts): Outcome {
  if (v.explicitDeny) return { decision: 'ExplicitDeny', rule: 'explicit-deny' };
  if (!v.iamCaller) {
    return v.resourceGrant
      ? { decision: 'Allow', rule: 'allow-resource-only' }
      : implicit('implicit-deny-resource', 'resource');
  }
  if (!v.scpsAllow) return implicit('scp-implicit-deny', 'scp');
  const boundaryOk = v.boundaryAllows !== false;
  const sessionOk = v.sessionAllows !== false;
  // The root user has full access within its own account; only SCPs and explicit denies limit it.
  const identityOk = v.rootCaller || v.identityAllows;
  const identitySideDenial = (): Outcome | null => {
    if (!identityOk) return implicit('implicit-deny-identity', 'identity');
    if (!boundaryOk) return implicit('implicit-deny-boundary', 'permissionsBoundary');
    if (!sessionOk) return implicit('implicit-deny-session', 'session');
    return null;
  };
  if (!v.sameAccount) {
    const denial = identitySideDenial();
    if (denial) return denial;
    return v.resourceGrant
      ? { decision: 'Allow', rule: 'allow-cross-account' }
      : implicit('implicit-deny-cross-account-resource', 'resource');
  }
  if (v.resourceGrant && DIRECT_GRANTS.has(v.resourceGrant)) {
    return { decision: 'Allow', rule: 'allow-resource-grant' };
  }
  if (v.resourceGrant === 'role' && boundaryOk && sessionOk) {
    return { decision: 'Allow', rule: 'allow-resource-role-grant' };
  }
  if (v.resourcePolicyRequired && !v.resourceGrant) return implicit('implicit-deny-resource', 'resource');
  return identitySideDenial() ?? { decision: 'Allow', rule: 'allow-identity' };
}

function implicit(rule: DecisionRule, by: PolicyType): Outcome {
  return { decision: 'ImplicitDeny', rule, implicitDenyBy: by };
}
