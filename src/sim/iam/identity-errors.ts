import { awsError } from '../aws-error.ts';

/** Errors of IAM's providers, MFA, groups, service-linked roles and aliases; unverified wording is marked. */
export const identityErrors = {
  /** Verified (unfunco/terraform-aws-oidc-github#23). */
  oidcExists: (url: string) =>
    awsError('EntityAlreadyExists', `Provider with url ${url} already exists.`, 409),
  /** Wording unverified. */
  noSuchOidc: (arn: string) =>
    awsError('NoSuchEntity', `OpenIDConnect Provider not found for arn ${arn}`, 404),
  /** Wording unverified. */
  samlExists: (name: string) => awsError('EntityAlreadyExists', `SAMLProvider ${name} already exists`, 409),
  /** Wording unverified. */
  noSuchSaml: (arn: string) => awsError('NoSuchEntity', `Manifest not found for arn ${arn}`, 404),
  /** Wording unverified. */
  badMetadata: () => awsError('InvalidInput', 'Could not parse metadata', 400),
  /** Wording unverified. */
  mfaExists: () =>
    awsError('EntityAlreadyExists', 'MFADevice entity at the same path and name already exists.', 409),
  /** Wording unverified. */
  noSuchMfa: (serial: string) =>
    awsError('NoSuchEntity', `MFA Device with serial number ${serial} does not exist.`, 404),
  /** Wording unverified. */
  mfaInUse: () => awsError('EntityAlreadyExists', 'MFA Device is already in use.', 409),
  /** Wording unverified. */
  badAuthCode: () =>
    awsError('InvalidAuthenticationCode', 'Authentication code for device is not valid.', 403),
  /** Wording unverified. */
  mfaNotDeactivated: () => awsError('DeleteConflict', 'MFA device is still enabled for a user.', 409),
  /** Verified (terraform-aws-hasura#17). */
  slrTaken: (name: string) =>
    awsError(
      'InvalidInput',
      `Service role name ${name} has been taken in this account, please try a different suffix.`,
      400,
    ),
  /**
   * Verified: a CloudFormation transcript ("Custom suffix is not allowed for es.amazonaws.com") and LocalStack's
   * recordings against AWS for 68 services.
   */
  suffixNotAllowed: (service: string) =>
    awsError('InvalidInput', `Custom suffix is not allowed for ${service}`, 400),
  /**
   * A service principal with no service-linked role. Wording unverified: AWS's own text was not found, so this is the
   * API reference's description of InvalidInput (CreateServiceLinkedRole, Errors).
   */
  noServiceLinkedRole: () =>
    awsError(
      'InvalidInput',
      'The request was rejected because an invalid or out-of-range value was supplied for an input parameter.',
      400,
    ),
  /** Verified (aws-nuke#441, cloud-nuke#880). */
  unmodifiable: (name: string) =>
    awsError(
      'UnmodifiableEntity',
      `Cannot perform the operation on the protected role '${name}' - this role is only modifiable by AWS`,
      400,
    ),
  /** Wording unverified. */
  noSuchDeletionTask: (id: string) => awsError('NoSuchEntity', `Deletion task ${id} not found.`, 404),
  /** Wording unverified (the usual "The group with name X cannot be found." pattern). */
  noSuchGroup: (name: string) =>
    awsError('NoSuchEntity', `The group with name ${name} cannot be found.`, 404),
  /** Wording unverified (the usual "X with name Y already exists." pattern). */
  groupExists: (name: string) =>
    awsError('EntityAlreadyExists', `Group with name ${name} already exists.`, 409),
  /** Verified (hashicorp/terraform#29147). */
  groupHasUsers: () =>
    awsError('DeleteConflict', 'Cannot delete entity, must remove users from group first.', 409),
  /** Verified (awslabs/aws-deployment-framework#465). */
  aliasTaken: (alias: string) =>
    awsError('EntityAlreadyExists', `The account alias ${alias} already exists.`, 409),
  /** Wording unverified. */
  noSuchAlias: (alias: string) =>
    awsError('NoSuchEntity', `The account alias ${alias} cannot be found.`, 404),
} as const;
