import type { Operation, OperationContext, Params } from '../world/operation.ts';
import { authorizeS3 } from './access.ts';
import { fromBase64, fromUtf8, toBase64, utf8 } from './body.ts';
import { bucketArn } from './buckets.ts';
import { canonicalUserId, failed, requireBucket } from './lookup.ts';
import type { ObjectRecord } from './state.ts';

type P = {
  Bucket: string;
  Prefix?: string;
  Delimiter?: string;
  MaxKeys?: number;
  ContinuationToken?: string;
  StartAfter?: string;
  Marker?: string;
  FetchOwner?: boolean;
  EncodingType?: string;
};

/** One page of a listing: objects and rolled-up common prefixes, in key order. */
interface Page {
  readonly contents: ObjectRecord[];
  readonly prefixes: string[];
  /** The last entry returned when more remain, else null. */
  readonly next: string | null;
}

/** Lists keys after `after` under `prefix`, rolling keys up to the first `delimiter` after the prefix. */
function listPage(objects: Record<string, ObjectRecord>, p: P, after: string, max: number): Page {
  const prefix = p.Prefix ?? '';
  const contents: ObjectRecord[] = [];
  const prefixes: string[] = [];
  let last: string | null = null;
  const keys = Object.keys(objects)
    .filter((k) => k.startsWith(prefix))
    .sort();
  for (const key of keys) {
    const cut = p.Delimiter ? key.indexOf(p.Delimiter, prefix.length) : -1;
    const entry = cut >= 0 ? key.slice(0, cut + (p.Delimiter?.length ?? 0)) : key;
    if (entry <= after || entry === last) continue;
    if (contents.length + prefixes.length >= max) return { contents, prefixes, next: last };
    if (cut >= 0) prefixes.push(entry);
    else contents.push(objects[key] as ObjectRecord);
    last = entry;
  }
  return { contents, prefixes, next: null };
}

/** The request keys S3 adds for s3:ListBucket: only those the request carries. */
function listContext(p: P): Record<string, string> {
  const context: Record<string, string> = {};
  if (p.Prefix !== undefined) context['s3:prefix'] = p.Prefix;
  if (p.Delimiter !== undefined) context['s3:delimiter'] = p.Delimiter;
  if (p.MaxKeys !== undefined) context['s3:max-keys'] = String(p.MaxKeys);
  return context;
}

function run(params: Params, ctx: OperationContext, version: 1 | 2) {
  const p = params as P;
  const target = requireBucket(ctx, p.Bucket);
  if (failed(target)) return target;
  const denied = authorizeS3(ctx, {
    action: 's3:ListBucket',
    resource: bucketArn(p.Bucket),
    target,
    context: listContext(p),
  });
  if (denied) return denied;
  const max = p.MaxKeys ?? 1000;
  const token = p.ContinuationToken ? fromUtf8(fromBase64(p.ContinuationToken)) : null;
  const after = version === 1 ? (p.Marker ?? '') : (token ?? p.StartAfter ?? '');
  const page = listPage(target.bucket.objects, p, after, max);
  const owner = { ID: canonicalUserId(target.owner.id) };
  const withOwner = version === 1 || p.FetchOwner === true;
  const contents = page.contents.map((o) => ({
    Key: o.key,
    LastModified: o.lastModified,
    ETag: o.etag,
    Size: o.size,
    StorageClass: 'STANDARD',
    ...(withOwner ? { Owner: owner } : {}),
  }));
  const common = {
    IsTruncated: page.next !== null,
    ...(contents.length > 0 ? { Contents: contents } : {}),
    Name: p.Bucket,
    Prefix: p.Prefix ?? '',
    ...(p.Delimiter === undefined ? {} : { Delimiter: p.Delimiter }),
    MaxKeys: max,
    ...(page.prefixes.length > 0 ? { CommonPrefixes: page.prefixes.map((x) => ({ Prefix: x })) } : {}),
    ...(p.EncodingType === undefined ? {} : { EncodingType: p.EncodingType }),
  };
  if (version === 1) {
    // S3 returns NextMarker only when a delimiter is given; without one the last key is the next marker.
    const nextMarker = page.next !== null && p.Delimiter !== undefined ? { NextMarker: page.next } : {};
    return { ...common, Marker: p.Marker ?? '', ...nextMarker };
  }
  return {
    ...common,
    KeyCount: contents.length + page.prefixes.length,
    ...(p.ContinuationToken === undefined ? {} : { ContinuationToken: p.ContinuationToken }),
    ...(page.next === null ? {} : { NextContinuationToken: toBase64(utf8(page.next)) }),
    ...(p.StartAfter === undefined ? {} : { StartAfter: p.StartAfter }),
  };
}

/** ListObjectsV2: s3:ListBucket with s3:prefix / s3:delimiter / s3:max-keys; KeyCount; continuation tokens. */
export const listObjectsV2: Operation = { authorization: null, run: (params, ctx) => run(params, ctx, 2) };

/** ListObjects (v1): Marker / NextMarker paging; always shows each object's Owner. */
export const listObjects: Operation = { authorization: null, run: (params, ctx) => run(params, ctx, 1) };
