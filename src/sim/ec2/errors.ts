import { awsError } from '../aws-error.ts';

/**
 * EC2 error values. Codes and messages from CLI/SDK transcripts in public issues unless marked; EC2 answers client
 * errors with HTTP 400 (UnauthorizedOperation with 403).
 */
export const ec2Errors = {
  // "The instance ID 'i-…' does not exist" (aws-cli transcripts); several ids: "The instance IDs '…, …' do not exist".
  instanceNotFound: (ids: readonly string[]) =>
    awsError(
      'InvalidInstanceID.NotFound',
      ids.length === 1
        ? `The instance ID '${ids[0]}' does not exist`
        : `The instance IDs '${ids.join(', ')}' do not exist`,
    ),
  // "Invalid id: \"x\"" for a malformed id. wording unverified
  instanceIdMalformed: (id: string) => awsError('InvalidInstanceID.Malformed', `Invalid id: "${id}"`),
  // terraform/aws-simple-ec2-cli transcripts.
  profileNameInvalid: (name: string) =>
    awsError(
      'InvalidParameterValue',
      `Value (${name}) for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name`,
    ),
  // lacework/go-sdk #1045 transcript.
  profileArnInvalid: (arn: string) =>
    awsError(
      'InvalidParameterValue',
      `Value (${arn}) for parameter iamInstanceProfile.arn is invalid. Invalid IAM Instance Profile ARN`,
    ),
  // aws-samples one-observability-demo #201 transcript.
  existingAssociation: (instanceId: string) =>
    awsError('IncorrectState', `There is an existing association for instance ${instanceId}`),
  // aws-cli #5251 transcript.
  notActiveAssociation: (associationId: string) =>
    awsError('IncorrectState', `The association ${associationId} is not the active association`),
  // wording unverified
  associationNotFound: (associationId: string) =>
    awsError('InvalidAssociationID.NotFound', `An association ID '${associationId}' does not exist.`),
  // wording unverified
  incorrectInstanceState: (instanceId: string, verb: 'started' | 'stopped') =>
    awsError(
      'IncorrectInstanceState',
      `The instance '${instanceId}' is not in a state from which it can be ${verb}.`,
    ),
  // wording unverified (RunInstances MinCount > MaxCount)
  invalidCount: () =>
    awsError(
      'InvalidParameterValue',
      'Invalid value for parameter MinCount: must be less than or equal to MaxCount',
    ),
  // wording unverified
  invalidAmi: (imageId: string) =>
    awsError('InvalidAMIID.Malformed', `Invalid id: "${imageId}" (expecting "ami-...")`),
  // wording unverified
  missingImage: () => awsError('MissingParameter', 'The request must contain the parameter ImageId'),
  // wording unverified
  tagResourceNotFound: (id: string) => awsError('InvalidID', `The ID '${id}' is not valid`),
} as const;
