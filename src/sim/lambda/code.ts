import { type AwsError, awsError } from '../aws-error.ts';
import { sha256 } from '../iam/hmac.ts';
import { findBucket } from '../s3/buckets.ts';
import type { WorldState } from '../world/state.ts';
import { base64Bytes, fromBase64 } from './base64.ts';

/** What Lambda reports about a deployment package. */
export interface CodeDigest {
  /** The package's size in bytes. */
  readonly codeSize: number;
  /** Base64 of the SHA-256 of the package's bytes. */
  readonly codeSha256: string;
}

/** Where a request's package comes from: `Code` of CreateFunction, or the top level of UpdateFunctionCode. */
export interface CodeSource {
  /** The .zip bytes, or base64 text as the JSON API carries a blob. */
  readonly ZipFile?: unknown;
  readonly S3Bucket?: string;
  readonly S3Key?: string;
}

/** The size and hash of the package `source` names: its ZipFile, or an object in the world's S3. */
export function codeDigest(state: WorldState, source: CodeSource | undefined): CodeDigest | AwsError {
  const bytes = packageBytes(state, source ?? {});
  if (!(bytes instanceof Uint8Array)) return bytes;
  return { codeSize: bytes.length, codeSha256: base64Bytes(sha256.digest(bytes)) };
}

function packageBytes(state: WorldState, source: CodeSource): Uint8Array | AwsError {
  const zip = source.ZipFile;
  if (zip instanceof Uint8Array) return zip;
  if (typeof zip === 'string') return fromBase64(zip);
  if (source.S3Bucket === undefined || source.S3Key === undefined)
    // wording unverified
    return awsError('InvalidParameterValueException', 'Please provide a source for function code.');
  const found = findBucket(state, source.S3Bucket);
  if (!found)
    // wording from moto's Lambda model
    return getObjectError('NoSuchBucket', 'The specified bucket does not exist');
  const object = found.bucket.objects[source.S3Key];
  if (!object) return getObjectError('NoSuchKey', 'The specified key does not exist.');
  return fromBase64(object.body);
}

function getObjectError(code: string, message: string): AwsError {
  return awsError(
    'InvalidParameterValueException',
    `Error occurred while GetObject. S3 Error Code: ${code}. S3 Error Message: ${message}`,
  );
}
