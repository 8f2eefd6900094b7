import type { Operation } from '../world/operation.ts';
import { authorizeS3 } from './access.ts';
import { bucketArn, findBucket, validBucketName } from './buckets.ts';
import { s3Errors } from './errors.ts';
import { canonicalUserId, failed, requireBucket } from './lookup.ts';
import type { BucketRecord } from './state.ts';

type P = {
  Bucket: string;
  ACL?: string;
  CreateBucketConfiguration?: { LocationConstraint?: string; Tags?: { Key: string; Value: string }[] };
  Prefix?: string;
};

/** The Region requests are sent to (the sandbox's default, `us-east-1`). */
export const DEFAULT_REGION = 'us-east-1';

/**
 * CreateBucket: a valid, globally unused name (`InvalidBucketName`, `BucketAlreadyExists`). Re-creating a bucket
 * you own is `BucketAlreadyOwnedByYou`, except in us-east-1 where S3 answers 200 for legacy compatibility
 * (CreateBucket API reference).
 */
export const createBucket: Operation = {
  authorization: null,
  run(params, ctx) {
    const p = params as P;
    if (!validBucketName(p.Bucket)) return s3Errors.invalidBucketName();
    const denied = authorizeS3(ctx, {
      action: 's3:CreateBucket',
      resource: bucketArn(p.Bucket),
      target: null,
      ...(p.ACL === undefined ? {} : { context: { 's3:x-amz-acl': p.ACL } }),
    });
    if (denied) return denied;
    const constraint = p.CreateBucketConfiguration?.LocationConstraint;
    if (constraint === DEFAULT_REGION) return s3Errors.invalidLocation();
    const region = constraint === undefined ? DEFAULT_REGION : constraint === 'EU' ? 'eu-west-1' : constraint;
    const location = region === DEFAULT_REGION ? `/${p.Bucket}` : `http://${p.Bucket}.s3.amazonaws.com/`;
    const existing = findBucket(ctx.state, p.Bucket);
    if (existing) {
      if (existing.owner.id !== ctx.account.id) return s3Errors.bucketExists();
      if (existing.bucket.region === DEFAULT_REGION && region === DEFAULT_REGION)
        return { Location: location };
      return s3Errors.bucketOwnedByYou();
    }
    const bucket: BucketRecord = {
      name: p.Bucket,
      region,
      creationDate: ctx.timestamp,
      policy: null,
      tags: p.CreateBucketConfiguration?.Tags?.map((t) => ({ Key: t.Key, Value: t.Value })) ?? null,
      objects: {},
    };
    ctx.account.s3.buckets[p.Bucket] = bucket;
    return { Location: location };
  },
};

/** DeleteBucket: only an empty bucket (`BucketNotEmpty`). */
export const deleteBucket: Operation = {
  authorization: null,
  run(params, ctx) {
    const name = (params as P).Bucket;
    const target = requireBucket(ctx, name);
    if (failed(target)) return target;
    const denied = authorizeS3(ctx, { action: 's3:DeleteBucket', resource: bucketArn(name), target });
    if (denied) return denied;
    if (Object.keys(target.bucket.objects).length > 0) return s3Errors.bucketNotEmpty();
    delete target.owner.s3.buckets[name];
    return {};
  },
};

/** HeadBucket: needs s3:ListBucket; answers with the bucket's Region, errors as bare HTTP statuses. */
export const headBucket: Operation = {
  authorization: null,
  run(params, ctx) {
    const name = (params as P).Bucket;
    const target = findBucket(ctx.state, name);
    if (!target) return s3Errors.head(404);
    const denied = authorizeS3(ctx, { action: 's3:ListBucket', resource: bucketArn(name), target }, true);
    if (denied) return denied;
    return { BucketRegion: target.bucket.region, AccessPointAlias: false };
  },
};

/** ListBuckets: the caller's account's buckets, by name, with the owner's canonical id (s3:ListAllMyBuckets). */
export const listBuckets: Operation = {
  authorization: null,
  run(params, ctx) {
    const denied = authorizeS3(ctx, { action: 's3:ListAllMyBuckets', resource: '*', target: null });
    if (denied) return denied;
    const prefix = (params as P).Prefix ?? '';
    const buckets = Object.values(ctx.account.s3.buckets)
      .filter((b) => b.name.startsWith(prefix))
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .map((b) => ({ Name: b.name, CreationDate: b.creationDate, BucketRegion: b.region }));
    return {
      Buckets: buckets,
      Owner: { ID: canonicalUserId(ctx.account.id) },
      ...((params as P).Prefix === undefined ? {} : { Prefix: prefix }),
    };
  },
};

/**
 * GetBucketLocation: `LocationConstraint` is null for us-east-1. Only the bucket owner may call it (GetBucketLocation
 * API reference); others get AccessDenied even with permission.
 */
export const getBucketLocation: Operation = {
  authorization: null,
  run(params, ctx) {
    const name = (params as P).Bucket;
    const target = requireBucket(ctx, name);
    if (failed(target)) return target;
    const denied = authorizeS3(ctx, { action: 's3:GetBucketLocation', resource: bucketArn(name), target });
    if (denied) return denied;
    // wording unverified: S3's answer to a non-owner.
    if (target.owner.id !== ctx.principal.accountId) return s3Errors.accessDenied();
    const region = target.bucket.region;
    return { LocationConstraint: region === DEFAULT_REGION ? null : region };
  },
};
