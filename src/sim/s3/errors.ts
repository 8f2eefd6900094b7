import { type AwsError, awsError } from '../aws-error.ts';

/**
 * S3's error values, messages word for word from S3 error responses quoted in public transcripts and S3-compatible
 * servers (MinIO, versitygw, moto); the unverified ones say so.
 */
export const s3Errors = {
  noSuchBucket: () => awsError('NoSuchBucket', 'The specified bucket does not exist', 404),
  noSuchKey: () => awsError('NoSuchKey', 'The specified key does not exist.', 404),
  bucketExists: () =>
    awsError(
      'BucketAlreadyExists',
      'The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again.',
      409,
    ),
  bucketOwnedByYou: () =>
    awsError(
      'BucketAlreadyOwnedByYou',
      'Your previous request to create the named bucket succeeded and you already own it.',
      409,
    ),
  invalidBucketName: () => awsError('InvalidBucketName', 'The specified bucket is not valid.', 400),
  bucketNotEmpty: () => awsError('BucketNotEmpty', 'The bucket you tried to delete is not empty', 409),
  noSuchBucketPolicy: () => awsError('NoSuchBucketPolicy', 'The bucket policy does not exist', 404),
  noSuchTagSet: () => awsError('NoSuchTagSet', 'The TagSet does not exist', 404),
  /** The bare denial S3 gives callers outside the bucket owner's account or organization. */
  accessDenied: () => awsError('AccessDenied', 'Access Denied', 403),
  copyToItself: () =>
    awsError(
      'InvalidRequest',
      "This copy request is illegal because it is trying to copy an object to itself without changing the object's metadata, storage class, website redirect location or encryption attributes.",
      400,
    ),
  malformedPolicy: (message: string) => awsError('MalformedPolicy', message, 400),
  /** Bucket-policy calls from outside the owner account (PutBucketPolicy API reference); wording unverified. */
  methodNotAllowed: () =>
    awsError('MethodNotAllowed', 'The specified method is not allowed against this resource.', 405),
  /** wording unverified (S3's message for a LocationConstraint naming the default Region). */
  invalidLocation: () =>
    awsError('InvalidLocationConstraint', 'The specified location-constraint is not valid', 400),
  /** HEAD responses carry no body: the CLI shows the status as the code and its reason phrase as the message. */
  head: (status: 400 | 403 | 404) =>
    awsError(String(status), { 400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found' }[status], status),
} as const satisfies Record<string, (...args: never[]) => AwsError>;
