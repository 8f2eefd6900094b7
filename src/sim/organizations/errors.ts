import { awsError } from '../aws-error.ts';

/** AWS Organizations error values; messages from the API reference's error descriptions unless marked. */
export const orgErrors = {
  // wording unverified
  notInUse: () =>
    awsError('AWSOrganizationsNotInUseException', 'Your account is not a member of an organization.'),
  // wording unverified: what a member account, or an identity without organizations:* permissions, is told.
  accessDenied: () =>
    awsError('AccessDeniedException', "You don't have permissions to access this resource."),
  // wording unverified
  policyNotFound: () =>
    awsError('PolicyNotFoundException', "We can't find a policy with the PolicyId that you specified."),
  // wording unverified
  targetNotFound: () =>
    awsError(
      'TargetNotFoundException',
      "We can't find a root, OU, account, or email that matches the ID that you specified.",
    ),
  // wording unverified
  parentNotFound: () =>
    awsError('ParentNotFoundException', "We can't find a root or OU with the ParentId that you specified."),
  // wording unverified
  duplicatePolicy: () =>
    awsError('DuplicatePolicyException', 'A policy with the specified name already exists.'),
  // wording unverified
  duplicateAttachment: () =>
    awsError(
      'DuplicatePolicyAttachmentException',
      'The selected policy is already attached to the specified target.',
    ),
  // wording unverified
  notAttached: () =>
    awsError('PolicyNotAttachedException', 'The policy is not attached to the specified target.'),
  // wording unverified
  malformed: () =>
    awsError(
      'MalformedPolicyDocumentException',
      'The provided policy document does not meet the requirements of the specified policy type.',
    ),
  // wording unverified
  typeNotEnabled: () =>
    awsError(
      'PolicyTypeNotEnabledException',
      'This operation can be performed only for enabled policy types.',
    ),
  // wording unverified: AWS-managed policies such as FullAWSAccess cannot be edited.
  awsManaged: () => awsError('AccessDeniedException', 'You cannot modify an AWS managed policy.'),
  // wording unverified: a target keeps at least one SCP (detach FullAWSAccess only after attaching another).
  lastPolicy: () =>
    awsError(
      'ConstraintViolationException',
      'You attempted to remove the last service control policy (SCP) attached to the target. A target must have at least one SCP attached.',
    ),
} as const;
