import type { AwsError } from '../aws-error.ts';
import type { Operation, OperationContext } from '../world/operation.ts';
import { authorizeS3 } from './access.ts';
import { bodyBytes, fromBase64, toBase64 } from './body.ts';
import { bucketArn, type OwnedBucket, objectArn } from './buckets.ts';
import { s3Errors } from './errors.ts';
import { failed, requireBucket } from './lookup.ts';
import { md5Hex } from './md5.ts';
import type { ObjectRecord } from './state.ts';

type P = {
  Bucket: string;
  Key: string;
  Body?: unknown;
  ACL?: string;
  ContentType?: string;
  Metadata?: Record<string, string>;
  CopySource?: string;
  MetadataDirective?: 'COPY' | 'REPLACE';
};

/** S3's content type for objects stored without one. */
const DEFAULT_CONTENT_TYPE = 'binary/octet-stream';
/** New objects are encrypted with SSE-S3 by default since January 2023 (S3 User Guide, default encryption). */
const SSE = { ServerSideEncryption: 'AES256' } as const;

/** Stores an object record built from bytes. */
export function storeObject(
  target: OwnedBucket,
  key: string,
  bytes: Uint8Array,
  when: string,
  contentType = DEFAULT_CONTENT_TYPE,
  metadata: Record<string, string> = {},
): ObjectRecord {
  const record: ObjectRecord = {
    key,
    body: toBase64(bytes),
    size: bytes.length,
    etag: `"${md5Hex(bytes)}"`,
    lastModified: when,
    contentType,
    metadata: Object.fromEntries(Object.entries(metadata).map(([k, v]) => [k.toLowerCase(), v])),
  };
  target.bucket.objects[key] = record;
  return record;
}

/** PutObject: stores the Body (string or bytes); ETag is the MD5 in quotes. */
export const putObject: Operation = {
  authorization: null,
  run(params, ctx) {
    const p = params as P;
    const target = requireBucket(ctx, p.Bucket);
    if (failed(target)) return target;
    const denied = authorizeS3(ctx, {
      action: 's3:PutObject',
      resource: objectArn(p.Bucket, p.Key),
      target,
      ...(p.ACL === undefined ? {} : { context: { 's3:x-amz-acl': p.ACL } }),
    });
    if (denied) return denied;
    const record = storeObject(target, p.Key, bodyBytes(p.Body), ctx.timestamp, p.ContentType, p.Metadata);
    return { ETag: record.etag, ...SSE };
  },
};

/**
 * Finds an object the caller may read. A missing key is NoSuchKey only for callers who may also list the bucket;
 * others get 403 (GetObject API reference), so a learner cannot probe for keys.
 */
function readable(ctx: OperationContext, p: P, head: boolean): ObjectRecord | AwsError {
  const target = requireBucket(ctx, p.Bucket);
  if (failed(target)) return head ? s3Errors.head(404) : target;
  const denied = authorizeS3(
    ctx,
    { action: 's3:GetObject', resource: objectArn(p.Bucket, p.Key), target },
    head,
  );
  if (denied) return denied;
  const record = target.bucket.objects[p.Key];
  if (record) return record;
  const list = authorizeS3(ctx, { action: 's3:ListBucket', resource: bucketArn(p.Bucket), target }, true);
  if (list) return head ? list : s3Errors.accessDenied(); // wording unverified: the message of this 403
  return head ? s3Errors.head(404) : s3Errors.noSuchKey();
}

function objectHeaders(record: ObjectRecord) {
  return {
    AcceptRanges: 'bytes',
    LastModified: record.lastModified,
    ContentLength: record.size,
    ETag: record.etag,
    ContentType: record.contentType,
    ...SSE,
    Metadata: { ...record.metadata },
  };
}

/** GetObject: the object's bytes (`Body`, a Uint8Array) and headers. */
export const getObject: Operation = {
  authorization: null,
  run(params, ctx) {
    const record = readable(ctx, params as P, false);
    if (failed(record)) return record;
    return { Body: fromBase64(record.body), ...objectHeaders(record) };
  },
};

/** HeadObject: GetObject's headers without the body; errors are bare HTTP statuses. */
export const headObject: Operation = {
  authorization: null,
  run(params, ctx) {
    const record = readable(ctx, params as P, true);
    return failed(record) ? record : objectHeaders(record);
  },
};

/** DeleteObject: succeeds whether or not the key exists (no versioning). */
export const deleteObject: Operation = {
  authorization: null,
  run(params, ctx) {
    const p = params as P;
    const target = requireBucket(ctx, p.Bucket);
    if (failed(target)) return target;
    const denied = authorizeS3(ctx, {
      action: 's3:DeleteObject',
      resource: objectArn(p.Bucket, p.Key),
      target,
    });
    if (denied) return denied;
    delete target.bucket.objects[p.Key];
    return {};
  },
};

/** CopyObject: `CopySource` is `bucket/key` (URL-encoded, optional leading slash); needs GetObject on the source. */
export const copyObject: Operation = {
  authorization: null,
  run(params, ctx) {
    const p = params as P;
    const source = decodeURIComponent((p.CopySource ?? '').replace(/^\//, '').replace(/\?.*$/, ''));
    const slash = source.indexOf('/');
    const from = { ...p, Bucket: source.slice(0, slash), Key: source.slice(slash + 1) };
    const target = requireBucket(ctx, p.Bucket);
    if (failed(target)) return target;
    const original = readable(ctx, from, false);
    if (failed(original)) return original;
    const denied = authorizeS3(ctx, {
      action: 's3:PutObject',
      resource: objectArn(p.Bucket, p.Key),
      target,
      ...(p.ACL === undefined ? {} : { context: { 's3:x-amz-acl': p.ACL } }),
    });
    if (denied) return denied;
    const replace = p.MetadataDirective === 'REPLACE';
    if (from.Bucket === p.Bucket && from.Key === p.Key && !replace) return s3Errors.copyToItself();
    const record = storeObject(
      target,
      p.Key,
      fromBase64(original.body),
      ctx.timestamp,
      replace ? p.ContentType : original.contentType,
      replace ? p.Metadata : original.metadata,
    );
    return { CopyObjectResult: { ETag: record.etag, LastModified: record.lastModified }, ...SSE };
  },
};
