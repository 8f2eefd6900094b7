import type { AccountState, WorldState } from '../world/state.ts';
import type { BucketRecord } from './state.ts';

/** The bucket's ARN: S3 ARNs have no Region or account. */
export function bucketArn(bucket: string): string {
  return `arn:aws:s3:::${bucket}`;
}

/** An object's ARN. */
export function objectArn(bucket: string, key: string): string {
  return `arn:aws:s3:::${bucket}/${key}`;
}

/** A bucket and the account that owns it. */
export interface OwnedBucket {
  readonly bucket: BucketRecord;
  readonly owner: AccountState;
}

/** Finds a bucket by name in any account (names are global). */
export function findBucket(state: WorldState, name: string): OwnedBucket | null {
  for (const owner of Object.values(state.accounts)) {
    const bucket = owner.s3.buckets[name];
    if (bucket) return { bucket, owner };
  }
  return null;
}

/**
 * General purpose bucket naming rules (S3 User Guide, "Bucket naming rules"): 3–63 characters of lower-case
 * letters, digits, dots and hyphens; begins and ends with a letter or digit; no two adjacent dots; not an IP
 * address; not the reserved prefixes `xn--`, `sthree-`, `amzn-s3-demo-` nor suffixes `-s3alias`, `--ol-s3`,
 * `.mrap`, `--x-s3`, `--table-s3`.
 */
export function validBucketName(name: string): boolean {
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(name)) return false;
  if (name.includes('..') || /^\d+\.\d+\.\d+\.\d+$/.test(name)) return false;
  if (['xn--', 'sthree-', 'amzn-s3-demo-'].some((p) => name.startsWith(p))) return false;
  return !['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3'].some((s) => name.endsWith(s));
}
