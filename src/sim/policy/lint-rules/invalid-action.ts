import type { Statement } from '../types.ts';
import { API_NAMED_ACTIONS, judgeAction } from './action-catalog.ts';
import { type LintFinding, type LintRule, statementFinding } from './finding.ts';

/** What an entry that matches nothing does to the statement, by effect and element. */
function consequence(s: Statement): string {
  if (s.action.kind === 'NotAction') return 'so it excludes nothing from the NotAction';
  return s.effect === 'Allow' ? 'so it allows nothing' : 'so it denies nothing';
}

function finding(s: Statement, entry: string, i: number): LintFinding {
  const pattern = /[*?]/.test(entry);
  const service = entry.slice(0, entry.indexOf(':')).toLowerCase();
  const meant = API_NAMED_ACTIONS[entry.toLowerCase()];
  const hint = meant
    ? ` The API ${entry.slice(entry.indexOf(':') + 1)} is authorized by the IAM action ${meant}.`
    : ` Check the spelling against the ${service} actions in the Service Authorization Reference.`;
  return {
    ...statementFinding(
      'invalid-action',
      'error',
      s,
      `${s.action.kind}[${i}]`,
      `${entry} ${pattern ? 'matches no' : 'is not an'} ${service} action, ${consequence(s)}.${hint}`,
    ),
    value: entry,
  };
}

/**
 * `invalid-action`: an `Action`/`NotAction` entry of a service in the action catalog that names (or, with wildcards,
 * matches) no action of that service, e.g. the typo `s3:GetObjects`. IAM accepts it and it silently matches nothing.
 * Services outside the catalog are not judged.
 */
export const invalidAction: LintRule = ({ policy }) =>
  policy.statements.flatMap((s) =>
    s.action.values.flatMap((entry, i) =>
      judgeAction(entry) === 'no-such-action' ? [finding(s, entry, i)] : [],
    ),
  );
