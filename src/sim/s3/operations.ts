import type { Operation } from '../world/operation.ts';
import * as buckets from './bucket-ops.ts';
import * as settings from './bucket-settings.ts';
import { listObjects, listObjectsV2 } from './list-objects.ts';
import * as objects from './objects.ts';

/** The S3 operations the simulator implements, by API name. Each authorizes itself (bucket policy, S3's messages). */
export const s3Operations: Readonly<Record<string, Operation>> = {
  CreateBucket: buckets.createBucket,
  DeleteBucket: buckets.deleteBucket,
  HeadBucket: buckets.headBucket,
  ListBuckets: buckets.listBuckets,
  GetBucketLocation: buckets.getBucketLocation,
  ListObjectsV2: listObjectsV2,
  ListObjects: listObjects,
  PutObject: objects.putObject,
  GetObject: objects.getObject,
  HeadObject: objects.headObject,
  DeleteObject: objects.deleteObject,
  CopyObject: objects.copyObject,
  PutBucketPolicy: settings.putBucketPolicy,
  GetBucketPolicy: settings.getBucketPolicy,
  DeleteBucketPolicy: settings.deleteBucketPolicy,
  PutBucketTagging: settings.putBucketTagging,
  GetBucketTagging: settings.getBucketTagging,
};
