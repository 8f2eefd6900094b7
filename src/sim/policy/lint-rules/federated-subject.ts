import { type LintRule, statementFinding } from './finding.ts';
import { coversAction, principals, restrictingCondition } from './statement-facts.ts';

/** Web identity domains AWS names directly, with the token claim that identifies your app. */
const DOMAIN_CLAIMS: Readonly<Record<string, readonly string[]>> = {
  'cognito-identity.amazonaws.com': ['aud'],
  'accounts.google.com': ['aud', 'sub'],
  'graph.facebook.com': ['app_id'],
  'www.amazon.com': ['app_id'],
};

/**
 * The token claims that pin a web identity principal to your workload. For an OIDC provider that is `sub`
 * (with GitHub Actions, `aud` is the same for every repository on GitHub, so it does not count); for Cognito
 * it is `aud`, the identity pool. SAML providers are your own IdP and are not checked.
 */
function claimKeys(provider: string): string[] {
  const host = provider.replace(/^arn:[^:]+:iam::\d{12}:oidc-provider\//, '');
  const claims = DOMAIN_CLAIMS[host] ?? (host === provider ? [] : ['sub']);
  return claims.map((claim) => `${host}:${claim}`);
}

/** `federated-no-subject-condition`: AssumeRoleWithWebIdentity trusted with no claim naming your workload. */
export const federatedNoSubjectCondition: LintRule = ({ policy, kind }) => {
  if (kind !== 'trust') return [];
  return policy.statements.flatMap((s) => {
    if (s.effect !== 'Allow' || !coversAction(s, 'sts:AssumeRoleWithWebIdentity')) return [];
    return principals(s, 'Federated')
      .filter((provider) => {
        const keys = claimKeys(provider);
        return keys.length > 0 && !restrictingCondition(s, keys);
      })
      .map((provider) =>
        statementFinding(
          'federated-no-subject-condition',
          'security-warning',
          s,
          'Condition',
          `Any identity that ${provider} issues a token to can assume this role. Add a condition on ${claimKeys(provider).join(' or ')} naming your own repository, service account or app.`,
        ),
      );
  });
};
