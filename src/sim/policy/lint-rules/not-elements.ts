import { type LintRule, statementFinding } from './finding.ts';
import { GRANTING_KINDS } from './statement-facts.ts';

/** `allow-not-action`: Allow with NotAction grants every action not listed, including future ones. */
export const allowNotAction: LintRule = ({ policy, kind }) => {
  if (!GRANTING_KINDS.has(kind)) return [];
  return policy.statements
    .filter((s) => s.effect === 'Allow' && s.action.kind === 'NotAction')
    .map((s) =>
      statementFinding(
        'allow-not-action',
        'warning',
        s,
        'NotAction',
        'Allow with NotAction allows every action except the ones listed, across all services, including actions AWS adds later. List the allowed actions in Action instead; keep NotAction for Deny statements.',
      ),
    );
};

/** `allow-not-resource`: Allow with NotResource grants access to every resource not listed. */
export const allowNotResource: LintRule = ({ policy, kind }) => {
  if (!GRANTING_KINDS.has(kind)) return [];
  return policy.statements
    .filter((s) => s.effect === 'Allow' && s.resource?.kind === 'NotResource')
    .map((s) =>
      statementFinding(
        'allow-not-resource',
        'warning',
        s,
        'NotResource',
        'Allow with NotResource allows the actions on every resource except the ones listed, including resources created later. List the allowed resources in Resource instead.',
      ),
    );
};
