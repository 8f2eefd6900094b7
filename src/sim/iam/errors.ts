import { type AwsError, awsError } from '../aws-error.ts';

/**
 * IAM's error values, messages word for word as IAM returns them (checked against CLI/SDK transcripts in public
 * issues and moto's `iam/models.py`; the unverified ones say so).
 */
export const iamErrors = {
  noSuchRole: (name: string) => awsError('NoSuchEntity', `The role with name ${name} cannot be found.`, 404),
  noSuchUser: (name: string) => awsError('NoSuchEntity', `The user with name ${name} cannot be found.`, 404),
  roleExists: (name: string) =>
    awsError('EntityAlreadyExists', `Role with name ${name} already exists.`, 409),
  userExists: (name: string) =>
    awsError('EntityAlreadyExists', `User with name ${name} already exists.`, 409),
  noSuchInlinePolicy: (entity: 'role' | 'user' | 'group', name: string) =>
    awsError('NoSuchEntity', `The ${entity} policy with name ${name} cannot be found.`, 404),
  notAttachable: (arn: string) =>
    awsError('NoSuchEntity', `Policy ${arn} does not exist or is not attachable.`, 404),
  policyNotFound: (arn: string) => awsError('NoSuchEntity', `Policy ${arn} was not found.`, 404),
  /**
   * A service-linked role's policy (`/aws-service-role/` path) attached to anything: verified for roles (Terraform
   * transcript: "PolicyNotAttachable: Cannot attach a Service Role Policy to a Customer Role.", status 400); users and
   * groups get the same text here, wording unverified.
   */
  serviceRolePolicyNotAttachable: () =>
    awsError('PolicyNotAttachable', 'Cannot attach a Service Role Policy to a Customer Role.', 400),
  /** Unverified wording (moto's). */
  versionNotFound: (arn: string, version: string) =>
    awsError('NoSuchEntity', `Policy ${arn} version ${version} does not exist or is not attachable.`, 404),
  policyExists: (name: string) =>
    awsError(
      'EntityAlreadyExists',
      `A policy called ${name} already exists. Duplicate names are not allowed.`,
      409,
    ),
  boundaryNotFound: (arn: string) =>
    awsError('NoSuchEntity', `Scope ARN: ${arn} does not exist or is not attachable.`, 404),
  mustDetachPolicies: () => deleteConflict('Cannot delete entity, must detach all policies first.'),
  mustDeletePolicies: () => deleteConflict('Cannot delete entity, must delete policies first.'),
  mustRemoveFromProfile: () =>
    deleteConflict('Cannot delete entity, must remove roles from instance profile first.'),
  mustDeleteAccessKeys: () => deleteConflict('Cannot delete entity, must delete access keys first.'),
  policyAttached: () => deleteConflict('Cannot delete a policy attached to entities.'),
  policyHasVersions: () =>
    deleteConflict(
      "This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy.",
    ),
  defaultVersion: () => deleteConflict('Cannot delete the default version of a policy.'),
  tooManyVersions: () =>
    awsError(
      'LimitExceeded',
      'A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.',
      409,
    ),
  tooManyAccessKeys: () => awsError('LimitExceeded', 'Cannot exceed quota for AccessKeysPerUser: 2', 409),
  profileFull: () =>
    awsError('LimitExceeded', 'Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1', 409),
  noSuchProfile: (name: string) => awsError('NoSuchEntity', `Instance Profile ${name} cannot be found.`, 404),
  profileExists: (name: string) =>
    awsError('EntityAlreadyExists', `Instance Profile ${name} already exists.`, 409),
  /** Unverified wording. */
  roleNotInProfile: (role: string, profile: string) =>
    awsError(
      'NoSuchEntity',
      `The role with name ${role} cannot be found in instance profile ${profile}.`,
      404,
    ),
  noSuchAccessKey: (id: string) =>
    awsError('NoSuchEntity', `The Access Key with id ${id} cannot be found.`, 404),
  invalidInput: (message: string) => awsError('InvalidInput', message, 400),
  validation: (message: string) => awsError('ValidationError', message, 400),
} as const satisfies Record<string, (...args: never[]) => AwsError>;

function deleteConflict(message: string): AwsError {
  return awsError('DeleteConflict', message, 409);
}
