import { arnAccount } from './arn.ts';
import { type Caller, callerAccount, callerLabel, chainOf, isIamCaller, parseCaller } from './caller.ts';
import { buildContext } from './context.ts';
import { decide, type Outcome } from './decision.ts';
import type {
  Decision,
  EvalRequest,
  EvalResult,
  Explanation,
  NamedPolicy,
  PolicySet,
  PolicyTrace,
  StatementRef,
} from './model.ts';
import type { GrantKind } from './principals.ts';
import { quickVerdict, type RequestFacts, tracePolicy } from './statement.ts';
import { summarize } from './summary.ts';

/**
 * Resource-based policies that must allow even within the account ("Policy evaluation logic"): a KMS key
 * policy for any KMS action, and a role's trust policy for the STS actions that assume or tag a role session.
 * IAM actions on a role (iam:GetRole, iam:DeleteRole …) are decided by the identity side alone.
 */
const KEY_ARN = /^arn:[^:]+:kms:[^:]*:\d{12}:key\//;
const ROLE_ARN = /^arn:[^:]+:iam::\d{12}:role\//;

/** True when `action` on `resource` needs an allowing resource-based policy even within one account. */
function resourcePolicyRequired(action: string, resource: string): boolean {
  return KEY_ARN.test(resource) || (ROLE_ARN.test(resource) && action.toLowerCase().startsWith('sts:'));
}

/** The policies that take part in a request, in trace order, with their SCP level. */
interface Participant {
  readonly policy: NamedPolicy;
  readonly index: number;
  readonly level?: number;
}

/**
 * Decides one request against its policy set, AWS's way. The decision is computed with compiled matchers
 * only; the explanation (full statement trace and summary) is built on first access and then kept.
 */
export function evaluate(request: EvalRequest, policies: PolicySet): EvalResult {
  const caller = parseCaller(request.principal);
  const iamCaller = isIamCaller(caller);
  const fromAccount = callerAccount(caller);
  const resourceAccount = request.resourceAccount ?? arnAccount(request.resource) ?? fromAccount;
  const boundary = iamCaller ? (policies.permissionsBoundary ?? null) : null;
  const facts: RequestFacts = {
    action: request.action,
    actionLower: request.action.toLowerCase(),
    resource: request.resource,
    context: buildContext(request.context),
    chain: chainOf(caller),
    callerLabel: callerLabel(caller),
    hasBoundary: boundary !== null,
  };
  // Identity-side policies belong to IAM identities only; services and web identities have none.
  const identity = iamCaller ? (policies.identity ?? []) : [];
  const session = iamCaller && policies.session && policies.session.length > 0 ? policies.session : null;
  const scps = iamCaller ? (policies.scps ?? []) : [];

  let explicitDeny = false;
  let identityAllows = false;
  for (const p of identity) {
    const v = quickVerdict(p, facts).verdict;
    if (v === 'ExplicitDeny') explicitDeny = true;
    else if (v === 'Allow') identityAllows = true;
  }
  const resourceVerdict = policies.resource ? quickVerdict(policies.resource, facts) : null;
  if (resourceVerdict?.verdict === 'ExplicitDeny') explicitDeny = true;
  const boundaryVerdict = boundary ? quickVerdict(boundary, facts).verdict : null;
  if (boundaryVerdict === 'ExplicitDeny') explicitDeny = true;
  let sessionAllows: boolean | null = null;
  if (session) {
    sessionAllows = false;
    for (const p of session) {
      const v = quickVerdict(p, facts).verdict;
      if (v === 'ExplicitDeny') explicitDeny = true;
      else if (v === 'Allow') sessionAllows = true;
    }
  }
  let scpsAllow = true;
  for (const level of scps) {
    let levelAllows = false;
    for (const p of level) {
      const v = quickVerdict(p, facts).verdict;
      if (v === 'ExplicitDeny') explicitDeny = true;
      else if (v === 'Allow') levelAllows = true;
    }
    if (!levelAllows) scpsAllow = false;
  }

  const outcome = decide({
    explicitDeny,
    iamCaller,
    rootCaller: caller.kind === 'root',
    sameAccount: fromAccount === resourceAccount,
    scpsAllow,
    identityAllows,
    boundaryAllows: boundaryVerdict === null ? null : boundaryVerdict === 'Allow',
    // A federated user session (GetFederationToken) without session policies "has no permissions".
    sessionAllows: sessionAllows ?? (caller.kind === 'federated-user' ? false : null),
    resourceGrant: resourceVerdict?.verdict === 'Allow' ? strongestGrant(resourceVerdict.grants) : null,
    resourcePolicyRequired: resourcePolicyRequired(request.action, request.resource),
  });

  return new LazyResult(outcome, { request, policies, facts, caller, fromAccount, resourceAccount });
}

/** What building the explanation later needs. */
interface ExplainInput {
  readonly request: EvalRequest;
  readonly policies: PolicySet;
  readonly facts: RequestFacts;
  readonly caller: Caller;
  readonly fromAccount: string | undefined;
  readonly resourceAccount: string | undefined;
}

/** An EvalResult whose explanation is traced on first access (deciding alone is the hot path). */
class LazyResult implements EvalResult {
  readonly decision: Decision;
  #outcome: Outcome;
  #input: ExplainInput;
  #explanation: Explanation | undefined;

  constructor(outcome: Outcome, input: ExplainInput) {
    this.decision = outcome.decision;
    this.#outcome = outcome;
    this.#input = input;
  }

  get explanation(): Explanation {
    this.#explanation ??= explain(this.#outcome, this.#input);
    return this.#explanation;
  }

  toJSON(): { decision: Decision; explanation: Explanation } {
    return { decision: this.decision, explanation: this.explanation };
  }
}

function explain(outcome: Outcome, input: ExplainInput): Explanation {
  const { request, policies, facts, caller, fromAccount, resourceAccount } = input;
  const iamCaller = isIamCaller(caller);
  const boundary = iamCaller ? (policies.permissionsBoundary ?? null) : null;
  const session = iamCaller && policies.session && policies.session.length > 0 ? policies.session : [];
  const participants: Participant[] = [
    ...(iamCaller ? (policies.identity ?? []) : []).map((policy, index) => ({ policy, index })),
    ...(policies.resource ? [{ policy: policies.resource, index: 0 }] : []),
    ...(boundary ? [{ policy: boundary, index: 0 }] : []),
    ...session.map((policy, index) => ({ policy, index })),
    ...(iamCaller ? (policies.scps ?? []) : []).flatMap((list, level) =>
      list.map((policy, index) => ({ policy, index, level })),
    ),
  ];
  const traces: PolicyTrace[] = participants.map((p) => tracePolicy(p.policy, p.index, p.level, facts));
  const deciding: StatementRef[] = [];
  if (outcome.decision !== 'ImplicitDeny') {
    const effect = outcome.decision === 'Allow' ? 'Allow' : 'Deny';
    for (const t of traces)
      for (const s of t.statements) if (s.applies && s.effect === effect) deciding.push(s.ref);
  }
  const base = {
    rule: outcome.rule,
    deciding,
    ...(outcome.implicitDenyBy ? { implicitDenyBy: outcome.implicitDenyBy } : {}),
    ...(fromAccount ? { callerAccount: fromAccount } : {}),
    ...(resourceAccount ? { resourceAccount } : {}),
    crossAccount: iamCaller && fromAccount !== resourceAccount,
    policies: traces,
  };
  return { summary: summarize(outcome.decision, base, request, facts), ...base };
}

/** Grant order: a direct grant beats a role grant, which beats an account delegation. */
const GRANT_RANK: Readonly<Record<GrantKind, number>> = {
  user: 4,
  session: 4,
  'federated-user': 4,
  wildcard: 4,
  service: 4,
  federated: 4,
  anonymous: 4,
  role: 2,
  account: 1,
};

function strongestGrant(grants: readonly GrantKind[]): GrantKind | null {
  let best: GrantKind | null = null;
  for (const g of grants) if (!best || GRANT_RANK[g] > GRANT_RANK[best]) best = g;
  return best;
}
