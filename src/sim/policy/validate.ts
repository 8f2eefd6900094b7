import type { AwsError } from '../aws-error.ts';
import {
  invalidPrincipal,
  invalidVendor,
  MESSAGES,
  malformed,
  prohibitedField,
  resourceNotArn,
} from './policy-errors.ts';
import { isValidPrincipal } from './principal-syntax.ts';
import type { PolicyDocument, PolicyKind, PrincipalType, Statement } from './types.ts';
import { wildcardMatches } from './wildcard.ts';

/** A validation problem: IAM's error and the element it is about. */
export interface ValidationProblem {
  readonly error: AwsError;
  readonly path: string;
}

/** The actions a role trust policy may name ("AssumeRole policy may only specify STS AssumeRole actions."). */
const TRUST_ACTIONS = [
  'sts:AssumeRole',
  'sts:AssumeRoleWithSAML',
  'sts:AssumeRoleWithWebIdentity',
  'sts:TagSession',
  'sts:SetSourceIdentity',
  'sts:SetContext',
];

const NO_PRINCIPAL_KINDS: ReadonlySet<PolicyKind> = new Set(['identity', 'boundary', 'session', 'scp']);

/** Checks the rules that depend on where the policy is used; returns the first problem or null. */
export function validateForKind(policy: PolicyDocument, kind: PolicyKind): ValidationProblem | null {
  const checks = [checkPrincipalPresence, checkTrustResource, checkSids, checkActions, checkResources];
  const later = [checkActionVendors, checkTrustActions, checkPrincipalValues, checkResourceFormat];
  for (const check of [...checks, ...later]) {
    const problem = check(policy, kind);
    if (problem) return problem;
  }
  return null;
}

type Check = (policy: PolicyDocument, kind: PolicyKind) => ValidationProblem | null;

const at = (s: Statement, field: string, error: AwsError): ValidationProblem => ({
  error,
  path: `Statement[${s.index}].${field}`,
});

const checkPrincipalPresence: Check = (policy, kind) => {
  for (const s of policy.statements) {
    if (NO_PRINCIPAL_KINDS.has(kind) && s.principal) {
      return at(s, s.principal.kind, malformed(MESSAGES.principalInIdentity));
    }
    if (!NO_PRINCIPAL_KINDS.has(kind) && !s.principal)
      return at(s, 'Principal', malformed(MESSAGES.missingPrincipal));
  }
  return null;
};

const checkTrustResource: Check = (policy, kind) => {
  if (kind !== 'trust') return null;
  const s = policy.statements.find((st) => st.resource);
  return s?.resource ? at(s, s.resource.kind, prohibitedField(s.resource.kind)) : null;
};

const checkSids: Check = (policy) => {
  const seen = new Set<string>();
  for (const s of policy.statements) {
    if (!s.sid) continue;
    if (seen.has(s.sid)) return at(s, 'Sid', malformed(MESSAGES.duplicateSid));
    seen.add(s.sid);
  }
  return null;
};

const checkActions: Check = (policy) => {
  const s = policy.statements.find((st) => st.action.values.length === 0);
  return s ? at(s, 'Action', malformed(MESSAGES.noActions)) : null;
};

const checkResources: Check = (policy, kind) => {
  if (kind === 'trust') return null;
  // Resource-based policies may omit Resource (it is the resource they are attached to); all others must name one.
  const s = policy.statements.find((st) =>
    st.resource ? st.resource.values.length === 0 : NO_PRINCIPAL_KINDS.has(kind),
  );
  return s ? at(s, 'Resource', malformed(MESSAGES.noResources)) : null;
};

const checkActionVendors: Check = (policy) => {
  for (const s of policy.statements) {
    for (const action of s.action.values) {
      const parts = action.split(':');
      const vendor = parts[0] ?? '';
      if (parts.length === 1 && action !== '*')
        return at(s, s.action.kind, malformed(MESSAGES.vendorMissing));
      if (parts.length > 2) return at(s, s.action.kind, malformed(MESSAGES.oneColon));
      if (vendor !== '*' && /[^a-zA-Z0-9\-.]/.test(vendor))
        return at(s, s.action.kind, invalidVendor(vendor));
    }
  }
  return null;
};

const checkTrustActions: Check = (policy, kind) => {
  if (kind !== 'trust') return null;
  for (const s of policy.statements) {
    // wording verified; treating a pattern as allowed when it starts with sts: and matches one of them is unverified
    const bad = s.action.values.find(
      (a) => !/^sts:/i.test(a) || !TRUST_ACTIONS.some((t) => wildcardMatches(a, t, true)),
    );
    if (bad !== undefined) return at(s, s.action.kind, malformed(MESSAGES.trustActions));
  }
  return null;
};

const checkPrincipalValues: Check = (policy) => {
  for (const s of policy.statements) {
    const spec = s.principal?.spec;
    if (!spec || spec.kind === '*') continue;
    for (const [type, values] of Object.entries(spec.entries) as [PrincipalType, readonly string[]][]) {
      const bad = values.find((v) => !isValidPrincipal(type, v));
      if (bad !== undefined) return at(s, s.principal?.kind ?? 'Principal', invalidPrincipal(type, bad));
    }
  }
  return null;
};

const checkResourceFormat: Check = (policy) => {
  for (const s of policy.statements) {
    const bad = s.resource?.values.find((r) => r !== '*' && !r.includes(':'));
    if (s.resource && bad !== undefined) return at(s, s.resource.kind, resourceNotArn(bad));
  }
  return null;
};
