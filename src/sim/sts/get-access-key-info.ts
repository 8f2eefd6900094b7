import type { Operation } from '../world/operation.ts';

/**
 * GetAccessKeyInfo: the account that owns an access key id (AKIA… or ASIA…); needs no permission. AWS answers for
 * any well-formed key, even unknown ones; the sim answers for keys it knows and the caller's account otherwise.
 */
export const getAccessKeyInfo: Operation = {
  authorization: null,
  run(params, ctx) {
    const id = String(params.AccessKeyId);
    const account =
      ctx.state.accessKeys[id]?.accountId ?? ctx.state.sessions[id]?.accountId ?? ctx.principal.accountId;
    return { Account: account };
  },
};
