import type { Operation } from '../world/operation.ts';
import { describeTrails } from './describe-trails.ts';
import { lookupEvents } from './lookup-events.ts';

/** The CloudTrail operations the simulator implements, by API name. */
export const cloudtrailOperations: Readonly<Record<string, Operation>> = {
  LookupEvents: lookupEvents,
  DescribeTrails: describeTrails,
};
