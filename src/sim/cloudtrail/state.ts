/** CloudTrail across all accounts: the event history LookupEvents reads, and the declared trails. JSON-safe. */
export interface CloudTrailState {
  /** Recorded management events, oldest first; each belongs to one account (`recipientAccountId`). */
  readonly events: TrailEvent[];
  /** Trails by account (DescribeTrails); the scenario declares them. */
  readonly trails: TrailRecord[];
}

/** One event as the event history keeps it: LookupEvents' summary fields plus the full record. */
export interface TrailEvent {
  readonly eventId: string;
  readonly eventName: string;
  /** ISO time (whole seconds, `Z`). */
  readonly eventTime: string;
  readonly eventSource: string;
  /** The account whose history holds the event. */
  readonly recipientAccountId: string;
  readonly username: string;
  /** Access key the caller signed with ('' for graders' principal callers). */
  readonly accessKeyId: string;
  readonly readOnly: boolean;
  readonly resources: { ResourceType: string; ResourceName: string }[];
  /** The CloudTrail record (`CloudTrailEvent` is its JSON text). */
  readonly record: Record<string, unknown>;
}

/** A trail (only what DescribeTrails shows; the simulator delivers no log files). */
export interface TrailRecord {
  readonly accountId: string;
  readonly name: string;
  readonly s3BucketName: string;
  readonly isMultiRegionTrail: boolean;
  readonly isOrganizationTrail: boolean;
}

/** CloudTrail state of a new world. */
export function emptyCloudTrailState(): CloudTrailState {
  return { events: [], trails: [] };
}
