import type { Operation, OperationContext } from '../world/operation.ts';
import { awsManagedPolicies } from './aws-managed.ts';
import { encodeDocument } from './encode.ts';
import { profileView } from './instance-profiles.ts';
import { byName } from './lookup.ts';
import { policyView, usage, versionView } from './managed-policies.ts';
import { roleView } from './role-view.ts';
import type { GroupRecord, PrincipalEntity, RoleRecord, UserRecord } from './state.ts';
import { trustPolicyText } from './trust-principals.ts';

type Filter = 'User' | 'Role' | 'Group' | 'LocalManagedPolicy' | 'AWSManagedPolicy';
type P = { Filter?: Filter[] };

/**
 * GetAccountAuthorizationDetails: every user, group and role with its inline policies (URL-encoded), attached
 * policies, boundary and tags, and the managed policies with every version — customer managed ones all, AWS managed
 * ones only when something in the account uses them. Filter narrows to the kinds named. Not paged (IsTruncated false).
 */
export const getAccountAuthorizationDetails: Operation = {
  authorization: () => ({ action: 'iam:GetAccountAuthorizationDetails', resource: '*' }),
  run(params, ctx) {
    const filter = new Set((params as P).Filter ?? []);
    const wants = (f: Filter) => filter.size === 0 || filter.has(f);
    const { iam } = ctx.account;
    return {
      ...(wants('User')
        ? {
            UserDetailList: byName(Object.values(iam.users), (u) => u.userName).map((u) =>
              userDetail(ctx, u),
            ),
          }
        : {}),
      ...(wants('Group')
        ? { GroupDetailList: byName(Object.values(iam.groups), (g) => g.groupName).map(groupDetail) }
        : {}),
      ...(wants('Role')
        ? {
            RoleDetailList: byName(Object.values(iam.roles), (r) => r.roleName).map((r) =>
              roleDetail(ctx, r),
            ),
          }
        : {}),
      ...(wants('LocalManagedPolicy') || wants('AWSManagedPolicy') ? { Policies: policies(ctx, wants) } : {}),
      IsTruncated: false,
    };
  },
};

function inlineList(policies: Readonly<Record<string, string>>): Record<string, unknown>[] {
  return Object.entries(policies).map(([PolicyName, doc]) => ({
    PolicyName,
    PolicyDocument: encodeDocument(doc),
  }));
}

function attached(arns: readonly string[]): Record<string, unknown>[] {
  return arns.map((arn) => ({ PolicyName: arn.slice(arn.lastIndexOf('/') + 1), PolicyArn: arn }));
}

function boundaryAndTags(e: PrincipalEntity): Record<string, unknown> {
  return {
    ...(e.permissionsBoundary === null
      ? {}
      : {
          PermissionsBoundary: {
            PermissionsBoundaryType: 'Policy',
            PermissionsBoundaryArn: e.permissionsBoundary,
          },
        }),
    Tags: e.tags.map((t) => ({ ...t })),
  };
}

function userDetail(ctx: OperationContext, u: UserRecord): Record<string, unknown> {
  return {
    Path: u.path,
    UserName: u.userName,
    UserId: u.userId,
    Arn: u.arn,
    CreateDate: u.createDate,
    UserPolicyList: inlineList(u.inlinePolicies),
    GroupList: u.groups.map((g) => ctx.account.iam.groups[g]?.groupName ?? g),
    AttachedManagedPolicies: attached(u.attachedPolicies),
    ...boundaryAndTags(u),
  };
}

function groupDetail(g: GroupRecord): Record<string, unknown> {
  return {
    Path: g.path,
    GroupName: g.groupName,
    GroupId: g.groupId,
    Arn: g.arn,
    CreateDate: g.createDate,
    GroupPolicyList: inlineList(g.inlinePolicies),
    AttachedManagedPolicies: attached(g.attachedPolicies),
  };
}

function roleDetail(ctx: OperationContext, r: RoleRecord): Record<string, unknown> {
  const key = r.roleName.toLowerCase();
  const view = roleView(r, 'get', trustPolicyText(ctx.state, r));
  return {
    Path: r.path,
    RoleName: r.roleName,
    RoleId: r.roleId,
    Arn: r.arn,
    CreateDate: r.createDate,
    AssumeRolePolicyDocument: view.AssumeRolePolicyDocument,
    InstanceProfileList: Object.values(ctx.account.iam.instanceProfiles)
      .filter((ip) => ip.roles.includes(key))
      .map((ip) => profileView(ctx, ip)),
    RolePolicyList: inlineList(r.inlinePolicies),
    AttachedManagedPolicies: attached(r.attachedPolicies),
    ...boundaryAndTags(r),
    RoleLastUsed: view.RoleLastUsed,
  };
}

function policies(ctx: OperationContext, wants: (f: Filter) => boolean): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  if (wants('LocalManagedPolicy')) {
    for (const p of byName(Object.values(ctx.account.iam.policies), (p) => p.policyName)) {
      out.push({
        ...policyView(ctx.account, p),
        PolicyVersionList: p.versions.map((v) =>
          versionView(v.document, v.versionId, v.versionId === p.defaultVersionId, v.createDate),
        ),
      });
    }
  }
  if (wants('AWSManagedPolicy')) {
    for (const p of awsManagedPolicies) {
      const { attachments, boundaries } = usage(ctx.account, p.arn);
      if (attachments + boundaries === 0) continue;
      out.push({
        ...policyView(ctx.account, p),
        PolicyVersionList: [versionView(p.document, p.defaultVersionId, true, p.updateDate)],
      });
    }
  }
  return out;
}
