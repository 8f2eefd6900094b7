import type { Operation } from '../world/operation.ts';
import { iamErrors } from './errors.ts';
import { findRole, roleArn } from './lookup.ts';
import { pageResult, paginate } from './paginate.ts';
import type { Tag } from './state.ts';

type P = { RoleName: string; Tags?: Tag[]; TagKeys?: string[] };

const onRole =
  (action: string): Operation['authorization'] =>
  (params, ctx) => ({
    action,
    resource: roleArn(ctx.account, (params as P).RoleName),
    context: action === 'iam:TagRole' ? requestTags((params as P).Tags ?? []) : {},
  });

/** `aws:RequestTag/key` and `aws:TagKeys` for a tagging request. */
export function requestTags(tags: readonly Tag[]): Record<string, string | readonly string[]> {
  const context: Record<string, string | readonly string[]> = { 'aws:TagKeys': tags.map((t) => t.Key) };
  for (const tag of tags) context[`aws:RequestTag/${tag.Key}`] = tag.Value;
  return context;
}

/** TagRole: adds tags, replacing the value of a key already present. */
export const tagRole: Operation = {
  authorization: onRole('iam:TagRole'),
  run(params, ctx) {
    const p = params as P;
    const role = findRole(ctx.account, p.RoleName);
    if (!role) return iamErrors.noSuchRole(p.RoleName);
    for (const tag of p.Tags ?? []) {
      const existing = role.tags.findIndex((t) => t.Key === tag.Key);
      if (existing >= 0) role.tags[existing] = { Key: tag.Key, Value: tag.Value };
      else role.tags.push({ Key: tag.Key, Value: tag.Value });
    }
    return {};
  },
};

/** UntagRole: removes tags by key (absent keys are ignored). */
export const untagRole: Operation = {
  authorization: onRole('iam:UntagRole'),
  run(params, ctx) {
    const p = params as P;
    const role = findRole(ctx.account, p.RoleName);
    if (!role) return iamErrors.noSuchRole(p.RoleName);
    role.tags = role.tags.filter((t) => !(p.TagKeys ?? []).includes(t.Key));
    return {};
  },
};

/** ListRoleTags: the role's tags, paged. */
export const listRoleTags: Operation = {
  authorization: onRole('iam:ListRoleTags'),
  run(params, ctx) {
    const p = params as P;
    const role = findRole(ctx.account, p.RoleName);
    if (!role) return iamErrors.noSuchRole(p.RoleName);
    const page = paginate(role.tags, params);
    return 'kind' in page ? page : pageResult('Tags', { ...page, items: page.items.map((t) => ({ ...t })) });
  },
};
