import type { NamedPolicy, PolicyKind, PolicyType } from '../policy/index.ts';
import { managedDocument, named } from '../world/effective-policies.ts';
import type { AccountState } from '../world/state.ts';
import { awsManagedPolicy } from './aws-managed.ts';
import type { GroupRecord, PrincipalEntity } from './state.ts';

/**
 * A policy taking part in a simulation, with the names the simulator reports for it (`SourcePolicyId`,
 * `SourcePolicyType`) and its text (for statement positions).
 */
export interface SimulationSource {
  readonly policy: NamedPolicy;
  readonly text: string;
  readonly sourceId: string;
  readonly sourceType: string;
}

/**
 * `SourcePolicyType` as IAM's simulator really answers for identity-based policies: real transcripts show
 * `IAM Policy` for managed, inline and PolicyInputList policies alike, though the API reference lists
 * `user | group | role | aws-managed | user-managed | resource | none`.
 */
export const IAM_POLICY = 'IAM Policy';

/** Wraps a policy document as a simulation source. */
export function source(
  type: PolicyType,
  kind: PolicyKind,
  text: string,
  sourceId: string,
  sourceType: string,
  arn?: string,
): SimulationSource {
  const policy = named(type, kind, text, sourceId, arn)[0];
  if (!policy) throw new Error(`policy ${sourceId} did not parse`);
  return { policy, text, sourceId, sourceType };
}

/**
 * The identity-based policies of a user, group or role, in the order IAM evaluates them: inline, attached managed,
 * then (for users) each group's. Inline policies are reported as `<entity>_<name>_<policy>` (real transcripts show
 * `role_<role>_<policy>`; the user and group forms are by analogy, unverified), managed ones by policy name.
 */
export function entitySources(
  account: AccountState,
  kind: 'user' | 'group' | 'role',
  name: string,
  entity: Pick<PrincipalEntity | GroupRecord, 'inlinePolicies' | 'attachedPolicies'>,
): SimulationSource[] {
  const inline = Object.entries(entity.inlinePolicies).map(([policyName, text]) =>
    source('identity', 'identity', text, `${kind}_${name}_${policyName}`, IAM_POLICY),
  );
  const managed = entity.attachedPolicies.flatMap((arn) => {
    const text = managedDocument(account, arn);
    if (text === null) return [];
    return [source('identity', 'identity', text, arn.slice(arn.lastIndexOf('/') + 1), IAM_POLICY, arn)];
  });
  return [...inline, ...managed];
}

/** The permissions boundary of a user or role, if it has one. */
export function boundarySource(account: AccountState, arn: string | null): SimulationSource | null {
  if (arn === null) return null;
  const text = managedDocument(account, arn);
  if (text === null) return null;
  const type = awsManagedPolicy(arn) ? 'aws-managed' : 'user-managed';
  return source('permissionsBoundary', 'boundary', text, arn.slice(arn.lastIndexOf('/') + 1), type, arn);
}
