import {
  type Decision,
  type EvalResult,
  evaluate,
  type PolicySet,
  type StatementRef,
} from '../policy/index.ts';
import type { ContextValues } from '../world/request-context.ts';
import { missingContextValues } from './simulate-context.ts';
import { type StatementSpan, statementSpans } from './simulate-positions.ts';
import type { SimulationSource } from './simulate-sources.ts';

/** Everything one simulation evaluates: the policies by slot, the caller, and the request's context. */
export interface Simulation {
  readonly identity: readonly SimulationSource[];
  readonly boundary: SimulationSource | null;
  readonly resource: SimulationSource | null;
  readonly scps: PolicySet['scps'];
  /** The principal the engine evaluates as (a user or role ARN). */
  readonly caller: string;
  /** Account owning the resources (ResourceOwner), or undefined to take it from each resource ARN. */
  readonly resourceOwner: string | undefined;
  readonly context: ContextValues;
}

const DECISIONS: Readonly<Record<Decision, string>> = {
  Allow: 'allowed',
  ExplicitDeny: 'explicitDeny',
  ImplicitDeny: 'implicitDeny',
};

/**
 * `EvaluationResults` for every action × resource pair, each decided by the policy engine (the same `evaluate` the
 * world authorizes with) and described from its explanation: the deciding statements with their positions in the
 * policy text, the context keys the matching statements need, and the SCP and boundary verdicts. When ResourceArns
 * were given, each result also carries its `ResourceSpecificResults` entry.
 */
export function simulate(
  sim: Simulation,
  actions: readonly string[],
  resources: readonly string[] | undefined,
): Record<string, unknown>[] {
  const set: PolicySet = {
    identity: sim.identity.map((s) => s.policy),
    permissionsBoundary: sim.boundary?.policy ?? null,
    resource: sim.resource?.policy ?? null,
    scps: sim.scps ?? null,
  };
  const all = [
    ...sim.identity,
    ...(sim.boundary ? [sim.boundary] : []),
    ...(sim.resource ? [sim.resource] : []),
  ];
  const spans = new Map<SimulationSource, StatementSpan[]>();
  const spansOf = (s: SimulationSource) => {
    let found = spans.get(s);
    if (!found) {
      found = statementSpans(s.text);
      spans.set(s, found);
    }
    return found;
  };
  const matched = (refs: readonly StatementRef[]) =>
    refs.flatMap((ref) => {
      const src =
        ref.policyType === 'identity'
          ? sim.identity[ref.policyIndex]
          : ref.policyType === 'resource'
            ? sim.resource
            : null;
      if (!src) return [];
      const span = spansOf(src)[ref.statementIndex];
      return [
        {
          SourcePolicyId: src.sourceId,
          SourcePolicyType: src.sourceType,
          ...(span ? { StartPosition: span.start, EndPosition: span.end } : {}),
        },
      ];
    });
  const out: Record<string, unknown>[] = [];
  for (const action of actions) {
    for (const resource of resources ?? ['*']) {
      const result = evaluate(
        {
          principal: sim.caller,
          action,
          resource,
          ...(sim.resourceOwner ? { resourceAccount: sim.resourceOwner } : {}),
          context: sim.context,
        },
        set,
      );
      const decision = DECISIONS[result.decision];
      const statements = matched(result.explanation.deciding);
      const missing = missingContextValues(
        result.explanation,
        all.map((s) => s.policy),
        sim.context,
      );
      out.push({
        EvalActionName: action,
        EvalResourceName: resource,
        EvalDecision: decision,
        MatchedStatements: statements,
        MissingContextValues: missing,
        ...details(result, sim),
        ...(resources
          ? {
              ResourceSpecificResults: [
                {
                  EvalResourceName: resource,
                  EvalResourceDecision: decision,
                  MatchedStatements: statements,
                  MissingContextValues: missing,
                },
              ],
            }
          : {}),
      });
    }
  }
  return out;
}

/** `OrganizationsDecisionDetail` when SCPs apply, `PermissionsBoundaryDecisionDetail` when there is a boundary. */
function details(result: EvalResult, sim: Simulation): Record<string, unknown> {
  const traces = result.explanation.policies;
  const out: Record<string, unknown> = {};
  if (sim.scps && sim.scps.length > 0) {
    const scpTraces = traces.filter((t) => t.type === 'scp');
    const levelsAllow = sim.scps.every((_, level) =>
      scpTraces.some((t) => t.level === level && t.verdict === 'Allow'),
    );
    const denied = scpTraces.some((t) => t.verdict === 'ExplicitDeny');
    out.OrganizationsDecisionDetail = { AllowedByOrganizations: levelsAllow && !denied };
  }
  if (sim.boundary) {
    const verdict = traces.find((t) => t.type === 'permissionsBoundary')?.verdict;
    out.PermissionsBoundaryDecisionDetail = { AllowedByPermissionsBoundary: verdict === 'Allow' };
  }
  return out;
}
