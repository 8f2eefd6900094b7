import type { AccountState } from '../world/state.ts';
import { findRole, findUser } from './lookup.ts';

type Context = Record<string, string>;

const boundaryKey = (arn: string | null | undefined): Context =>
  arn === null || arn === undefined ? {} : { 'iam:PermissionsBoundary': arn };

/**
 * `iam:PermissionsBoundary` ("Filters access if the specified policy is set as the permissions boundary on the IAM
 * entity (user or role)", Service Authorization Reference, IAM) for the actions that set a boundary: CreateRole,
 * CreateUser, PutRolePermissionsBoundary and PutUserPermissionsBoundary carry the boundary being set.
 */
export function requestedBoundary(boundary: string | undefined): Context {
  return boundaryKey(boundary);
}

/**
 * `iam:PermissionsBoundary` for the actions that change a role's or user's policies or boundary (Attach, Detach, Put
 * and Delete of `{Role,User}Policy`, `Delete{Role,User}PermissionsBoundary`): the target's current boundary, absent
 * when it has none — so a delegated admin allowed only "when iam:PermissionsBoundary is X" can change only entities
 * bounded by X ("Permissions boundaries for IAM entities", IAM User Guide). Groups have no boundary.
 */
export function currentBoundary(
  account: AccountState,
  kind: 'role' | 'user' | 'group',
  name: string,
): Context {
  if (kind === 'group') return {};
  const entity = kind === 'role' ? findRole(account, name) : findUser(account, name);
  return boundaryKey(entity?.permissionsBoundary);
}
