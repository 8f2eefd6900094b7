import type { Operation, OperationContext } from '../world/operation.ts';
import { iamErrors } from './errors.ts';
import { identityErrors } from './identity-errors.ts';
import { byName, findUser } from './lookup.ts';
import { pageResult, paginate } from './paginate.ts';
import type { GroupRecord } from './state.ts';

type P = { GroupName: string; Path?: string; PathPrefix?: string; UserName: string };

const groupArn = (ctx: OperationContext, name: string, path = '/') =>
  ctx.account.iam.groups[name.toLowerCase()]?.arn ?? `arn:aws:iam::${ctx.account.id}:group${path}${name}`;

const onGroup =
  (action: string): Operation['authorization'] =>
  (params, ctx) => ({ action, resource: groupArn(ctx, (params as P).GroupName, (params as P).Path) });

const view = (g: GroupRecord) => ({
  Path: g.path,
  GroupName: g.groupName,
  GroupId: g.groupId,
  Arn: g.arn,
  CreateDate: g.createDate,
});

const members = (ctx: OperationContext, g: GroupRecord) =>
  Object.values(ctx.account.iam.users).filter((u) => u.groups.includes(g.groupName.toLowerCase()));

/** CreateGroup: `AGPA…` id. */
export const createGroup: Operation = {
  authorization: onGroup('iam:CreateGroup'),
  run(params, ctx) {
    const p = params as P;
    if (ctx.account.iam.groups[p.GroupName.toLowerCase()]) return identityErrors.groupExists(p.GroupName);
    const path = p.Path ?? '/';
    const group: GroupRecord = {
      groupName: p.GroupName,
      groupId: ctx.ids.uniqueId('group'),
      path,
      arn: `arn:aws:iam::${ctx.account.id}:group${path}${p.GroupName}`,
      createDate: ctx.timestamp,
      inlinePolicies: {},
      attachedPolicies: [],
    };
    ctx.account.iam.groups[p.GroupName.toLowerCase()] = group;
    return { Group: view(group) };
  },
};

/** GetGroup: the group and its users. */
export const getGroup: Operation = {
  authorization: onGroup('iam:GetGroup'),
  run(params, ctx) {
    const name = (params as P).GroupName;
    const group = ctx.account.iam.groups[name.toLowerCase()];
    if (!group) return identityErrors.noSuchGroup(name);
    const users = byName(members(ctx, group), (u) => u.userName).map((u) => ({
      Path: u.path,
      UserName: u.userName,
      UserId: u.userId,
      Arn: u.arn,
      CreateDate: u.createDate,
    }));
    return { Group: view(group), Users: users, IsTruncated: false };
  },
};

/** ListGroups: alphabetical, PathPrefix, paged. */
export const listGroups: Operation = {
  authorization: (_params, ctx) => ({
    action: 'iam:ListGroups',
    resource: `arn:aws:iam::${ctx.account.id}:group/`,
  }),
  run(params, ctx) {
    const prefix = (params as P).PathPrefix ?? '/';
    const groups = byName(
      Object.values(ctx.account.iam.groups).filter((g) => g.path.startsWith(prefix)),
      (g) => g.groupName,
    );
    const page = paginate(groups.map(view), params);
    return 'kind' in page ? page : pageResult('Groups', page);
  },
};

/** DeleteGroup: refused while it has members or policies. */
export const deleteGroup: Operation = {
  authorization: onGroup('iam:DeleteGroup'),
  run(params, ctx) {
    const name = (params as P).GroupName;
    const group = ctx.account.iam.groups[name.toLowerCase()];
    if (!group) return identityErrors.noSuchGroup(name);
    if (members(ctx, group).length > 0) return identityErrors.groupHasUsers();
    if (group.attachedPolicies.length > 0) return iamErrors.mustDetachPolicies();
    if (Object.keys(group.inlinePolicies).length > 0) return iamErrors.mustDeletePolicies();
    delete ctx.account.iam.groups[name.toLowerCase()];
    return {};
  },
};

/** AddUserToGroup: adding a member twice is a no-op. */
export const addUserToGroup: Operation = {
  authorization: onGroup('iam:AddUserToGroup'),
  run(params, ctx) {
    const p = params as P;
    const group = ctx.account.iam.groups[p.GroupName.toLowerCase()];
    if (!group) return identityErrors.noSuchGroup(p.GroupName);
    const user = findUser(ctx.account, p.UserName);
    if (!user) return iamErrors.noSuchUser(p.UserName);
    if (!user.groups.includes(p.GroupName.toLowerCase())) user.groups.push(p.GroupName.toLowerCase());
    return {};
  },
};

/** RemoveUserFromGroup. */
export const removeUserFromGroup: Operation = {
  authorization: onGroup('iam:RemoveUserFromGroup'),
  run(params, ctx) {
    const p = params as P;
    const group = ctx.account.iam.groups[p.GroupName.toLowerCase()];
    if (!group) return identityErrors.noSuchGroup(p.GroupName);
    const user = findUser(ctx.account, p.UserName);
    if (!user) return iamErrors.noSuchUser(p.UserName);
    const index = user.groups.indexOf(p.GroupName.toLowerCase());
    // Wording unverified.
    if (index < 0) return identityErrors.noSuchGroup(p.GroupName);
    user.groups.splice(index, 1);
    return {};
  },
};

/** ListGroupsForUser. */
export const listGroupsForUser: Operation = {
  authorization: (params, ctx) => ({
    action: 'iam:ListGroupsForUser',
    resource:
      findUser(ctx.account, (params as P).UserName)?.arn ??
      `arn:aws:iam::${ctx.account.id}:user/${(params as P).UserName}`,
  }),
  run(params, ctx) {
    const name = (params as P).UserName;
    const user = findUser(ctx.account, name);
    if (!user) return iamErrors.noSuchUser(name);
    const groups = user.groups.flatMap((k) => {
      const g = ctx.account.iam.groups[k];
      return g ? [view(g)] : [];
    });
    const page = paginate(
      byName(groups, (g) => g.GroupName),
      params,
    );
    return 'kind' in page ? page : pageResult('Groups', page);
  },
};
