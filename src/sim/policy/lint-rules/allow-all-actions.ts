import { type LintRule, statementFinding } from './finding.ts';
import { GRANTING_KINDS } from './statement-facts.ts';

/** `allow-all-actions`: an identity or resource policy Allow with `Action: "*"`. */
export const allowAllActions: LintRule = ({ policy, kind }) => {
  if (!GRANTING_KINDS.has(kind)) return [];
  return policy.statements
    .filter((s) => s.effect === 'Allow' && s.action.kind === 'Action' && s.action.values.includes('*'))
    .map((s) =>
      statementFinding(
        'allow-all-actions',
        'security-warning',
        s,
        'Action',
        'Action "*" allows every action of every AWS service, including changing IAM itself. List only the actions this principal needs.',
      ),
    );
};
