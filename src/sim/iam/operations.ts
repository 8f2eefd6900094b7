import type { Operation } from '../world/operation.ts';
import { getAccessKeyLastUsed, updateAccessKey } from './access-keys.ts';
import { createAccountAlias, deleteAccountAlias, listAccountAliases } from './account-aliases.ts';
import { getAccountAuthorizationDetails } from './account-details.ts';
import {
  attachPolicy,
  deleteBoundary,
  detachPolicy,
  listAttachedPolicies,
  putBoundary,
} from './attachments.ts';
import * as groups from './groups.ts';
import {
  deleteInlinePolicy,
  getInlinePolicy,
  listInlinePolicies,
  putInlinePolicy,
} from './inline-policies.ts';
import * as profiles from './instance-profiles.ts';
import * as managed from './managed-policies.ts';
import * as mfa from './mfa-devices.ts';
import * as oidc from './oidc-providers.ts';
import { listEntitiesForPolicy } from './policy-entities.ts';
import { listRoleTags, tagRole, untagRole } from './role-tags.ts';
import * as roles from './roles.ts';
import * as saml from './saml-providers.ts';
import * as slr from './service-linked-roles.ts';
import { simulateCustomPolicy, simulatePrincipalPolicy } from './simulate.ts';

const guard = slr.protectServiceLinked;

import { listUserTags, tagUser, untagUser } from './user-tags.ts';
import * as users from './users.ts';

/** The IAM operations the simulator implements, by API name. */
export const iamOperations: Readonly<Record<string, Operation>> = {
  CreateRole: roles.createRole,
  GetRole: roles.getRole,
  ListRoles: roles.listRoles,
  UpdateRole: guard(roles.updateRole),
  UpdateRoleDescription: guard(roles.updateRoleDescription),
  UpdateAssumeRolePolicy: guard(roles.updateAssumeRolePolicy),
  DeleteRole: guard(roles.deleteRole),
  TagRole: tagRole,
  UntagRole: untagRole,
  ListRoleTags: listRoleTags,
  PutRolePolicy: guard(putInlinePolicy('role')),
  GetRolePolicy: getInlinePolicy('role'),
  DeleteRolePolicy: guard(deleteInlinePolicy('role')),
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
  AttachRolePolicy: guard(attachPolicy('role')),
  DetachRolePolicy: guard(detachPolicy('role')),
  ListAttachedRolePolicies: listAttachedPolicies('role'),
  AttachUserPolicy: attachPolicy('user'),
  DetachUserPolicy: detachPolicy('user'),
  ListAttachedUserPolicies: listAttachedPolicies('user'),
  PutRolePermissionsBoundary: guard(putBoundary('role')),
  DeleteRolePermissionsBoundary: guard(deleteBoundary('role')),
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
  CreateOpenIDConnectProvider: oidc.createOpenIdConnectProvider,
  GetOpenIDConnectProvider: oidc.getOpenIdConnectProvider,
  ListOpenIDConnectProviders: oidc.listOpenIdConnectProviders,
  DeleteOpenIDConnectProvider: oidc.deleteOpenIdConnectProvider,
  AddClientIDToOpenIDConnectProvider: oidc.addClientId,
  RemoveClientIDFromOpenIDConnectProvider: oidc.removeClientId,
  UpdateOpenIDConnectProviderThumbprint: oidc.updateThumbprint,
  CreateSAMLProvider: saml.createSamlProvider,
  GetSAMLProvider: saml.getSamlProvider,
  ListSAMLProviders: saml.listSamlProviders,
  UpdateSAMLProvider: saml.updateSamlProvider,
  DeleteSAMLProvider: saml.deleteSamlProvider,
  CreateVirtualMFADevice: mfa.createVirtualMfaDevice,
  EnableMFADevice: mfa.enableMfaDevice,
  ListMFADevices: mfa.listMfaDevices,
  ListVirtualMFADevices: mfa.listVirtualMfaDevices,
  DeactivateMFADevice: mfa.deactivateMfaDevice,
  DeleteVirtualMFADevice: mfa.deleteVirtualMfaDevice,
  CreateServiceLinkedRole: slr.createServiceLinkedRole,
  DeleteServiceLinkedRole: slr.deleteServiceLinkedRole,
  GetServiceLinkedRoleDeletionStatus: slr.getServiceLinkedRoleDeletionStatus,
  CreateGroup: groups.createGroup,
  GetGroup: groups.getGroup,
  ListGroups: groups.listGroups,
  DeleteGroup: groups.deleteGroup,
  AddUserToGroup: groups.addUserToGroup,
  RemoveUserFromGroup: groups.removeUserFromGroup,
  ListGroupsForUser: groups.listGroupsForUser,
  PutGroupPolicy: putInlinePolicy('group'),
  GetGroupPolicy: getInlinePolicy('group'),
  DeleteGroupPolicy: deleteInlinePolicy('group'),
  ListGroupPolicies: listInlinePolicies('group'),
  AttachGroupPolicy: attachPolicy('group'),
  DetachGroupPolicy: detachPolicy('group'),
  ListAttachedGroupPolicies: listAttachedPolicies('group'),
  SimulatePrincipalPolicy: simulatePrincipalPolicy,
  SimulateCustomPolicy: simulateCustomPolicy,
  GetAccountAuthorizationDetails: getAccountAuthorizationDetails,
  UpdateAccessKey: updateAccessKey,
  GetAccessKeyLastUsed: getAccessKeyLastUsed,
  CreateAccountAlias: createAccountAlias,
  ListAccountAliases: listAccountAliases,
  DeleteAccountAlias: deleteAccountAlias,
  TagUser: tagUser,
  UntagUser: untagUser,
  ListUserTags: listUserTags,
  ListEntitiesForPolicy: listEntitiesForPolicy,
};
