import { awsError } from '../aws-error.ts';

/** STS error values, messages word for word from CLI/SDK transcripts in public issues. */
export const stsErrors = {
  durationExceedsRole: () =>
    awsError(
      'ValidationError',
      'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
      400,
    ),
  durationExceedsChain: () =>
    awsError(
      'ValidationError',
      'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.',
      400,
    ),
  /** Wording from a public troubleshooting transcript (stackengine.dev); the error code there is unverified. */
  mfaFailed: () =>
    awsError('AccessDenied', 'MultiFactorAuthentication failed with invalid MFA one time pass code.', 403),
  /** Verified (aws/aws-sdk-js#3670, aws/aws-sdk-php#1876: AccessDenied). */
  sessionCredentials: (operation: string) =>
    awsError('AccessDenied', `Cannot call ${operation} with session credentials`, 403),
  /** Verified for session tags (aws/containers-roadmap#2413: PackedPolicyTooLarge). */
  packedTagsTooLarge: (percent: number) =>
    awsError(
      'PackedPolicyTooLarge',
      `Packed size of session tags consumes ${percent}% of allotted space.`,
      400,
    ),
  /** Wording unverified (the session-policy counterpart of the tags message). */
  packedPolicyTooLarge: (percent: number) =>
    awsError(
      'PackedPolicyTooLarge',
      `Packed policy consumes ${percent}% of allotted space, please use smaller policy.`,
      400,
    ),
  /** A RoleArn that is not a role's ARN (the common transcript of a mistyped `role_arn`). */
  invalidArn: () => awsError('ValidationError', 'Request ARN is invalid', 400),
  rootCannotAssume: () => awsError('AccessDenied', 'Roles may not be assumed by root accounts.', 403),
} as const;
