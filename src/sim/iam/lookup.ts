import type { AccountState } from '../world/state.ts';
import type { RoleRecord, UserRecord } from './state.ts';

/** The role named `name` (case-insensitive, as IAM names are). */
export function findRole(account: AccountState, name: string): RoleRecord | undefined {
  return account.iam.roles[name.toLowerCase()];
}

/** The user named `name` (case-insensitive). */
export function findUser(account: AccountState, name: string): UserRecord | undefined {
  return account.iam.users[name.toLowerCase()];
}

/** The ARN a role action is authorized on: the role's real ARN, or `role{path}{name}` when it does not exist. */
export function roleArn(account: AccountState, name: string, path = '/'): string {
  return findRole(account, name)?.arn ?? `arn:aws:iam::${account.id}:role${path}${name}`;
}

/** The ARN a user action is authorized on. */
export function userArn(account: AccountState, name: string, path = '/'): string {
  return findUser(account, name)?.arn ?? `arn:aws:iam::${account.id}:user${path}${name}`;
}

/** The ARN a group action is authorized on. */
export function groupArn(account: AccountState, name: string, path = '/'): string {
  return account.iam.groups[name.toLowerCase()]?.arn ?? `arn:aws:iam::${account.id}:group${path}${name}`;
}

/** Names sorted as IAM lists them (case-insensitive alphabetical order). */
export function byName<T>(items: readonly T[], name: (item: T) => string): T[] {
  return [...items].sort((a, b) => {
    const x = name(a).toLowerCase();
    const y = name(b).toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  });
}
