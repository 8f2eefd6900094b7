import type { Operation, OperationContext } from '../world/operation.ts';
import { iamErrors } from './errors.ts';
import { byName, findRole } from './lookup.ts';
import { pageResult, paginate } from './paginate.ts';
import { roleView } from './role-view.ts';
import type { InstanceProfileRecord, Tag } from './state.ts';
import { trustPolicyText } from './trust-principals.ts';

type P = { InstanceProfileName: string; RoleName: string; Path?: string; PathPrefix?: string; Tags?: Tag[] };

const profileArn = (ctx: OperationContext, name: string, path = '/') =>
  ctx.account.iam.instanceProfiles[name.toLowerCase()]?.arn ??
  `arn:aws:iam::${ctx.account.id}:instance-profile${path}${name}`;

const onProfile =
  (action: string): Operation['authorization'] =>
  (params, ctx) => ({
    action,
    resource: profileArn(ctx, (params as P).InstanceProfileName, (params as P).Path),
  });

/** The `InstanceProfile` shape with its roles (in ListRoles' role view). */
export function profileView(ctx: OperationContext, profile: InstanceProfileRecord): Record<string, unknown> {
  const roles = profile.roles.flatMap((key) => {
    const role = ctx.account.iam.roles[key];
    return role ? [roleView(role, 'list', trustPolicyText(ctx.state, role))] : [];
  });
  return {
    Path: profile.path,
    InstanceProfileName: profile.instanceProfileName,
    InstanceProfileId: profile.instanceProfileId,
    Arn: profile.arn,
    CreateDate: profile.createDate,
    Roles: roles,
    ...(profile.tags.length > 0 ? { Tags: profile.tags.map((t) => ({ ...t })) } : {}),
  };
}

/** CreateInstanceProfile. */
export const createInstanceProfile: Operation = {
  authorization: onProfile('iam:CreateInstanceProfile'),
  run(params, ctx) {
    const p = params as P;
    const key = p.InstanceProfileName.toLowerCase();
    if (ctx.account.iam.instanceProfiles[key]) return iamErrors.profileExists(p.InstanceProfileName);
    const path = p.Path ?? '/';
    const profile: InstanceProfileRecord = {
      instanceProfileName: p.InstanceProfileName,
      instanceProfileId: ctx.ids.uniqueId('instanceProfile'),
      path,
      arn: `arn:aws:iam::${ctx.account.id}:instance-profile${path}${p.InstanceProfileName}`,
      createDate: ctx.timestamp,
      tags: (p.Tags ?? []).map((t) => ({ Key: t.Key, Value: t.Value })),
      roles: [],
    };
    ctx.account.iam.instanceProfiles[key] = profile;
    return { InstanceProfile: profileView(ctx, profile) };
  },
};

/** GetInstanceProfile. */
export const getInstanceProfile: Operation = {
  authorization: onProfile('iam:GetInstanceProfile'),
  run(params, ctx) {
    const name = (params as P).InstanceProfileName;
    const profile = ctx.account.iam.instanceProfiles[name.toLowerCase()];
    return profile ? { InstanceProfile: profileView(ctx, profile) } : iamErrors.noSuchProfile(name);
  },
};

/** ListInstanceProfiles: alphabetical, PathPrefix, paged. */
export const listInstanceProfiles: Operation = {
  authorization: (_params, ctx) => ({
    action: 'iam:ListInstanceProfiles',
    resource: `arn:aws:iam::${ctx.account.id}:instance-profile/`,
  }),
  run(params, ctx) {
    const prefix = (params as P).PathPrefix ?? '/';
    const profiles = byName(
      Object.values(ctx.account.iam.instanceProfiles).filter((ip) => ip.path.startsWith(prefix)),
      (ip) => ip.instanceProfileName,
    );
    const page = paginate(profiles, params);
    if ('kind' in page) return page;
    return pageResult('InstanceProfiles', { ...page, items: page.items.map((ip) => profileView(ctx, ip)) });
  },
};

/** ListInstanceProfilesForRole. */
export const listInstanceProfilesForRole: Operation = {
  authorization: (params, ctx) => ({
    action: 'iam:ListInstanceProfilesForRole',
    resource:
      findRole(ctx.account, (params as P).RoleName)?.arn ??
      `arn:aws:iam::${ctx.account.id}:role/${(params as P).RoleName}`,
  }),
  run(params, ctx) {
    const name = (params as P).RoleName;
    if (!findRole(ctx.account, name)) return iamErrors.noSuchRole(name);
    const profiles = byName(
      Object.values(ctx.account.iam.instanceProfiles).filter((ip) => ip.roles.includes(name.toLowerCase())),
      (ip) => ip.instanceProfileName,
    );
    const page = paginate(profiles, params);
    if ('kind' in page) return page;
    return pageResult('InstanceProfiles', { ...page, items: page.items.map((ip) => profileView(ctx, ip)) });
  },
};

/** AddRoleToInstanceProfile: one role per profile. */
export const addRoleToInstanceProfile: Operation = {
  authorization: onProfile('iam:AddRoleToInstanceProfile'),
  run(params, ctx) {
    const p = params as P;
    const profile = ctx.account.iam.instanceProfiles[p.InstanceProfileName.toLowerCase()];
    if (!profile) return iamErrors.noSuchProfile(p.InstanceProfileName);
    if (!findRole(ctx.account, p.RoleName)) return iamErrors.noSuchRole(p.RoleName);
    if (profile.roles.length >= 1) return iamErrors.profileFull();
    profile.roles.push(p.RoleName.toLowerCase());
    return {};
  },
};

/** RemoveRoleFromInstanceProfile. */
export const removeRoleFromInstanceProfile: Operation = {
  authorization: onProfile('iam:RemoveRoleFromInstanceProfile'),
  run(params, ctx) {
    const p = params as P;
    const profile = ctx.account.iam.instanceProfiles[p.InstanceProfileName.toLowerCase()];
    if (!profile) return iamErrors.noSuchProfile(p.InstanceProfileName);
    if (!findRole(ctx.account, p.RoleName)) return iamErrors.noSuchRole(p.RoleName);
    const index = profile.roles.indexOf(p.RoleName.toLowerCase());
    if (index < 0) return iamErrors.roleNotInProfile(p.RoleName, p.InstanceProfileName);
    profile.roles.splice(index, 1);
    return {};
  },
};

/** DeleteInstanceProfile: refused while it holds a role. */
export const deleteInstanceProfile: Operation = {
  authorization: onProfile('iam:DeleteInstanceProfile'),
  run(params, ctx) {
    const name = (params as P).InstanceProfileName;
    const profile = ctx.account.iam.instanceProfiles[name.toLowerCase()];
    if (!profile) return iamErrors.noSuchProfile(name);
    if (profile.roles.length > 0) return iamErrors.mustRemoveFromProfile();
    delete ctx.account.iam.instanceProfiles[name.toLowerCase()];
    return {};
  },
};
