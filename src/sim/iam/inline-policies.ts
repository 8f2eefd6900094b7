import { checkInlineTotal } from '../policy/index.ts';
import type { Operation, OperationContext, Params } from '../world/operation.ts';
import { currentBoundary } from './boundary-context.ts';
import { encodeDocument } from './encode.ts';
import { iamErrors } from './errors.ts';
import { identityErrors } from './identity-errors.ts';
import { findRole, findUser, groupArn, roleArn, userArn } from './lookup.ts';
import { pageResult, paginate } from './paginate.ts';
import { checkInlineDocument } from './policy-checks.ts';
import type { PrincipalEntity } from './state.ts';

type Kind = 'role' | 'user' | 'group';
type P = {
  RoleName?: string;
  UserName?: string;
  GroupName?: string;
  PolicyName: string;
  PolicyDocument: string;
};

const nameMember = (kind: Kind) =>
  kind === 'role' ? 'RoleName' : kind === 'user' ? 'UserName' : 'GroupName';
const entityName = (kind: Kind, params: Params) => (params as P)[nameMember(kind)] ?? '';
const label = (kind: Kind) => (kind === 'role' ? 'Role' : kind === 'user' ? 'User' : 'Group');

function find(
  kind: Kind,
  ctx: OperationContext,
  name: string,
): Pick<PrincipalEntity, 'inlinePolicies'> | undefined {
  if (kind === 'group') return ctx.account.iam.groups[name.toLowerCase()];
  return kind === 'role' ? findRole(ctx.account, name) : findUser(ctx.account, name);
}

function notFound(kind: Kind, name: string) {
  if (kind === 'group') return identityErrors.noSuchGroup(name);
  return kind === 'role' ? iamErrors.noSuchRole(name) : iamErrors.noSuchUser(name);
}

/** The request; Put and Delete carry the role's or user's current boundary as `iam:PermissionsBoundary`. */
const authorization =
  (kind: Kind, verb: string): Operation['authorization'] =>
  (params, ctx) => ({
    action: `iam:${verb}${label(kind)}Polic${verb === 'List' ? 'ies' : 'y'}`,
    resource:
      kind === 'role'
        ? roleArn(ctx.account, entityName(kind, params))
        : kind === 'user'
          ? userArn(ctx.account, entityName(kind, params))
          : groupArn(ctx.account, entityName(kind, params)),
    ...(verb === 'Put' || verb === 'Delete'
      ? { context: currentBoundary(ctx.account, kind, entityName(kind, params)) }
      : {}),
  });

/**
 * PutRolePolicy / PutUserPolicy / PutGroupPolicy: adds or replaces an inline policy (validated; only the aggregate
 * size of the identity's inline policies is limited, the replaced one not counted).
 */
export function putInlinePolicy(kind: Kind): Operation {
  return {
    authorization: authorization(kind, 'Put'),
    run(params, ctx) {
      const p = params as P;
      const name = entityName(kind, params);
      const entity = find(kind, ctx, name);
      if (!entity) return notFound(kind, name);
      const bad = checkInlineDocument(p.PolicyDocument);
      if (bad) return bad;
      const others = Object.entries(entity.inlinePolicies).filter(([n]) => n !== p.PolicyName);
      const tooBig = checkInlineTotal(kind, name, [...others.map(([, d]) => d), p.PolicyDocument]);
      if (tooBig) return tooBig;
      entity.inlinePolicies[p.PolicyName] = p.PolicyDocument;
      return {};
    },
  };
}

/** GetRolePolicy / GetUserPolicy: the document URL-encoded, as IAM returns it. */
export function getInlinePolicy(kind: Kind): Operation {
  return {
    authorization: authorization(kind, 'Get'),
    run(params, ctx) {
      const p = params as P;
      const name = entityName(kind, params);
      const entity = find(kind, ctx, name);
      if (!entity) return notFound(kind, name);
      const document = entity.inlinePolicies[p.PolicyName];
      if (document === undefined) return iamErrors.noSuchInlinePolicy(kind, p.PolicyName);
      return { [nameMember(kind)]: name, PolicyName: p.PolicyName, PolicyDocument: encodeDocument(document) };
    },
  };
}

/** DeleteRolePolicy / DeleteUserPolicy. */
export function deleteInlinePolicy(kind: Kind): Operation {
  return {
    authorization: authorization(kind, 'Delete'),
    run(params, ctx) {
      const p = params as P;
      const name = entityName(kind, params);
      const entity = find(kind, ctx, name);
      if (!entity) return notFound(kind, name);
      if (entity.inlinePolicies[p.PolicyName] === undefined)
        return iamErrors.noSuchInlinePolicy(kind, p.PolicyName);
      delete entity.inlinePolicies[p.PolicyName];
      return {};
    },
  };
}

/** ListRolePolicies / ListUserPolicies: inline policy names, alphabetical, paged. */
export function listInlinePolicies(kind: Kind): Operation {
  return {
    authorization: authorization(kind, 'List'),
    run(params, ctx) {
      const name = entityName(kind, params);
      const entity = find(kind, ctx, name);
      if (!entity) return notFound(kind, name);
      const page = paginate(Object.keys(entity.inlinePolicies).sort(), params);
      return 'kind' in page ? page : pageResult('PolicyNames', page);
    },
  };
}
