/**
 * An AWS service error as a value: `code` is AWS's error code and `message` copies AWS word for word.
 * The `aws` CLI front is the one place that prints it (`An error occurred (Code) when calling ...`).
 */
export interface AwsError {
  readonly kind: 'AwsError';
  /** AWS error code, e.g. `MalformedPolicyDocument`, `NoSuchEntity`, `AccessDenied`. */
  readonly code: string;
  /** The message exactly as AWS prints it. */
  readonly message: string;
  /** HTTP status AWS answers with (400 for most client errors, 403 for access denied, 404 for not found). */
  readonly status: number;
}

/** Builds an AwsError value. */
export function awsError(code: string, message: string, status = 400): AwsError {
  return { kind: 'AwsError', code, message, status };
}

/** Narrows a result to an AwsError. */
export function isAwsError(value: unknown): value is AwsError {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'AwsError';
}
