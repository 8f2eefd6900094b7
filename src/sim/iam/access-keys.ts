import type { Caller } from '../world/credentials.ts';
import { isoSeconds, type Operation } from '../world/operation.ts';
import type { WorldState } from '../world/state.ts';
import { iamErrors } from './errors.ts';
import { findUser, userArn } from './lookup.ts';

type P = { UserName?: string; AccessKeyId: string; Status?: 'Active' | 'Inactive' };

/** Records that an access key signed a request (what GetAccessKeyLastUsed reports); called by `world.call`. */
export function noteAccessKeyUse(state: WorldState, caller: Caller, service: string, now: Date): void {
  if (!('accessKeyId' in caller)) return;
  const key = state.accessKeys[caller.accessKeyId];
  if (key) key.lastUsed = { date: isoSeconds(now), service, region: 'us-east-1' };
}

/** UpdateAccessKey: Active or Inactive (an inactive key fails with InvalidClientTokenId). */
export const updateAccessKey: Operation = {
  authorization: (params, ctx) => ({
    action: 'iam:UpdateAccessKey',
    resource: userArn(ctx.account, (params as P).UserName ?? ownerName(ctx.state, (params as P).AccessKeyId)),
  }),
  run(params, ctx) {
    const p = params as P;
    const key = ctx.state.accessKeys[p.AccessKeyId];
    if (!key || key.accountId !== ctx.account.id) return iamErrors.noSuchAccessKey(p.AccessKeyId);
    if (p.UserName !== undefined && !findUser(ctx.account, p.UserName))
      return iamErrors.noSuchUser(p.UserName);
    if (p.Status) key.status = p.Status;
    return {};
  },
};

/**
 * GetAccessKeyLastUsed: when, where and for which service the key last signed a request; `N/A` for a key never
 * used (API reference: "N/A if the access key has not been used").
 */
export const getAccessKeyLastUsed: Operation = {
  authorization: (params, ctx) => ({
    action: 'iam:GetAccessKeyLastUsed',
    resource: userArn(ctx.account, ownerName(ctx.state, (params as P).AccessKeyId)),
  }),
  run(params, ctx) {
    const p = params as P;
    const key = ctx.state.accessKeys[p.AccessKeyId];
    if (!key || key.accountId !== ctx.account.id) return iamErrors.noSuchAccessKey(p.AccessKeyId);
    const used = key.lastUsed;
    return {
      UserName: key.userName,
      AccessKeyLastUsed: used
        ? { LastUsedDate: used.date, ServiceName: used.service, Region: used.region }
        : { ServiceName: 'N/A', Region: 'N/A' },
    };
  },
};

function ownerName(state: WorldState, id: string): string {
  return state.accessKeys[id]?.userName ?? '';
}
