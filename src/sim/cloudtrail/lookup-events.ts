import { awsError } from '../aws-error.ts';
import type { Operation } from '../world/operation.ts';
import type { TrailEvent } from './state.ts';

type P = {
  LookupAttributes?: { AttributeKey: string; AttributeValue: string }[];
  StartTime?: unknown;
  EndTime?: unknown;
  MaxResults?: number;
  NextToken?: string;
};

/** Event history keeps 90 days. */
const HISTORY_MS = 90 * 24 * 3600 * 1000;

/** How each lookup attribute matches an event. */
const MATCHERS: Readonly<Record<string, (e: TrailEvent, v: string) => boolean>> = {
  EventId: (e, v) => e.eventId === v,
  EventName: (e, v) => e.eventName === v,
  Username: (e, v) => e.username === v,
  EventSource: (e, v) => e.eventSource === v,
  AccessKeyId: (e, v) => e.accessKeyId === v,
  ReadOnly: (e, v) => String(e.readOnly) === v,
  ResourceType: (e, v) => e.resources.some((r) => r.ResourceType === v),
  ResourceName: (e, v) => e.resources.some((r) => r.ResourceName === v),
};

/**
 * LookupEvents: the caller's account's management events, newest first, filtered by one lookup attribute and a time
 * range (default: the last 90 days), paged by MaxResults (≤ 50) and NextToken.
 */
export const lookupEvents: Operation = {
  authorization: () => ({ action: 'cloudtrail:LookupEvents', resource: '*' }),
  run(params, ctx) {
    const p = params as P;
    const attributes = p.LookupAttributes ?? [];
    // wording unverified: CloudTrail accepts one lookup attribute per request (LookupEvents API reference).
    if (attributes.length > 1)
      return awsError(
        'InvalidLookupAttributesException',
        'You cannot specify more than one lookup attribute.',
      );
    const end = p.EndTime === undefined ? ctx.now.getTime() : toMs(p.EndTime);
    const start = p.StartTime === undefined ? ctx.now.getTime() - HISTORY_MS : toMs(p.StartTime);
    if (start > end)
      return awsError('InvalidTimeRangeException', 'Start time must be earlier than end time.'); // wording unverified
    const match = attributes[0] ? MATCHERS[attributes[0].AttributeKey] : undefined;
    const value = attributes[0]?.AttributeValue ?? '';
    const events = ctx.state.cloudtrail.events
      .filter((e) => e.recipientAccountId === ctx.account.id)
      .filter((e) => Date.parse(e.eventTime) >= start && Date.parse(e.eventTime) <= end)
      .filter((e) => !match || match(e, value))
      .reverse();
    // The token names the next event, so events recorded between pages do not shift the listing.
    const offset = p.NextToken === undefined ? 0 : events.findIndex((e) => e.eventId === p.NextToken);
    // wording unverified
    if (offset < 0) return awsError('InvalidNextTokenException', 'Invalid NextToken.');
    const max = p.MaxResults ?? 50;
    const page = events.slice(offset, offset + max);
    const following = events[offset + max];
    const next = following ? { NextToken: following.eventId } : {};
    return { Events: page.map(view), ...next };
  },
};

function view(e: TrailEvent) {
  return {
    EventId: e.eventId,
    EventName: e.eventName,
    ReadOnly: String(e.readOnly),
    AccessKeyId: e.accessKeyId,
    EventTime: e.eventTime,
    EventSource: e.eventSource,
    Username: e.username,
    Resources: e.resources.map((r) => ({ ...r })),
    CloudTrailEvent: JSON.stringify(e.record),
  };
}

/** A timestamp parameter: ISO text, epoch seconds, or a Date. */
function toMs(value: unknown): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return value * 1000;
  if (typeof value === 'string') {
    const n = Number(value);
    return Number.isFinite(n) ? n * 1000 : Date.parse(value);
  }
  throw new Error(`unexpected timestamp ${String(value)}`);
}
