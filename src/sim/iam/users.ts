import type { Operation } from '../world/operation.ts';
import { requestedBoundary } from './boundary-context.ts';
import { iamErrors } from './errors.ts';
import { byName, findUser, userArn } from './lookup.ts';
import { pageResult, paginate } from './paginate.ts';
import { checkBoundary } from './policy-checks.ts';
import type { Tag, UserRecord } from './state.ts';

type P = {
  UserName?: string;
  Path?: string;
  PathPrefix?: string;
  PermissionsBoundary?: string;
  Tags?: Tag[];
};

const MAX_ACCESS_KEYS = 2;

const onUser =
  (action: string): Operation['authorization'] =>
  (params, ctx) => ({
    action,
    resource: userArn(ctx.account, (params as P).UserName ?? principalUserName(ctx), (params as P).Path),
  });

/** Operations without UserName act on the calling user ("defaults to the user making the request"). */
function principalUserName(ctx: Parameters<NonNullable<Operation['authorization']>>[1]): string {
  return ctx.principal.kind === 'user' ? ctx.principal.userName : '';
}

/** The `User` shape; ListUsers leaves out PermissionsBoundary and Tags. */
function userView(user: UserRecord, full: boolean): Record<string, unknown> {
  return {
    Path: user.path,
    UserName: user.userName,
    UserId: user.userId,
    Arn: user.arn,
    CreateDate: user.createDate,
    ...(full && user.permissionsBoundary !== null
      ? {
          PermissionsBoundary: {
            PermissionsBoundaryType: 'Policy',
            PermissionsBoundaryArn: user.permissionsBoundary,
          },
        }
      : {}),
    ...(full && user.tags.length > 0 ? { Tags: user.tags.map((t) => ({ ...t })) } : {}),
  };
}

/** Creates a user record in an account (used by CreateUser and by scenario setup). */
export function newUser(
  accountId: string,
  userId: string,
  name: string,
  path: string,
  createDate: string,
): UserRecord {
  return {
    path,
    userName: name,
    userId,
    arn: `arn:aws:iam::${accountId}:user${path}${name}`,
    createDate,
    tags: [],
    inlinePolicies: {},
    attachedPolicies: [],
    permissionsBoundary: null,
    groups: [],
  };
}

/** CreateUser; the requested boundary is `iam:PermissionsBoundary`, as for CreateRole. */
export const createUser: Operation = {
  authorization: (params, ctx) => {
    const p = params as P;
    return {
      action: 'iam:CreateUser',
      resource: userArn(ctx.account, p.UserName ?? '', p.Path),
      context: requestedBoundary(p.PermissionsBoundary),
    };
  },
  run(params, ctx) {
    const p = params as P & { UserName: string };
    if (findUser(ctx.account, p.UserName)) return iamErrors.userExists(p.UserName);
    if (p.PermissionsBoundary !== undefined) {
      const missing = checkBoundary(ctx.account, p.PermissionsBoundary);
      if (missing) return missing;
    }
    const user = newUser(ctx.account.id, ctx.ids.uniqueId('user'), p.UserName, p.Path ?? '/', ctx.timestamp);
    user.permissionsBoundary = p.PermissionsBoundary ?? null;
    user.tags = (p.Tags ?? []).map((t) => ({ Key: t.Key, Value: t.Value }));
    ctx.account.iam.users[p.UserName.toLowerCase()] = user;
    return { User: userView(user, true) };
  },
};

/** GetUser: the named user, or the calling user when UserName is absent. */
export const getUser: Operation = {
  authorization: onUser('iam:GetUser'),
  run(params, ctx) {
    const name = (params as P).UserName ?? principalUserName(ctx);
    const user = findUser(ctx.account, name);
    return user ? { User: userView(user, true) } : iamErrors.noSuchUser(name);
  },
};

/** ListUsers: alphabetical, PathPrefix, paged. */
export const listUsers: Operation = {
  authorization: (_params, ctx) => ({
    action: 'iam:ListUsers',
    resource: `arn:aws:iam::${ctx.account.id}:user/`,
  }),
  run(params, ctx) {
    const prefix = (params as P).PathPrefix ?? '/';
    const users = byName(
      Object.values(ctx.account.iam.users).filter((u) => u.path.startsWith(prefix)),
      (u) => u.userName,
    );
    const page = paginate(users, params);
    return 'kind' in page
      ? page
      : pageResult('Users', { ...page, items: page.items.map((u) => userView(u, false)) });
  },
};

/** DeleteUser: refused while the user has access keys, attached or inline policies. */
export const deleteUser: Operation = {
  authorization: onUser('iam:DeleteUser'),
  run(params, ctx) {
    const name = (params as P).UserName ?? '';
    const user = findUser(ctx.account, name);
    if (!user) return iamErrors.noSuchUser(name);
    const keys = Object.values(ctx.state.accessKeys).filter(
      (k) => k.accountId === ctx.account.id && k.userName === user.userName,
    );
    if (keys.length > 0) return iamErrors.mustDeleteAccessKeys();
    if (user.attachedPolicies.length > 0) return iamErrors.mustDetachPolicies();
    if (Object.keys(user.inlinePolicies).length > 0) return iamErrors.mustDeletePolicies();
    delete ctx.account.iam.users[name.toLowerCase()];
    return {};
  },
};

/** CreateAccessKey: AKIA… id and a 40-character secret; at most two per user. */
export const createAccessKey: Operation = {
  authorization: onUser('iam:CreateAccessKey'),
  run(params, ctx) {
    const name = (params as P).UserName ?? principalUserName(ctx);
    const user = findUser(ctx.account, name);
    if (!user) return iamErrors.noSuchUser(name);
    const owned = Object.values(ctx.state.accessKeys).filter(
      (k) => k.accountId === ctx.account.id && k.userName === user.userName,
    );
    if (owned.length >= MAX_ACCESS_KEYS) return iamErrors.tooManyAccessKeys();
    const key = {
      accessKeyId: ctx.ids.uniqueId('accessKey'),
      secretAccessKey: ctx.ids.secretAccessKey(),
      accountId: ctx.account.id,
      userName: user.userName,
      status: 'Active' as const,
      createDate: ctx.timestamp,
    };
    ctx.state.accessKeys[key.accessKeyId] = key;
    return {
      AccessKey: {
        UserName: key.userName,
        AccessKeyId: key.accessKeyId,
        Status: key.status,
        SecretAccessKey: key.secretAccessKey,
        CreateDate: key.createDate,
      },
    };
  },
};

/** ListAccessKeys: metadata only (never the secret). */
export const listAccessKeys: Operation = {
  authorization: onUser('iam:ListAccessKeys'),
  run(params, ctx) {
    const name = (params as P).UserName ?? principalUserName(ctx);
    const user = findUser(ctx.account, name);
    if (!user) return iamErrors.noSuchUser(name);
    const keys = Object.values(ctx.state.accessKeys)
      .filter((k) => k.accountId === ctx.account.id && k.userName === user.userName)
      .map((k) => ({
        UserName: k.userName,
        AccessKeyId: k.accessKeyId,
        Status: k.status,
        CreateDate: k.createDate,
      }));
    const page = paginate(keys, params);
    return 'kind' in page ? page : pageResult('AccessKeyMetadata', page);
  },
};

/** DeleteAccessKey. */
export const deleteAccessKey: Operation = {
  authorization: onUser('iam:DeleteAccessKey'),
  run(params, ctx) {
    const id = (params as { AccessKeyId: string }).AccessKeyId;
    const key = ctx.state.accessKeys[id];
    if (!key || key.accountId !== ctx.account.id) return iamErrors.noSuchAccessKey(id);
    delete ctx.state.accessKeys[id];
    return {};
  },
};
