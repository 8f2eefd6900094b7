import { type LintRule, statementFinding } from './finding.ts';
import { principals, restrictingCondition } from './statement-facts.ts';

/**
 * Condition keys that narrow "any principal" down to known callers. `sts:ExternalId` is deliberately not
 * one: AWS says the external ID is not a secret, so anyone who learns it could use the role. Network keys
 * (aws:SourceIp, aws:SourceVpc) limit where a call comes from, not who makes it, so they do not count either.
 */
export const PRINCIPAL_KEYS = [
  'aws:PrincipalOrgID',
  'aws:PrincipalOrgPaths',
  'aws:PrincipalAccount',
  'aws:PrincipalArn',
  'aws:SourceAccount',
  'aws:SourceArn',
  'aws:SourceOrgID',
  'aws:SourceOrgPaths',
];

/** `trust-any-principal`: a trust or resource policy Allow for `*` / `{"AWS":"*"}` with no principal-narrowing condition. */
export const trustAnyPrincipal: LintRule = ({ policy, kind }) => {
  if (kind !== 'trust' && kind !== 'resource') return [];
  return policy.statements
    .filter((s) => s.effect === 'Allow' && principals(s, 'AWS').includes('*'))
    .filter((s) => !restrictingCondition(s, PRINCIPAL_KEYS))
    .map((s) =>
      statementFinding(
        'trust-any-principal',
        'security-warning',
        s,
        'Principal',
        `${kind === 'trust' ? 'Any AWS principal in any account can assume this role' : 'Any AWS principal in any account is granted this access'}: the Principal is "*" and no condition narrows it. Name the accounts or roles you trust, or add a condition on aws:PrincipalOrgID, aws:PrincipalAccount or aws:PrincipalArn.`,
      ),
    );
};

/** `allow-not-principal`: Allow with NotPrincipal trusts everyone except the listed principals. */
export const allowNotPrincipal: LintRule = ({ policy }) =>
  policy.statements
    .filter((s) => s.effect === 'Allow' && s.principal?.kind === 'NotPrincipal')
    .map((s) =>
      statementFinding(
        'allow-not-principal',
        'security-warning',
        s,
        'NotPrincipal',
        'Allow with NotPrincipal grants access to every principal except the ones listed, including anonymous and other accounts. List the principals you trust in Principal instead.',
      ),
    );
