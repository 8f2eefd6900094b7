/**
 * The S3 state of one account: its buckets by name. Bucket names are global across accounts, but each bucket is
 * kept in its owner account. Plain JSON-safe data (see WorldState).
 */
export interface S3State {
  readonly buckets: Record<string, BucketRecord>;
}

/** One bucket. */
export interface BucketRecord {
  readonly name: string;
  /** Region the bucket lives in (`us-east-1` unless CreateBucket named another). */
  readonly region: string;
  /** ISO time of creation (whole seconds, `Z`). */
  readonly creationDate: string;
  /** Bucket policy text, or null when none is set. */
  policy: string | null;
  /** The bucket's tag set, or null when none is set (GetBucketTagging → NoSuchTagSet). */
  tags: { Key: string; Value: string }[] | null;
  /** Objects by key. */
  readonly objects: Record<string, ObjectRecord>;
}

/** One object (no versioning). */
export interface ObjectRecord {
  readonly key: string;
  /** The bytes, base64-encoded (keeps the state JSON-safe). */
  readonly body: string;
  readonly size: number;
  /** MD5 of the bytes in hex, in double quotes, as S3 returns single-part ETags. */
  readonly etag: string;
  /** ISO time of the last write. */
  readonly lastModified: string;
  readonly contentType: string;
  /** User metadata (`x-amz-meta-*`), lower-cased keys. */
  readonly metadata: Record<string, string>;
}

/** The S3 state of a new account. */
export function emptyS3State(): S3State {
  return { buckets: {} };
}
