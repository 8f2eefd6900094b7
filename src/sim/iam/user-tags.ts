import type { Operation } from '../world/operation.ts';
import { iamErrors } from './errors.ts';
import { findUser, userArn } from './lookup.ts';
import { pageResult, paginate } from './paginate.ts';
import { requestTags } from './role-tags.ts';
import type { Tag } from './state.ts';

type P = { UserName: string; Tags?: Tag[]; TagKeys?: string[] };

const onUser =
  (action: string): Operation['authorization'] =>
  (params, ctx) => ({
    action,
    resource: userArn(ctx.account, (params as P).UserName),
    context: action === 'iam:TagUser' ? requestTags((params as P).Tags ?? []) : {},
  });

/** TagUser: adds tags (they become aws:PrincipalTag/… of the user's requests), replacing the value of a key already present. */
export const tagUser: Operation = {
  authorization: onUser('iam:TagUser'),
  run(params, ctx) {
    const p = params as P;
    const user = findUser(ctx.account, p.UserName);
    if (!user) return iamErrors.noSuchUser(p.UserName);
    for (const tag of p.Tags ?? []) {
      const existing = user.tags.findIndex((t) => t.Key === tag.Key);
      if (existing >= 0) user.tags[existing] = { Key: tag.Key, Value: tag.Value };
      else user.tags.push({ Key: tag.Key, Value: tag.Value });
    }
    return {};
  },
};

/** UntagUser: removes tags by key (absent keys are ignored). */
export const untagUser: Operation = {
  authorization: onUser('iam:UntagUser'),
  run(params, ctx) {
    const p = params as P;
    const user = findUser(ctx.account, p.UserName);
    if (!user) return iamErrors.noSuchUser(p.UserName);
    user.tags = user.tags.filter((t) => !(p.TagKeys ?? []).includes(t.Key));
    return {};
  },
};

/** ListUserTags: the user's tags, paged. */
export const listUserTags: Operation = {
  authorization: onUser('iam:ListUserTags'),
  run(params, ctx) {
    const p = params as P;
    const user = findUser(ctx.account, p.UserName);
    if (!user) return iamErrors.noSuchUser(p.UserName);
    const page = paginate(user.tags, params);
    return 'kind' in page ? page : pageResult('Tags', { ...page, items: page.items.map((t) => ({ ...t })) });
  },
};
