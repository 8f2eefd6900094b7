import { encodeDocument } from './encode.ts';
import type { RoleRecord } from './state.ts';

/** Which operation's view of a role: members differ between CreateRole, GetRole and ListRoles. */
export type RoleView = 'create' | 'get' | 'list';

/**
 * A role in the API's `Role` shape. GetRole returns every member (RoleLastUsed is `{}` for a role never used);
 * CreateRole omits MaxSessionDuration and RoleLastUsed; ListRoles omits PermissionsBoundary, Tags and RoleLastUsed
 * (ListRoles API reference). The trust policy (`trustText`: as IAM shows it now) comes URL-encoded.
 */
export function roleView(
  role: RoleRecord,
  view: RoleView,
  trustText: string = role.assumeRolePolicyDocument,
): Record<string, unknown> {
  const out: Record<string, unknown> = {
    Path: role.path,
    RoleName: role.roleName,
    RoleId: role.roleId,
    Arn: role.arn,
    CreateDate: role.createDate,
    AssumeRolePolicyDocument: encodeDocument(trustText),
  };
  if (role.description !== null) out.Description = role.description;
  if (view !== 'create') out.MaxSessionDuration = role.maxSessionDuration;
  if (view !== 'list' && role.permissionsBoundary !== null) {
    out.PermissionsBoundary = {
      PermissionsBoundaryType: 'Policy',
      PermissionsBoundaryArn: role.permissionsBoundary,
    };
  }
  if (view !== 'list' && role.tags.length > 0) out.Tags = role.tags.map((t) => ({ ...t }));
  if (view === 'get') {
    out.RoleLastUsed = role.lastUsed
      ? { LastUsedDate: role.lastUsed.date, Region: role.lastUsed.region }
      : {};
  }
  return out;
}
