import type { AwsError } from '../aws-error.ts';
import type { OperationContext } from '../world/operation.ts';
import { utf8 } from './body.ts';
import { findBucket, type OwnedBucket } from './buckets.ts';
import { s3Errors } from './errors.ts';
import { md5Hex } from './md5.ts';

/** The named bucket, or NoSuchBucket (S3 answers 404 for a missing bucket before it checks permissions). */
export function requireBucket(ctx: OperationContext, name: string): OwnedBucket | AwsError {
  return findBucket(ctx.state, name) ?? s3Errors.noSuchBucket();
}

/** Narrows a lookup result to the error. */
export function failed<T extends object>(value: T | AwsError): value is AwsError {
  return 'kind' in value && value.kind === 'AwsError';
}

/**
 * An account's S3 canonical user ID (64 hex digits, what `Owner.ID` shows). AWS's are opaque; the simulator derives
 * a stable one from the account id.
 */
export function canonicalUserId(accountId: string): string {
  return md5Hex(utf8(`canonical:${accountId}`)) + md5Hex(utf8(`user:${accountId}`));
}
