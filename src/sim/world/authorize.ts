import type { AwsError } from '../aws-error.ts';
import { type EvalResult, evaluate } from '../policy/index.ts';
import { accessDenied } from './access-denied.ts';
import { callerPolicies, named } from './effective-policies.ts';
import type { AuthRequest } from './operation.ts';
import type { Principal } from './principal.ts';
import { principalContext } from './request-context.ts';
import { resourceTagContext } from './resource-tags.ts';
import type { WorldState } from './state.ts';

/** Asks the policy engine about `request` for `principal` with its real effective policies. */
export function evaluateFor(
  state: WorldState,
  principal: Principal,
  now: Date,
  request: AuthRequest,
): EvalResult {
  const set = callerPolicies(state, principal);
  const resource =
    request.resourcePolicy == null
      ? null
      : (named(
          'resource',
          trustOrResource(request.action),
          request.resourcePolicy,
          'resource-based policy',
        )[0] ?? null);
  return evaluate(
    {
      principal: principal.arn,
      action: request.action,
      resource: request.resource,
      resourceAccount: request.resourceAccount ?? principal.accountId,
      context: {
        ...principalContext(state, principal, now),
        ...resourceTagContext(state, request.resource),
        ...request.context,
      },
    },
    { ...set, resource },
  );
}

/** Authorizes `request`; returns AWS's AccessDenied value (with the engine's answer attached) or null. */
export function authorize(
  state: WorldState,
  principal: Principal,
  now: Date,
  request: AuthRequest,
): AwsError | null {
  const result = evaluateFor(state, principal, now, request);
  if (result.decision === 'Allow') return null;
  return accessDenied(principal.arn, request.action, request.resource, result);
}

function trustOrResource(action: string): 'trust' | 'resource' {
  return action.toLowerCase().startsWith('sts:assumerole') ? 'trust' : 'resource';
}
