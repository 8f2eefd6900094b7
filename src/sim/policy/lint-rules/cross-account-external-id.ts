import { type LintRule, statementFinding } from './finding.ts';
import { coversAction, principalAccount, principals, restrictingCondition } from './statement-facts.ts';

/**
 * `trust-cross-account-no-external-id`: a role trusts another account for sts:AssumeRole without
 * `sts:ExternalId`. Only a suggestion: the external ID matters when that account is a third party serving
 * many customers (the confused deputy), not between your own accounts. Statements that already require MFA
 * are skipped, since those are for people, and people do not carry an external ID.
 */
export const crossAccountNoExternalId: LintRule = ({ policy, kind, account }) => {
  if (kind !== 'trust') return [];
  return policy.statements.flatMap((s) => {
    if (s.effect !== 'Allow' || !coversAction(s, 'sts:AssumeRole')) return [];
    if (restrictingCondition(s, ['sts:ExternalId'])) return [];
    const requiresMfa = s.conditions.some(
      (c) =>
        c.key.toLowerCase() === 'aws:multifactorauthpresent' &&
        c.operator === 'Bool' &&
        c.values.includes('true'),
    );
    if (requiresMfa) return [];
    const others = principals(s, 'AWS')
      .map(principalAccount)
      .filter((a): a is string => a !== undefined && a !== account);
    if (others.length === 0) return [];
    const accounts = [...new Set(others)].join(', ');
    return [
      statementFinding(
        'trust-cross-account-no-external-id',
        'suggestion',
        s,
        'Principal',
        `This role trusts account ${accounts} without an sts:ExternalId condition. If that account belongs to a third party that acts for several customers, require the external ID it gave you so another customer cannot trick it into using your role (the confused deputy problem).`,
      ),
    ];
  });
};
