import type { Decision, EvalRequest, Explanation, PolicyTrace, PolicyType, StatementRef } from './model.ts';
import { refLabel, typeLabel } from './reasons.ts';
import type { RequestFacts } from './statement.ts';

type Facts = Omit<Explanation, 'summary'>;

const ROLE_ARN = /^arn:[^:]+:iam::\d{12}:role\//;

/** The one-line summary: decision, deciding statement or missing Allow, in AWS's terms. */
export function summarize(decision: Decision, e: Facts, request: EvalRequest, facts: RequestFacts): string {
  const what = `${request.action} on ${request.resource}`;
  const who = facts.callerLabel;
  const first = (type: PolicyType, effect: 'Allow' | 'Deny'): StatementRef | undefined =>
    e.policies
      .filter((p) => p.type === type)
      .flatMap((p) => p.statements)
      .find((s) => s.applies && s.effect === effect)?.ref;
  const label = (ref: StatementRef | undefined) => (ref ? refLabel(ref) : 'a statement');
  const cross = e.crossAccount ? 'cross-account: ' : '';
  switch (e.rule) {
    case 'explicit-deny':
      return `${decision}: ${label(e.deciding[0])} explicitly denies ${what}`;
    case 'allow-identity':
      return `${decision}: ${label(first('identity', 'Allow'))} allows ${what}${e.resourceAccount ? ` (same account ${e.resourceAccount})` : ''}`;
    case 'allow-resource-grant':
      return `${decision}: ${label(first('resource', 'Allow'))} grants ${what} to ${who} directly (same account)`;
    case 'allow-resource-role-grant':
      return `${decision}: ${label(first('resource', 'Allow'))} grants ${what} to the role of ${who}, and no permissions boundary or session policy limits it`;
    case 'allow-cross-account':
      return `${decision}: cross-account: ${label(first('identity', 'Allow'))} and ${label(first('resource', 'Allow'))} both allow ${what}`;
    case 'allow-resource-only':
      return `${decision}: ${label(first('resource', 'Allow'))} allows ${who} to perform ${what}`;
    case 'scp-implicit-deny': {
      const level = scpLevelWithoutAllow(e.policies);
      // Named SCPs (the world's) are listed; a case file's unnamed SCPs are known by their level alone.
      const there = e.policies
        .filter((p) => p.type === 'scp' && (p.level ?? 0) === level && p.name !== undefined)
        .map((p) => p.label);
      const attached = there.length > 0 ? ` (attached there: ${there.join(', ')})` : '';
      return `${decision}: no SCP at level ${level} (0 = root) allows ${what}${attached}`;
    }
    case 'implicit-deny-identity': {
      const none = !e.policies.some((p) => p.type === 'identity');
      const detail = none
        ? `no identity-based policies are attached to ${who}`
        : `no identity-based policy statement allows ${what}`;
      return `${decision}: ${cross}${detail}${delegationNote(e)}`;
    }
    case 'implicit-deny-boundary':
      return `${decision}: ${cross}no permissions boundary statement allows ${what}`;
    case 'implicit-deny-session':
      return `${decision}: ${cross}no session policy statement allows ${what}`;
    case 'implicit-deny-resource':
      return `${decision}: ${resourceDenial(e, request, who)}`;
    case 'implicit-deny-cross-account-resource':
      return e.policies.some((p) => p.type === 'resource')
        ? `${decision}: cross-account: the resource policy of account ${e.resourceAccount} does not allow ${who} to perform ${what}`
        : `${decision}: cross-account: ${request.resource} in account ${e.resourceAccount} has no resource-based policy, so ${who} of account ${e.callerAccount} cannot be allowed`;
  }
}

function scpLevelWithoutAllow(policies: readonly PolicyTrace[]): number {
  const levels = new Map<number, boolean>();
  for (const p of policies) {
    if (p.type !== 'scp') continue;
    const level = p.level ?? 0;
    levels.set(level, (levels.get(level) ?? false) || p.verdict === 'Allow');
  }
  for (const [level, ok] of [...levels].sort((a, b) => a[0] - b[0])) if (!ok) return level;
  return 0;
}

function delegationNote(e: Facts): string {
  const resource = e.policies.find((p) => p.type === 'resource');
  const delegates = resource?.statements.some(
    (s) => s.applies && s.effect === 'Allow' && s.grant === 'account',
  );
  return delegates
    ? ` (the resource-based policy names only the account, which delegates the decision to identity policies)`
    : '';
}

function resourceDenial(e: Facts, request: EvalRequest, who: string): string {
  const isRole = ROLE_ARN.test(request.resource);
  const name = isRole ? 'the role trust policy' : `the ${typeLabel('resource')}`;
  const policy = e.policies.find((p) => p.type === 'resource');
  if (!policy)
    return `${isRole ? 'the role has no trust policy' : `${request.resource} has no resource-based policy`}, and only it can allow ${who}`;
  const statements = policy.statements;
  const actionMatched = statements.filter(
    (s) => s.mismatch?.element !== 'Action' && s.mismatch?.element !== 'NotAction',
  );
  if (actionMatched.length > 0 && actionMatched.every((s) => s.mismatch?.element === 'Principal')) {
    return `${name} does not name ${who}`;
  }
  const conditionMiss = actionMatched.find((s) => s.mismatch?.element === 'Condition');
  if (conditionMiss?.reason)
    return `${name} does not allow ${who} to perform ${request.action}: ${conditionMiss.reason}`;
  return `${name} does not allow ${who} to perform ${request.action}`;
}
