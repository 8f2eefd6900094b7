import type { Operation } from '../world/operation.ts';
import { iamErrors } from './errors.ts';
import { byName } from './lookup.ts';
import { policyExists } from './policy-checks.ts';

type P = { PolicyArn: string; EntityFilter?: string; PathPrefix?: string; PolicyUsageFilter?: string };

/**
 * ListEntitiesForPolicy: the groups, users and roles a managed policy is attached to (PolicyUsageFilter
 * `PermissionsBoundary` lists those using it as a boundary instead), filtered by EntityFilter and PathPrefix.
 */
export const listEntitiesForPolicy: Operation = {
  authorization: (params) => ({ action: 'iam:ListEntitiesForPolicy', resource: (params as P).PolicyArn }),
  run(params, ctx) {
    const p = params as P;
    if (!policyExists(ctx.account, p.PolicyArn)) return iamErrors.policyNotFound(p.PolicyArn);
    const prefix = p.PathPrefix ?? '/';
    const boundary = p.PolicyUsageFilter === 'PermissionsBoundary';
    const uses = (e: {
      path: string;
      attachedPolicies: readonly string[];
      permissionsBoundary?: string | null;
    }) =>
      e.path.startsWith(prefix) &&
      (boundary ? e.permissionsBoundary === p.PolicyArn : e.attachedPolicies.includes(p.PolicyArn));
    const wants = (kind: string) => p.EntityFilter === undefined || p.EntityFilter === kind;
    const { iam } = ctx.account;
    return {
      PolicyGroups: wants('Group')
        ? byName(Object.values(iam.groups).filter(uses), (g) => g.groupName).map((g) => ({
            GroupName: g.groupName,
            GroupId: g.groupId,
          }))
        : [],
      PolicyUsers: wants('User')
        ? byName(Object.values(iam.users).filter(uses), (u) => u.userName).map((u) => ({
            UserName: u.userName,
            UserId: u.userId,
          }))
        : [],
      PolicyRoles: wants('Role')
        ? byName(Object.values(iam.roles).filter(uses), (r) => r.roleName).map((r) => ({
            RoleName: r.roleName,
            RoleId: r.roleId,
          }))
        : [],
      IsTruncated: false,
    };
  },
};
