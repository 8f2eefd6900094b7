import type { Operation } from '../world/operation.ts';
import { requestedBoundary } from './boundary-context.ts';
import { iamErrors } from './errors.ts';
import { byName, findRole, roleArn } from './lookup.ts';
import { pageResult, paginate } from './paginate.ts';
import { checkBoundary, checkDocument } from './policy-checks.ts';
import { roleView } from './role-view.ts';
import type { Tag } from './state.ts';
import { bindTrustPrincipals, checkTrustPrincipals, trustPolicyText } from './trust-principals.ts';

type P = {
  RoleName: string;
  Path?: string;
  AssumeRolePolicyDocument: string;
  PolicyDocument: string;
  Description?: string;
  MaxSessionDuration?: number;
  PermissionsBoundary?: string;
  Tags?: Tag[];
  PathPrefix?: string;
};

const onRole =
  (action: string): Operation['authorization'] =>
  (params, ctx) => ({
    action,
    resource: roleArn(ctx.account, (params as P).RoleName, (params as P).Path),
  });

/**
 * CreateRole: a new role with a validated trust policy (its users and roles must exist); RoleId `AROA…`, CreateDate
 * from the clock.
 */
export const createRole: Operation = {
  // iam:PermissionsBoundary: delegated administrators may create roles only with a given boundary.
  authorization: (params, ctx) => {
    const p = params as P;
    return {
      action: 'iam:CreateRole',
      resource: roleArn(ctx.account, p.RoleName, p.Path),
      context: requestedBoundary(p.PermissionsBoundary),
    };
  },
  run(params, ctx) {
    const p = params as P;
    if (findRole(ctx.account, p.RoleName)) return iamErrors.roleExists(p.RoleName);
    const bad =
      checkDocument(p.AssumeRolePolicyDocument, 'trust') ??
      checkTrustPrincipals(ctx.state, p.AssumeRolePolicyDocument);
    if (bad) return bad;
    if (p.PermissionsBoundary !== undefined) {
      const missing = checkBoundary(ctx.account, p.PermissionsBoundary);
      if (missing) return missing;
    }
    const path = p.Path ?? '/';
    const role = {
      path,
      roleName: p.RoleName,
      roleId: ctx.ids.uniqueId('role'),
      arn: `arn:aws:iam::${ctx.account.id}:role${path}${p.RoleName}`,
      createDate: ctx.timestamp,
      assumeRolePolicyDocument: p.AssumeRolePolicyDocument,
      description: p.Description ?? null,
      maxSessionDuration: p.MaxSessionDuration ?? 3600,
      permissionsBoundary: p.PermissionsBoundary ?? null,
      tags: (p.Tags ?? []).map((t) => ({ Key: t.Key, Value: t.Value })),
      inlinePolicies: {},
      attachedPolicies: [],
      lastUsed: null,
      trustPrincipalIds: bindTrustPrincipals(ctx.state, p.AssumeRolePolicyDocument),
    };
    ctx.account.iam.roles[p.RoleName.toLowerCase()] = role;
    return { Role: roleView(role, 'create', trustPolicyText(ctx.state, role)) };
  },
};

/** GetRole: every member, RoleLastUsed included. */
export const getRole: Operation = {
  authorization: onRole('iam:GetRole'),
  run(params, ctx) {
    const role = findRole(ctx.account, (params as P).RoleName);
    return role
      ? { Role: roleView(role, 'get', trustPolicyText(ctx.state, role)) }
      : iamErrors.noSuchRole((params as P).RoleName);
  },
};

/** ListRoles: roles under PathPrefix, alphabetical, paged with Marker/MaxItems. */
export const listRoles: Operation = {
  authorization: (_params, ctx) => ({
    action: 'iam:ListRoles',
    resource: `arn:aws:iam::${ctx.account.id}:role/`,
  }),
  run(params, ctx) {
    const prefix = (params as P).PathPrefix ?? '/';
    const roles = byName(
      Object.values(ctx.account.iam.roles).filter((r) => r.path.startsWith(prefix)),
      (r) => r.roleName,
    );
    const page = paginate(roles, params);
    if ('kind' in page) return page;
    return pageResult('Roles', {
      ...page,
      items: page.items.map((r) => roleView(r, 'list', trustPolicyText(ctx.state, r))),
    });
  },
};

/** UpdateRole: Description and/or MaxSessionDuration. */
export const updateRole: Operation = {
  authorization: onRole('iam:UpdateRole'),
  run(params, ctx) {
    const p = params as P;
    const role = findRole(ctx.account, p.RoleName);
    if (!role) return iamErrors.noSuchRole(p.RoleName);
    if (p.Description !== undefined) role.description = p.Description;
    if (p.MaxSessionDuration !== undefined) role.maxSessionDuration = p.MaxSessionDuration;
    return {};
  },
};

/** UpdateRoleDescription: returns the role (GetRole's view). */
export const updateRoleDescription: Operation = {
  authorization: onRole('iam:UpdateRoleDescription'),
  run(params, ctx) {
    const p = params as P;
    const role = findRole(ctx.account, p.RoleName);
    if (!role) return iamErrors.noSuchRole(p.RoleName);
    role.description = p.Description ?? '';
    return { Role: roleView(role, 'get', trustPolicyText(ctx.state, role)) };
  },
};

/** UpdateAssumeRolePolicy: replaces the trust policy after validating it (its users and roles must exist). */
export const updateAssumeRolePolicy: Operation = {
  authorization: onRole('iam:UpdateAssumeRolePolicy'),
  run(params, ctx) {
    const p = params as P;
    const role = findRole(ctx.account, p.RoleName);
    if (!role) return iamErrors.noSuchRole(p.RoleName);
    const bad = checkDocument(p.PolicyDocument, 'trust') ?? checkTrustPrincipals(ctx.state, p.PolicyDocument);
    if (bad) return bad;
    role.assumeRolePolicyDocument = p.PolicyDocument;
    role.trustPrincipalIds = bindTrustPrincipals(ctx.state, p.PolicyDocument);
    return {};
  },
};

/** DeleteRole: refused while the role is in an instance profile or has attached or inline policies. */
export const deleteRole: Operation = {
  authorization: onRole('iam:DeleteRole'),
  run(params, ctx) {
    const p = params as P;
    const role = findRole(ctx.account, p.RoleName);
    if (!role) return iamErrors.noSuchRole(p.RoleName);
    const key = p.RoleName.toLowerCase();
    // moto's order, matching the messages AWS gives: profiles, then managed, then inline policies.
    if (Object.values(ctx.account.iam.instanceProfiles).some((ip) => ip.roles.includes(key))) {
      return iamErrors.mustRemoveFromProfile();
    }
    if (role.attachedPolicies.length > 0) return iamErrors.mustDetachPolicies();
    if (Object.keys(role.inlinePolicies).length > 0) return iamErrors.mustDeletePolicies();
    delete ctx.account.iam.roles[key];
    return {};
  },
};
