import { type LintRule, statementFinding } from './finding.ts';
import { coversAction, GRANTING_KINDS } from './statement-facts.ts';

/** Resource patterns that cover every role: `*`, `arn:aws:iam::*:*`, or `...:role/*`. */
function everyRole(resource: string): boolean {
  return resource === '*' || /^arn:[^:]*:iam::[^:]*:(?:\*|role\/\*)$/.test(resource);
}

/** `passrole-wildcard`: iam:PassRole (directly or through `iam:*`, `*`, NotAction) allowed on every role. */
export const passRoleWildcard: LintRule = ({ policy, kind }) => {
  if (!GRANTING_KINDS.has(kind)) return [];
  return policy.statements
    .filter((s) => s.effect === 'Allow' && coversAction(s, 'iam:PassRole'))
    .filter((s) => s.resource?.kind === 'NotResource' || s.resource?.values.some(everyRole))
    .map((s) =>
      statementFinding(
        'passrole-wildcard',
        'security-warning',
        s,
        s.resource?.kind ?? 'Resource',
        "iam:PassRole is allowed for every role, so this principal can hand any role (an admin role too) to a service it controls and act with that role's permissions. Name the role ARNs it may pass and add an iam:PassedToService condition.",
      ),
    );
};
