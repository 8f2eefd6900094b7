import { awsError } from '../aws-error.ts';

/** CloudWatch Logs error values (messages from public SDK transcripts). */
export const logsErrors = {
  groupExists: () => awsError('ResourceAlreadyExistsException', 'The specified log group already exists'),
  streamExists: () => awsError('ResourceAlreadyExistsException', 'The specified log stream already exists'),
  noGroup: () => awsError('ResourceNotFoundException', 'The specified log group does not exist.'),
  // wording unverified (by analogy with the log group message)
  noStream: () => awsError('ResourceNotFoundException', 'The specified log stream does not exist.'),
} as const;
