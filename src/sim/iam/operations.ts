import type { Operation } from '../world/operation.ts';
import {
  attachPolicy,
  deleteBoundary,
  detachPolicy,
  listAttachedPolicies,
  putBoundary,
} from './attachments.ts';
import {
  deleteInlinePolicy,
  getInlinePolicy,
  listInlinePolicies,
  putInlinePolicy,
} from './inline-policies.ts';
import * as profiles from './instance-profiles.ts';
import * as managed from './managed-policies.ts';
import { listRoleTags, tagRole, untagRole } from './role-tags.ts';
import * as roles from './roles.ts';
import * as users from './users.ts';

/** The IAM operations the simulator implements, by API name. */
export const iamOperations: Readonly<Record<string, Operation>> = {
  CreateRole: roles.createRole,
  GetRole: roles.getRole,
  ListRoles: roles.listRoles,
  UpdateRole: roles.updateRole,
  UpdateRoleDescription: roles.updateRoleDescription,
  UpdateAssumeRolePolicy: roles.updateAssumeRolePolicy,
  DeleteRole: roles.deleteRole,
  TagRole: tagRole,
  UntagRole: untagRole,
  ListRoleTags: listRoleTags,
  PutRolePolicy: putInlinePolicy('role'),
  GetRolePolicy: getInlinePolicy('role'),
  DeleteRolePolicy: deleteInlinePolicy('role'),
  ListRolePolicies: listInlinePolicies('role'),
  PutUserPolicy: putInlinePolicy('user'),
  GetUserPolicy: getInlinePolicy('user'),
  DeleteUserPolicy: deleteInlinePolicy('user'),
  ListUserPolicies: listInlinePolicies('user'),
  CreatePolicy: managed.createPolicy,
  GetPolicy: managed.getPolicy,
  GetPolicyVersion: managed.getPolicyVersion,
  ListPolicies: managed.listPolicies,
  CreatePolicyVersion: managed.createPolicyVersion,
  ListPolicyVersions: managed.listPolicyVersions,
  SetDefaultPolicyVersion: managed.setDefaultPolicyVersion,
  DeletePolicyVersion: managed.deletePolicyVersion,
  DeletePolicy: managed.deletePolicy,
  AttachRolePolicy: attachPolicy('role'),
  DetachRolePolicy: detachPolicy('role'),
  ListAttachedRolePolicies: listAttachedPolicies('role'),
  AttachUserPolicy: attachPolicy('user'),
  DetachUserPolicy: detachPolicy('user'),
  ListAttachedUserPolicies: listAttachedPolicies('user'),
  PutRolePermissionsBoundary: putBoundary('role'),
  DeleteRolePermissionsBoundary: deleteBoundary('role'),
  PutUserPermissionsBoundary: putBoundary('user'),
  DeleteUserPermissionsBoundary: deleteBoundary('user'),
  CreateUser: users.createUser,
  GetUser: users.getUser,
  ListUsers: users.listUsers,
  DeleteUser: users.deleteUser,
  CreateAccessKey: users.createAccessKey,
  ListAccessKeys: users.listAccessKeys,
  DeleteAccessKey: users.deleteAccessKey,
  CreateInstanceProfile: profiles.createInstanceProfile,
  GetInstanceProfile: profiles.getInstanceProfile,
  ListInstanceProfiles: profiles.listInstanceProfiles,
  ListInstanceProfilesForRole: profiles.listInstanceProfilesForRole,
  AddRoleToInstanceProfile: profiles.addRoleToInstanceProfile,
  RemoveRoleFromInstanceProfile: profiles.removeRoleFromInstanceProfile,
  DeleteInstanceProfile: profiles.deleteInstanceProfile,
};
