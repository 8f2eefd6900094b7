import { type AwsError, awsError } from '../aws-error.ts';
import type { Params } from '../world/operation.ts';

/** One page of a list, in IAM's shape: `IsTruncated` and, when truncated, the `Marker` for the next page. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly IsTruncated: boolean;
  readonly Marker?: string;
}

/** IAM's default page size when `MaxItems` is not given. */
const DEFAULT_MAX_ITEMS = 100;

/**
 * Pages `items` with `Marker`/`MaxItems`. The marker is the position of the next item, encoded so it looks opaque;
 * an unknown marker is an error.
 */
export function paginate<T>(items: readonly T[], params: Params): Page<T> | AwsError {
  const max = typeof params.MaxItems === 'number' ? params.MaxItems : DEFAULT_MAX_ITEMS;
  let start = 0;
  if (typeof params.Marker === 'string') {
    const decoded = decodeMarker(params.Marker);
    // Unverified wording.
    if (decoded === null || decoded > items.length) return awsError('InvalidInput', 'Invalid Marker.', 400);
    start = decoded;
  }
  const end = start + max;
  const page = items.slice(start, end);
  return end < items.length
    ? { items: page, IsTruncated: true, Marker: encodeMarker(end) }
    : { items: page, IsTruncated: false };
}

/** The list result members: the items under `key`, `IsTruncated`, and `Marker` when truncated. */
export function pageResult<T>(key: string, page: Page<T>): Record<string, unknown> {
  return page.Marker === undefined
    ? { [key]: page.items, IsTruncated: false }
    : { [key]: page.items, IsTruncated: true, Marker: page.Marker };
}

function encodeMarker(position: number): string {
  return `AAE${position.toString(36).toUpperCase().padStart(6, '0')}`;
}

function decodeMarker(marker: string): number | null {
  const match = /^AAE([0-9A-Z]{6})$/.exec(marker);
  return match?.[1] ? Number.parseInt(match[1], 36) : null;
}
