import type { Statement } from '../types.ts';
import { documentFinding, type LintFinding, type LintRule, statementFinding } from './finding.ts';

/** `version-missing` / `version-outdated`: without "2012-10-17" the policy uses the old 2008 language. */
export const versionRule: LintRule = ({ policy }) => {
  if (policy.versionOmitted)
    return [
      documentFinding(
        'version-missing',
        'suggestion',
        'Version',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a policy variable shown to the learner, not a template
        'The policy has no Version, so AWS reads it with the 2008-10-17 rules: policy variables such as ${aws:username} stay literal text. Add "Version": "2012-10-17".',
      ),
    ];
  if (policy.version === '2008-10-17')
    return [
      documentFinding(
        'version-outdated',
        'suggestion',
        'Version',
        'Version "2008-10-17" is the old policy language without policy variables. Use "2012-10-17".',
      ),
    ];
  return [];
};

const hasVariable = (values: readonly string[]) => values.some((v) => v.includes('${'));

function variableFindings(s: Statement): LintFinding[] {
  const message = (where: string) =>
    `${where} contains a policy variable, but under the 2008-10-17 language it is matched as the literal text "\${...}" and never substituted. Add "Version": "2012-10-17".`;
  const found: LintFinding[] = [];
  if (s.resource && hasVariable(s.resource.values))
    found.push(statementFinding('variable-in-2008', 'warning', s, s.resource.kind, message(s.resource.kind)));
  for (const c of s.conditions.filter((entry) => hasVariable(entry.values)))
    found.push(
      statementFinding('variable-in-2008', 'warning', s, `Condition.${c.raw}.${c.key}`, message(`${c.key}`)),
    );
  return found;
}

/** `variable-in-2008`: a `${...}` in a policy whose language version does not substitute variables. */
export const variableIn2008: LintRule = ({ policy }) =>
  policy.version === '2008-10-17' ? policy.statements.flatMap(variableFindings) : [];
