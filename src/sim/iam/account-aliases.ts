import { awsError } from '../aws-error.ts';
import type { Operation } from '../world/operation.ts';

type P = { AccountAlias: string };

const onAccount =
  (action: string): Operation['authorization'] =>
  () => ({ action, resource: '*' });

/**
 * CreateAccountAlias: one alias per account (a new one replaces it), unique across AWS. Wording of the taken-alias
 * error unverified.
 */
export const createAccountAlias: Operation = {
  authorization: onAccount('iam:CreateAccountAlias'),
  run(params, ctx) {
    const alias = (params as P).AccountAlias;
    const taken = Object.values(ctx.state.accounts).some((a) => a.alias === alias && a.id !== ctx.account.id);
    if (taken) return awsError('EntityAlreadyExists', `The account alias ${alias} already exists.`, 409);
    ctx.account.alias = alias;
    return {};
  },
};

/** ListAccountAliases: zero or one alias. */
export const listAccountAliases: Operation = {
  authorization: onAccount('iam:ListAccountAliases'),
  run(_params, ctx) {
    return { AccountAliases: ctx.account.alias === null ? [] : [ctx.account.alias], IsTruncated: false };
  },
};

/** DeleteAccountAlias: NoSuchEntity unless it is the account's alias (wording unverified). */
export const deleteAccountAlias: Operation = {
  authorization: onAccount('iam:DeleteAccountAlias'),
  run(params, ctx) {
    const alias = (params as P).AccountAlias;
    if (ctx.account.alias !== alias) {
      return awsError('NoSuchEntity', `The account alias ${alias} cannot be found.`, 404);
    }
    ctx.account.alias = null;
    return {};
  },
};
