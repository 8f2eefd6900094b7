import { awsError } from '../aws-error.ts';
import type { Operation, OperationContext, Params } from '../world/operation.ts';
import { authorizeS3 } from './access.ts';
import { checkBucketPolicy } from './bucket-policy-check.ts';
import { bucketArn, type OwnedBucket } from './buckets.ts';
import { s3Errors } from './errors.ts';
import { failed, requireBucket } from './lookup.ts';

type P = { Bucket: string; Policy?: string; Tagging?: { TagSet: { Key: string; Value: string }[] } };

/** Finds the bucket and authorizes `action` on it; bucket configuration belongs to the owner account. */
function onBucket(
  ctx: OperationContext,
  params: Params,
  action: string,
): OwnedBucket | ReturnType<typeof s3Errors.noSuchBucket> {
  const name = (params as P).Bucket;
  const target = requireBucket(ctx, name);
  if (failed(target)) return target;
  const denied = authorizeS3(ctx, { action, resource: bucketArn(name), target });
  if (denied) return denied;
  // Callers outside the owner account are refused even when policies allow (PutBucketPolicy API reference).
  if (action.endsWith('BucketPolicy') && target.owner.id !== ctx.principal.accountId)
    return s3Errors.methodNotAllowed();
  return target;
}

/** PutBucketPolicy: validated as S3 does (`MalformedPolicy`), then replaces the bucket policy. */
export const putBucketPolicy: Operation = {
  authorization: null,
  run(params, ctx) {
    const target = onBucket(ctx, params, 's3:PutBucketPolicy');
    if (failed(target)) return target;
    const text = (params as P).Policy ?? '';
    const bad = checkBucketPolicy(ctx.state, target.bucket.name, text);
    if (bad) return bad;
    target.bucket.policy = text;
    return {};
  },
};

/** GetBucketPolicy: the policy text, or `NoSuchBucketPolicy`. */
export const getBucketPolicy: Operation = {
  authorization: null,
  run(params, ctx) {
    const target = onBucket(ctx, params, 's3:GetBucketPolicy');
    if (failed(target)) return target;
    return target.bucket.policy === null ? s3Errors.noSuchBucketPolicy() : { Policy: target.bucket.policy };
  },
};

/** DeleteBucketPolicy: removes the policy; succeeds when there is none. */
export const deleteBucketPolicy: Operation = {
  authorization: null,
  run(params, ctx) {
    const target = onBucket(ctx, params, 's3:DeleteBucketPolicy');
    if (failed(target)) return target;
    target.bucket.policy = null;
    return {};
  },
};

/** PutBucketTagging: replaces the whole tag set. */
export const putBucketTagging: Operation = {
  authorization: null,
  run(params, ctx) {
    const target = onBucket(ctx, params, 's3:PutBucketTagging');
    if (failed(target)) return target;
    const tags = (params as P).Tagging?.TagSet ?? [];
    const keys = tags.map((t) => t.Key);
    // wording unverified: S3's InvalidTag messages.
    if (new Set(keys).size !== keys.length)
      return awsError('InvalidTag', 'Cannot provide multiple Tags with the same key', 400);
    if (keys.some((k) => k.toLowerCase().startsWith('aws:')))
      return awsError('InvalidTag', 'System tags cannot be added/updated by requester', 400);
    target.bucket.tags = tags.map((t) => ({ Key: t.Key, Value: t.Value }));
    return {};
  },
};

/** GetBucketTagging: the tag set, or `NoSuchTagSet`. */
export const getBucketTagging: Operation = {
  authorization: null,
  run(params, ctx) {
    const target = onBucket(ctx, params, 's3:GetBucketTagging');
    if (failed(target)) return target;
    const tags = target.bucket.tags;
    return tags === null ? s3Errors.noSuchTagSet() : { TagSet: tags.map((t) => ({ ...t })) };
  },
};
