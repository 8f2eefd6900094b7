import { z } from 'zod';
import type { RoleRecord, UserRecord } from '../../sim/iam/state.ts';
import type { WorldState } from '../../sim/world/state.ts';

const ROLE_ARN = /^arn:aws:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/;
const USER_ARN = /^arn:aws:iam::(\d{12}):user\/(?:.*\/)?([^/]+)$/;
const SERVICE = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.amazonaws\.com(\.cn)?$/;
const ACCOUNT = /^(?:arn:aws:iam::)?(\d{12})(?::root)?$/;

/** A role: its name (in the learner's account) or its ARN. */
export const roleRef = z
  .string()
  .regex(
    /^(?:[\w+=,.@-]{1,64}|arn:aws:iam::\d{12}:role\/.+)$/,
    'a role name or arn:aws:iam::ACCOUNT:role/NAME',
  )
  .describe('Role name (learner account) or role ARN');

/**
 * Who asks: a service principal (`ec2.amazonaws.com`), an account (`222222222222` or its root ARN), a user or role
 * ARN, or `user/NAME` / `role/NAME` in the learner's account. A role means a session of that role.
 */
export const principalRef = z
  .string()
  .refine(
    (s) =>
      SERVICE.test(s) ||
      ACCOUNT.test(s) ||
      USER_ARN.test(s) ||
      ROLE_ARN.test(s) ||
      /^(user|role)\/[\w+=,.@-]+$/.test(s),
    'a service principal (ec2.amazonaws.com), an account id, a user/role ARN, or user/NAME / role/NAME',
  )
  .describe(
    'Service principal, account id, user or role ARN, or user/NAME, role/NAME in the learner account',
  );

/** A resolved principal reference. */
export type PrincipalTarget =
  | { readonly kind: 'service'; readonly service: string }
  | { readonly kind: 'account'; readonly accountId: string }
  | {
      readonly kind: 'user';
      readonly accountId: string;
      readonly name: string;
      readonly user: UserRecord | undefined;
    }
  | {
      readonly kind: 'role';
      readonly accountId: string;
      readonly name: string;
      readonly role: RoleRecord | undefined;
    };

/** A role looked up by name or ARN. */
export interface RoleTarget {
  readonly accountId: string;
  readonly name: string;
  readonly role: RoleRecord | undefined;
  /** Set when an ARN with a path named the role and a role of that name exists under another path. */
  readonly otherPath?: string;
}

const ROLE_ARN_PATH = /^arn:aws:iam::\d{12}:role(\/(?:.*\/)?)[^/]+$/;

/**
 * Resolves a role reference; bare names belong to `account`. An ARN with a path (`role/aws-service-role/…/NAME`)
 * must match the role's path too; an ARN without one matches the name wherever the role sits.
 */
export function resolveRole(state: WorldState, account: string, ref: string): RoleTarget {
  const match = ROLE_ARN.exec(ref);
  const accountId = match?.[1] ?? account;
  const name = match?.[2] ?? ref;
  const role = state.accounts[accountId]?.iam.roles[name.toLowerCase()];
  const path = ROLE_ARN_PATH.exec(ref)?.[1] ?? '/';
  if (role && path !== '/' && role.path !== path)
    return { accountId, name, role: undefined, otherPath: role.path };
  return { accountId, name, role };
}

/** Resolves a principal reference (see `principalRef`). */
export function resolvePrincipal(state: WorldState, account: string, ref: string): PrincipalTarget {
  if (SERVICE.test(ref)) return { kind: 'service', service: ref };
  const acct = ACCOUNT.exec(ref);
  if (acct?.[1]) return { kind: 'account', accountId: acct[1] };
  const user = USER_ARN.exec(ref) ?? /^()user\/(.+)$/.exec(ref);
  if (user) {
    const accountId = user[1] || account;
    const name = user[2] ?? '';
    return { kind: 'user', accountId, name, user: state.accounts[accountId]?.iam.users[name.toLowerCase()] };
  }
  const role = resolveRole(state, account, ref.startsWith('role/') ? ref.slice(5) : ref);
  return { kind: 'role', ...role };
}

/** How feedback names a principal. */
export function principalLabel(target: PrincipalTarget): string {
  switch (target.kind) {
    case 'service':
      return target.service;
    case 'account':
      return `account ${target.accountId}`;
    case 'user':
      return `user ${target.name}`;
    case 'role':
      return `a session of role ${target.name}`;
  }
}
