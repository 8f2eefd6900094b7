import type { AwsError } from '../aws-error.ts';
import { parsePolicy } from '../policy/index.ts';
import { createScp } from '../world/accounts.ts';
import type { Operation, OperationContext, Params } from '../world/operation.ts';
import type { OrganizationState } from '../world/state.ts';
import { orgErrors } from './errors.ts';
import {
  accountView,
  findTarget,
  isAwsManaged,
  orgArn,
  ouArn,
  policyArn,
  policySummary,
  rootArn,
  rootView,
  SCP_TYPE,
} from './views.ts';

type P = {
  PolicyId: string;
  TargetId: string;
  ParentId: string;
  Filter: string;
  Name?: string;
  Description?: string;
  Content?: string;
  Type?: string;
};

/** The largest SCP document AWS accepts, in characters ("Quotas for AWS Organizations"). */
const SCP_MAX_SIZE = 5120;

type Run = (p: P, org: OrganizationState, ctx: OperationContext) => Record<string, unknown> | AwsError;

/**
 * An Organizations operation: the caller's account must be in the organization, and all but DescribeOrganization
 * are for the management account; then IAM decides `organizations:ACTION` on `resource`. Organizations words its
 * own denials (AccessDeniedException), so it authorizes in `run`.
 */
function orgOp(
  action: string,
  resource: (p: P, org: OrganizationState) => string,
  run: Run,
  options: { readonly members?: boolean } = {},
): Operation {
  return {
    authorization: null,
    run(params: Params, ctx) {
      const org = ctx.state.organization;
      const p = params as P;
      if (!org?.accountParents[ctx.account.id]) return orgErrors.notInUse();
      if (!options.members && ctx.account.id !== org.managementAccountId) return orgErrors.accessDenied();
      if (ctx.authorize({ action: `organizations:${action}`, resource: resource(p, org) }))
        return orgErrors.accessDenied();
      return run(p, org, ctx);
    },
  };
}

const anyResource = () => '*';
const onPolicy = (p: P, org: OrganizationState) => {
  const policy = org.policies[p.PolicyId];
  return policy ? policyArn(org, policy) : '*';
};

/** SCP content as IAM would parse it, within the SCP size quota. */
function checkContent(content: string): AwsError | null {
  if (content.replace(/\s/g, '').length > SCP_MAX_SIZE) return orgErrors.malformed();
  return parsePolicy(content, 'scp').ok ? null : orgErrors.malformed();
}

/** Attaches or detaches a policy; `attach` false detaches. */
function attachment(attach: boolean): Run {
  return (p, org, ctx) => {
    const policy = org.policies[p.PolicyId];
    if (!policy) return orgErrors.policyNotFound();
    const target = findTarget(ctx.state, org, p.TargetId);
    if (!target) return orgErrors.targetNotFound();
    const at = target.policyIds.indexOf(policy.id);
    if (attach) {
      if (at >= 0) return orgErrors.duplicateAttachment();
      target.policyIds.push(policy.id);
    } else {
      if (at < 0) return orgErrors.notAttached();
      if (target.policyIds.length === 1) return orgErrors.lastPolicy();
      target.policyIds.splice(at, 1);
    }
    return {};
  };
}

/** The AWS Organizations operations the simulator implements (service control policies only), by API name. */
export const organizationsOperations: Readonly<Record<string, Operation>> = {
  DescribeOrganization: orgOp(
    'DescribeOrganization',
    anyResource,
    (_p, org) => ({
      Organization: {
        Id: org.id,
        Arn: orgArn(org),
        FeatureSet: 'ALL',
        MasterAccountArn: `arn:aws:organizations::${org.managementAccountId}:account/${org.id}/${org.managementAccountId}`,
        MasterAccountId: org.managementAccountId,
        MasterAccountEmail: `aws+${org.managementAccountId}@example.com`,
        AvailablePolicyTypes: [{ Type: SCP_TYPE, Status: 'ENABLED' }],
      },
    }),
    { members: true },
  ),
  ListRoots: orgOp('ListRoots', anyResource, (_p, org) => ({ Roots: [rootView(org)] })),
  ListAccounts: orgOp('ListAccounts', anyResource, (_p, org, ctx) => ({
    Accounts: Object.keys(org.accountParents)
      .sort()
      .map((id) => accountView(ctx.state, org, id)),
  })),
  ListOrganizationalUnitsForParent: orgOp(
    'ListOrganizationalUnitsForParent',
    (p, org) => (p.ParentId === org.root.id ? rootArn(org) : ouArn(org, p.ParentId)),
    (p, org) => {
      if (p.ParentId !== org.root.id && !org.units[p.ParentId]) return orgErrors.parentNotFound();
      return {
        OrganizationalUnits: Object.values(org.units)
          .filter((u) => u.parentId === p.ParentId)
          .map((u) => ({ Id: u.id, Arn: ouArn(org, u.id), Name: u.name })),
      };
    },
  ),
  ListPolicies: orgOp('ListPolicies', anyResource, (p, org) => {
    if (p.Filter !== SCP_TYPE) return orgErrors.typeNotEnabled();
    return { Policies: Object.values(org.policies).map((policy) => policySummary(org, policy)) };
  }),
  ListPoliciesForTarget: orgOp('ListPoliciesForTarget', anyResource, (p, org, ctx) => {
    if (p.Filter !== SCP_TYPE) return orgErrors.typeNotEnabled();
    const target = findTarget(ctx.state, org, p.TargetId);
    if (!target) return orgErrors.targetNotFound();
    return {
      Policies: target.policyIds.flatMap((id) => {
        const policy = org.policies[id];
        return policy ? [policySummary(org, policy)] : [];
      }),
    };
  }),
  ListTargetsForPolicy: orgOp('ListTargetsForPolicy', onPolicy, (p, org, ctx) => {
    if (!org.policies[p.PolicyId]) return orgErrors.policyNotFound();
    const ids = [org.root.id, ...Object.keys(org.units), ...Object.keys(org.accountPolicyIds)];
    return {
      Targets: ids.flatMap((id) => {
        const target = findTarget(ctx.state, org, id);
        return target?.policyIds.includes(p.PolicyId) ? [target.summary] : [];
      }),
    };
  }),
  DescribePolicy: orgOp('DescribePolicy', onPolicy, (p, org) => {
    const policy = org.policies[p.PolicyId];
    if (!policy) return orgErrors.policyNotFound();
    return { Policy: { PolicySummary: policySummary(org, policy), Content: policy.document } };
  }),
  CreatePolicy: orgOp('CreatePolicy', anyResource, (p, org, ctx) => {
    if (p.Type !== SCP_TYPE) return orgErrors.typeNotEnabled();
    const content = p.Content ?? '';
    const bad = checkContent(content);
    if (bad) return bad;
    if (Object.values(org.policies).some((policy) => policy.name === p.Name))
      return orgErrors.duplicatePolicy();
    const id = createScp(ctx.state, ctx.ids.random, p.Name ?? '', content);
    const policy = org.policies[id];
    if (!policy) throw new Error(`CreatePolicy lost ${id}`);
    policy.description = p.Description ?? '';
    return { Policy: { PolicySummary: policySummary(org, policy), Content: policy.document } };
  }),
  UpdatePolicy: orgOp('UpdatePolicy', onPolicy, (p, org) => {
    const policy = org.policies[p.PolicyId];
    if (!policy) return orgErrors.policyNotFound();
    if (isAwsManaged(policy)) return orgErrors.awsManaged();
    if (p.Content !== undefined) {
      const bad = checkContent(p.Content);
      if (bad) return bad;
      policy.document = p.Content;
    }
    if (p.Name !== undefined) policy.name = p.Name;
    if (p.Description !== undefined) policy.description = p.Description;
    return { Policy: { PolicySummary: policySummary(org, policy), Content: policy.document } };
  }),
  AttachPolicy: orgOp('AttachPolicy', onPolicy, attachment(true)),
  DetachPolicy: orgOp('DetachPolicy', onPolicy, attachment(false)),
};
