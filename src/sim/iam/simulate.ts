import type { AwsError } from '../aws-error.ts';
import { type PolicyKind, type PolicyType, parsePolicy } from '../policy/index.ts';
import { scpPolicies } from '../world/effective-policies.ts';
import type { Operation, OperationContext } from '../world/operation.ts';
import { principalArnForPolicies } from '../world/principal.ts';
import { iamErrors } from './errors.ts';
import { identityErrors } from './identity-errors.ts';
import { type ContextEntry, simulationContext } from './simulate-context.ts';
import { type Simulation, simulate } from './simulate-evaluate.ts';
import {
  boundarySource,
  entitySources,
  IAM_POLICY,
  type SimulationSource,
  source,
} from './simulate-sources.ts';

type P = {
  PolicySourceArn?: string;
  PolicyInputList?: string[];
  PermissionsBoundaryPolicyInputList?: string[];
  ActionNames: string[];
  ResourceArns?: string[];
  ResourcePolicy?: string;
  ResourceOwner?: string;
  CallerArn?: string;
  ContextEntries?: ContextEntry[];
  ResourceHandlingOption?: string;
};

/**
 * SimulatePrincipalPolicy: the identity-based policies of a user (with its groups'), group or role, plus any
 * PolicyInputList, its permissions boundary (or PermissionsBoundaryPolicyInputList), the SCPs of its account, and
 * the resource policy only when ResourcePolicy is given — the simulator never reads a live resource's policy.
 * Context comes only from ContextEntries. ResourceHandlingOption (EC2 scenarios) is accepted and not used.
 */
export const simulatePrincipalPolicy: Operation = {
  authorization: (params) => ({
    action: 'iam:SimulatePrincipalPolicy',
    resource: (params as P).PolicySourceArn ?? '*',
  }),
  run(params, ctx) {
    const p = params as P;
    const arn = p.PolicySourceArn ?? '';
    const target = entityOf(ctx, arn);
    if ('code' in target) return target;
    const inputs = inputSources(p.PolicyInputList ?? [], 'PolicyInputList', 'identity', 'identity');
    if ('code' in inputs) return inputs;
    const boundaryInputs = inputSources(
      p.PermissionsBoundaryPolicyInputList ?? [],
      'PermissionsBoundaryPolicyInputList',
      'permissionsBoundary',
      'boundary',
    );
    if ('code' in boundaryInputs) return boundaryInputs;
    const resource = resourceSource(p.ResourcePolicy);
    if (resource && 'code' in resource) return resource;
    const sim: Simulation = {
      identity: [...target.identity, ...inputs],
      boundary: boundaryInputs[0] ?? target.boundary,
      resource,
      // The SCPs of the account ("SCPs are included for the principal's account").
      scps: scpPolicies(ctx.state, target.accountId),
      caller: p.CallerArn ?? target.caller,
      resourceOwner: owner(p.ResourceOwner),
      context: simulationContext(p.ContextEntries ?? []),
    };
    return { EvaluationResults: simulate(sim, p.ActionNames, p.ResourceArns), IsTruncated: false };
  },
};

/** SimulateCustomPolicy: only the policies given; no SCPs, no stored policies. */
export const simulateCustomPolicy: Operation = {
  authorization: () => ({ action: 'iam:SimulateCustomPolicy', resource: '*' }),
  run(params, ctx) {
    const p = params as P;
    const inputs = inputSources(p.PolicyInputList ?? [], 'PolicyInputList', 'identity', 'identity');
    if ('code' in inputs) return inputs;
    const boundaryInputs = inputSources(
      p.PermissionsBoundaryPolicyInputList ?? [],
      'PermissionsBoundaryPolicyInputList',
      'permissionsBoundary',
      'boundary',
    );
    if ('code' in boundaryInputs) return boundaryInputs;
    const resource = resourceSource(p.ResourcePolicy);
    if (resource && 'code' in resource) return resource;
    const self = ctx.principal.kind === 'root' ? null : principalArnForPolicies(ctx.principal);
    const sim: Simulation = {
      identity: inputs,
      boundary: boundaryInputs[0] ?? null,
      resource,
      scps: null,
      // Without a resource policy the caller only needs to be an IAM identity; root would bypass the policies.
      caller: p.CallerArn ?? self ?? `arn:aws:iam::${ctx.account.id}:user/simulated-caller`,
      resourceOwner: owner(p.ResourceOwner),
      context: simulationContext(p.ContextEntries ?? []),
    };
    return { EvaluationResults: simulate(sim, p.ActionNames, p.ResourceArns), IsTruncated: false };
  },
};

interface Target {
  readonly accountId: string;
  readonly caller: string;
  readonly identity: SimulationSource[];
  readonly boundary: SimulationSource | null;
}

/** The user, group or role a PolicySourceArn names, with its policies. */
function entityOf(ctx: OperationContext, arn: string): Target | AwsError {
  const match = /^arn:aws:iam::(\d{12}):(user|group|role)\/(?:.*\/)?([^/]+)$/.exec(arn);
  const account = match?.[1] ? ctx.state.accounts[match[1]] : undefined;
  const kind = match?.[2] as 'user' | 'group' | 'role' | undefined;
  const name = match?.[3] ?? '';
  // Wording unverified: a malformed or foreign PolicySourceArn.
  if (!account || !kind) return iamErrors.invalidInput(`Invalid ARN: ${arn}`);
  const key = name.toLowerCase();
  if (kind === 'user') {
    const user = account.iam.users[key];
    if (!user) return iamErrors.noSuchUser(name);
    const groups = user.groups.flatMap((g) => {
      const group = account.iam.groups[g];
      return group ? entitySources(account, 'group', group.groupName, group) : [];
    });
    return {
      accountId: account.id,
      caller: user.arn,
      identity: [...entitySources(account, 'user', user.userName, user), ...groups],
      boundary: boundarySource(account, user.permissionsBoundary),
    };
  }
  if (kind === 'role') {
    const role = account.iam.roles[key];
    if (!role) return iamErrors.noSuchRole(name);
    return {
      accountId: account.id,
      caller: role.arn,
      identity: entitySources(account, 'role', role.roleName, role),
      boundary: boundarySource(account, role.permissionsBoundary),
    };
  }
  const group = account.iam.groups[key];
  if (!group) return identityErrors.noSuchGroup(name);
  // A group is not a principal: its policies are evaluated as for a member user.
  return {
    accountId: account.id,
    caller: `arn:aws:iam::${account.id}:user/${group.groupName}-member`,
    identity: entitySources(account, 'group', group.groupName, group),
    boundary: null,
  };
}

/** PolicyInputList.N / PermissionsBoundaryPolicyInputList.N, each validated as IAM validates a stored policy. */
function inputSources(
  texts: readonly string[],
  label: string,
  type: PolicyType,
  kind: PolicyKind,
): SimulationSource[] | AwsError {
  const out: SimulationSource[] = [];
  for (const [i, text] of texts.entries()) {
    const parsed = parsePolicy(text, kind);
    if (!parsed.ok) return parsed.error;
    out.push(source(type, kind, text, `${label}.${i + 1}`, IAM_POLICY));
  }
  return out;
}

/** ResourcePolicy, reported as SourcePolicyId `ResourcePolicy`, type `resource` (both unverified). */
function resourceSource(text: string | undefined): SimulationSource | AwsError | null {
  if (text === undefined) return null;
  const parsed = parsePolicy(text, 'resource');
  if (!parsed.ok) return parsed.error;
  return source('resource', 'resource', text, 'ResourcePolicy', 'resource');
}

/** The account id in ResourceOwner (`arn:aws:iam::ACCOUNT:root` or a bare id). */
function owner(text: string | undefined): string | undefined {
  return text === undefined ? undefined : (/(\d{12})/.exec(text)?.[1] ?? undefined);
}
