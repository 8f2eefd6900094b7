import type { ChainMember } from './caller.ts';
import { compilePolicy } from './compile.ts';
import type { RequestContext } from './context.ts';
import type { Mismatch, NamedPolicy, PolicyTrace, StatementRef, StatementTrace } from './model.ts';
import type { GrantKind } from './principals.ts';
import { describeMismatch, policyLabel } from './reasons.ts';

/** What every statement is tested against, prepared once per request. */
export interface RequestFacts {
  readonly action: string;
  readonly actionLower: string;
  readonly resource: string;
  readonly context: RequestContext;
  readonly chain: readonly ChainMember[];
  readonly callerLabel: string;
  readonly hasBoundary: boolean;
}

/** Fast verdict of one policy (no trace): 'ExplicitDeny', 'NoMatch', or 'Allow' with the strongest grant. */
export interface QuickVerdict {
  readonly verdict: PolicyTrace['verdict'];
  /** Grants of applicable Allow statements (resource-based policies only). */
  readonly grants: readonly GrantKind[];
}

const NO_GRANTS: readonly GrantKind[] = [];

/** Decides one policy without building explanations; must agree with `tracePolicy` (a property test checks). */
export function quickVerdict(policy: NamedPolicy, facts: RequestFacts): QuickVerdict {
  const compiled = compilePolicy(policy.document);
  let verdict: PolicyTrace['verdict'] = 'NoMatch';
  let grants = NO_GRANTS;
  for (const cs of compiled.statements) {
    if (!cs.matchAction(facts.actionLower)) continue;
    if (cs.statement.resource && !cs.matchResource(facts.resource, facts.context).ok) continue;
    let grant: GrantKind | undefined;
    if (cs.principal) {
      const p = cs.principal(facts.chain, facts.hasBoundary);
      if (!p.applies) continue;
      grant = p.grant;
    }
    let conditionsHold = true;
    for (const c of cs.conditions) {
      if (c(facts.context)) {
        conditionsHold = false;
        break;
      }
    }
    if (!conditionsHold) continue;
    if (cs.statement.effect === 'Deny') return { verdict: 'ExplicitDeny', grants: NO_GRANTS };
    verdict = 'Allow';
    if (grant) grants = grants === NO_GRANTS ? [grant] : [...grants, grant];
  }
  return { verdict, grants };
}

/** Evaluates every statement of one policy and records each verdict. */
export function tracePolicy(
  policy: NamedPolicy,
  index: number,
  level: number | undefined,
  facts: RequestFacts,
): PolicyTrace {
  const compiled = compilePolicy(policy.document);
  const statements: StatementTrace[] = [];
  let verdict: PolicyTrace['verdict'] = 'NoMatch';
  for (const cs of compiled.statements) {
    const s = cs.statement;
    const ref: StatementRef = {
      policyType: policy.type,
      policyIndex: index,
      ...(level === undefined ? {} : { level }),
      ...(policy.name === undefined ? {} : { policyName: policy.name }),
      ...(policy.arn === undefined ? {} : { policyArn: policy.arn }),
      ...(s.sid === undefined ? {} : { sid: s.sid }),
      statementIndex: s.index,
    };
    let mismatch: Mismatch | undefined;
    let grant: GrantKind | undefined;
    if (!cs.matchAction(facts.actionLower)) mismatch = { element: s.action.kind, values: s.action.values };
    if (!mismatch && s.resource) {
      const r = cs.matchResource(facts.resource, facts.context);
      if (!r.ok) {
        mismatch = r.missingVariable
          ? { element: s.resource.kind, values: s.resource.values, missingVariable: r.missingVariable }
          : { element: s.resource.kind, values: s.resource.values };
      }
    }
    if (!mismatch && cs.principal && s.principal) {
      const p = cs.principal(facts.chain, facts.hasBoundary);
      if (p.applies) grant = p.grant;
      else mismatch = { element: s.principal.kind };
    }
    if (!mismatch) {
      for (const c of cs.conditions) {
        const failure = c(facts.context);
        if (failure) {
          mismatch = { element: 'Condition', failure };
          break;
        }
      }
    }
    if (mismatch) {
      const reason = describeMismatch(mismatch, facts.action, facts.resource, facts.callerLabel);
      statements.push({ ref, effect: s.effect, applies: false, mismatch, reason });
      continue;
    }
    statements.push(
      grant ? { ref, effect: s.effect, applies: true, grant } : { ref, effect: s.effect, applies: true },
    );
    if (s.effect === 'Deny') verdict = 'ExplicitDeny';
    else if (verdict === 'NoMatch') verdict = 'Allow';
  }
  return {
    type: policy.type,
    index,
    ...(level === undefined ? {} : { level }),
    ...(policy.name === undefined ? {} : { name: policy.name }),
    ...(policy.arn === undefined ? {} : { arn: policy.arn }),
    label: policyLabel(policy.type, index, level, policy.name, policy.arn),
    verdict,
    statements,
  };
}
