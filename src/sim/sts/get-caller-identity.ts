import type { Operation } from '../world/operation.ts';

/** GetCallerIdentity: needs no permission; UserId is AIDA… for users, `AROA…:session` for role sessions. */
export const getCallerIdentity: Operation = {
  authorization: null,
  run(_params, ctx) {
    const { principal } = ctx;
    const userId =
      principal.kind === 'root'
        ? principal.accountId
        : principal.kind === 'user'
          ? principal.userId
          : `${principal.session.roleId}:${principal.session.sessionName}`;
    return { UserId: userId, Account: principal.accountId, Arn: principal.arn };
  },
};
