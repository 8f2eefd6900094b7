import { FULL_AWS_ACCESS } from '../world/accounts.ts';
import type { OrganizationState, ScpRecord, WorldState } from '../world/state.ts';

/** The only policy type the simulator's organizations enable. */
export const SCP_TYPE = 'SERVICE_CONTROL_POLICY';
const ENABLED_TYPES = [{ Type: SCP_TYPE, Status: 'ENABLED' }];
/** FullAWSAccess is the one AWS-managed SCP. */
export const isAwsManaged = (policy: ScpRecord) => policy.id === FULL_AWS_ACCESS.id;

/** `arn:aws:organizations::MGMT:organization/o-…`. */
export const orgArn = (org: OrganizationState) =>
  `arn:aws:organizations::${org.managementAccountId}:organization/${org.id}`;
export const rootArn = (org: OrganizationState) =>
  `arn:aws:organizations::${org.managementAccountId}:root/${org.id}/${org.root.id}`;
export const ouArn = (org: OrganizationState, id: string) =>
  `arn:aws:organizations::${org.managementAccountId}:ou/${org.id}/${id}`;
export const accountArn = (org: OrganizationState, id: string) =>
  `arn:aws:organizations::${org.managementAccountId}:account/${org.id}/${id}`;
export function policyArn(org: OrganizationState, policy: ScpRecord): string {
  return isAwsManaged(policy)
    ? `arn:aws:organizations::aws:policy/service_control_policy/${policy.id}`
    : `arn:aws:organizations::${org.managementAccountId}:policy/${org.id}/service_control_policy/${policy.id}`;
}

/** A policy's `PolicySummary`. */
export function policySummary(org: OrganizationState, policy: ScpRecord) {
  return {
    Id: policy.id,
    Arn: policyArn(org, policy),
    Name: policy.name,
    Description: policy.description ?? (isAwsManaged(policy) ? 'Allows access to every operation' : ''),
    Type: SCP_TYPE,
    AwsManaged: isAwsManaged(policy),
  };
}

export function rootView(org: OrganizationState) {
  return { Id: org.root.id, Arn: rootArn(org), Name: 'Root', PolicyTypes: ENABLED_TYPES };
}

export function accountView(state: WorldState, org: OrganizationState, id: string) {
  const alias = state.accounts[id]?.alias;
  return {
    Id: id,
    Arn: accountArn(org, id),
    Email: `aws+${alias ?? id}@example.com`,
    Name: alias ?? id,
    Status: 'ACTIVE',
    State: 'ACTIVE',
    JoinedMethod: id === org.managementAccountId ? 'CREATED' : 'INVITED',
  };
}

/** A target (root, OU or account) by id: the SCP ids attached to it and how ListTargetsForPolicy names it. */
export function findTarget(
  state: WorldState,
  org: OrganizationState,
  id: string,
): { policyIds: string[]; summary: Record<string, string> } | null {
  if (id === org.root.id)
    return {
      policyIds: org.root.policyIds,
      summary: { TargetId: id, Arn: rootArn(org), Name: 'Root', Type: 'ROOT' },
    };
  const unit = org.units[id];
  if (unit)
    return {
      policyIds: unit.policyIds,
      summary: { TargetId: id, Arn: ouArn(org, id), Name: unit.name, Type: 'ORGANIZATIONAL_UNIT' },
    };
  const policyIds = org.accountPolicyIds[id];
  if (policyIds)
    return {
      policyIds,
      summary: {
        TargetId: id,
        Arn: accountArn(org, id),
        Name: state.accounts[id]?.alias ?? id,
        Type: 'ACCOUNT',
      },
    };
  return null;
}
