import { checkAttachedCount } from '../policy/index.ts';
import type { Operation, OperationContext, Params } from '../world/operation.ts';
import { currentBoundary, requestedBoundary } from './boundary-context.ts';
import { iamErrors } from './errors.ts';
import { identityErrors } from './identity-errors.ts';
import { findRole, findUser, groupArn, roleArn, userArn } from './lookup.ts';
import { pageResult, paginate } from './paginate.ts';
import { checkBoundary, policyExists } from './policy-checks.ts';
import type { PrincipalEntity } from './state.ts';

type Kind = 'role' | 'user' | 'group';
type P = {
  RoleName?: string;
  UserName?: string;
  GroupName?: string;
  PolicyArn: string;
  PermissionsBoundary: string;
  PathPrefix?: string;
};

const label = (kind: Kind) => (kind === 'role' ? 'Role' : kind === 'user' ? 'User' : 'Group');
const entityName = (kind: Kind, params: Params) =>
  (kind === 'role'
    ? (params as P).RoleName
    : kind === 'user'
      ? (params as P).UserName
      : (params as P).GroupName) ?? '';

function find(
  kind: Kind,
  ctx: OperationContext,
  name: string,
): Pick<PrincipalEntity, 'attachedPolicies'> | undefined {
  if (kind === 'group') return ctx.account.iam.groups[name.toLowerCase()];
  return kind === 'role' ? findRole(ctx.account, name) : findUser(ctx.account, name);
}

/** Roles and users (boundaries apply to them only). */
function findPrincipal(
  kind: 'role' | 'user',
  ctx: OperationContext,
  name: string,
): PrincipalEntity | undefined {
  return kind === 'role' ? findRole(ctx.account, name) : findUser(ctx.account, name);
}

const notFound = (kind: Kind, name: string) =>
  kind === 'group'
    ? identityErrors.noSuchGroup(name)
    : kind === 'role'
      ? iamErrors.noSuchRole(name)
      : iamErrors.noSuchUser(name);

/**
 * The request: the action on the role, user or group, with `iam:PolicyARN` when a managed policy is named and
 * `iam:PermissionsBoundary` where the Service Authorization Reference lists it (`boundary`: the one being set, or the
 * target's current one).
 */
const authorization =
  (kind: Kind, action: string, boundary: 'requested' | 'current' | null): Operation['authorization'] =>
  (params, ctx) => {
    const name = entityName(kind, params);
    const p = params as P;
    const context: Record<string, string> = {
      ...(p.PolicyArn === undefined ? {} : { 'iam:PolicyARN': p.PolicyArn }),
      ...(boundary === 'requested' ? requestedBoundary(p.PermissionsBoundary) : {}),
      ...(boundary === 'current' ? currentBoundary(ctx.account, kind, name) : {}),
    };
    return {
      action: action.replace('{E}', label(kind)),
      resource:
        kind === 'role'
          ? roleArn(ctx.account, name)
          : kind === 'user'
            ? userArn(ctx.account, name)
            : groupArn(ctx.account, name),
      context,
    };
  };

/** AWS managed policies of service-linked roles live under this path and attach to nothing else. */
const SERVICE_ROLE_POLICY_PATH = 'arn:aws:iam::aws:policy/aws-service-role/';

/**
 * AttachRolePolicy / AttachUserPolicy / AttachGroupPolicy: attaching twice is a no-op. A service-linked role's policy
 * cannot be attached ("You cannot attach this policy to your users, groups, or roles", AWS Managed Policy reference),
 * and an identity holds at most 10 managed policies (IAM and AWS STS quotas).
 */
export function attachPolicy(kind: Kind): Operation {
  return {
    authorization: authorization(kind, 'iam:Attach{E}Policy', 'current'),
    run(params, ctx) {
      const name = entityName(kind, params);
      const arn = (params as P).PolicyArn;
      const entity = find(kind, ctx, name);
      if (!entity) return notFound(kind, name);
      if (!policyExists(ctx.account, arn)) return iamErrors.notAttachable(arn);
      if (arn.startsWith(SERVICE_ROLE_POLICY_PATH)) return iamErrors.serviceRolePolicyNotAttachable();
      if (entity.attachedPolicies.includes(arn)) return {};
      const full = checkAttachedCount(kind, entity.attachedPolicies.length);
      if (full) return full;
      entity.attachedPolicies.push(arn);
      return {};
    },
  };
}

/** DetachRolePolicy / DetachUserPolicy. */
export function detachPolicy(kind: Kind): Operation {
  return {
    authorization: authorization(kind, 'iam:Detach{E}Policy', 'current'),
    run(params, ctx) {
      const name = entityName(kind, params);
      const arn = (params as P).PolicyArn;
      const entity = find(kind, ctx, name);
      if (!entity) return notFound(kind, name);
      const index = entity.attachedPolicies.indexOf(arn);
      if (index < 0) return iamErrors.policyNotFound(arn);
      entity.attachedPolicies.splice(index, 1);
      return {};
    },
  };
}

/** ListAttachedRolePolicies / ListAttachedUserPolicies: name and ARN, in attach order, paged. */
export function listAttachedPolicies(kind: Kind): Operation {
  return {
    authorization: authorization(kind, 'iam:ListAttached{E}Policies', null),
    run(params, ctx) {
      const name = entityName(kind, params);
      const entity = find(kind, ctx, name);
      if (!entity) return notFound(kind, name);
      const prefix = (params as P).PathPrefix ?? '/';
      const attached = entity.attachedPolicies
        .filter((arn) => arn.slice(arn.indexOf(':policy') + 7).startsWith(prefix))
        .map((arn) => ({ PolicyName: arn.slice(arn.lastIndexOf('/') + 1), PolicyArn: arn }));
      const page = paginate(attached, params);
      return 'kind' in page ? page : pageResult('AttachedPolicies', page);
    },
  };
}

/** PutRolePermissionsBoundary / PutUserPermissionsBoundary. */
export function putBoundary(kind: 'role' | 'user'): Operation {
  return {
    authorization: authorization(kind, 'iam:Put{E}PermissionsBoundary', 'requested'),
    run(params, ctx) {
      const name = entityName(kind, params);
      const entity = findPrincipal(kind, ctx, name);
      if (!entity) return notFound(kind, name);
      const missing = checkBoundary(ctx.account, (params as P).PermissionsBoundary);
      if (missing) return missing;
      entity.permissionsBoundary = (params as P).PermissionsBoundary;
      return {};
    },
  };
}

/** DeleteRolePermissionsBoundary / DeleteUserPermissionsBoundary. */
export function deleteBoundary(kind: 'role' | 'user'): Operation {
  return {
    authorization: authorization(kind, 'iam:Delete{E}PermissionsBoundary', 'current'),
    run(params, ctx) {
      const name = entityName(kind, params);
      const entity = findPrincipal(kind, ctx, name);
      if (!entity) return notFound(kind, name);
      entity.permissionsBoundary = null;
      return {};
    },
  };
}
