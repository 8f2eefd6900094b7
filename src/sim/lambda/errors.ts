import { awsError } from '../aws-error.ts';

/** Lambda error values (messages from public SDK/CLI transcripts unless marked). */
export const lambdaErrors = {
  cannotAssume: () =>
    awsError(
      'InvalidParameterValueException',
      'The role defined for the function cannot be assumed by Lambda.',
    ),
  exists: (name: string) => awsError('ResourceConflictException', `Function already exist: ${name}`, 409),
  notFound: (arn: string) => awsError('ResourceNotFoundException', `Function not found: ${arn}`, 404),
  noPolicy: () => awsError('ResourceNotFoundException', 'The resource you requested does not exist.', 404),
  sidExists: (sid: string) =>
    awsError(
      'ResourceConflictException',
      `The statement id (${sid}) provided already exists. Please choose a new statement id, or remove the existing statement.`,
      409,
    ),
  // wording unverified
  noStatement: () => awsError('ResourceNotFoundException', 'The resource you requested does not exist.', 404),
} as const;
