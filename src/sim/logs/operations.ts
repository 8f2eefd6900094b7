import type { Operation, OperationContext } from '../world/operation.ts';
import { groupArn, LOGS_REGION, logsAuthorize, streamResource } from './authorize.ts';
import { logsErrors } from './errors.ts';
import type { LogGroupRecord, LogStreamRecord } from './state.ts';

type P = {
  logGroupName: string;
  logStreamName: string;
  logGroupNamePrefix?: string;
  logStreamNamePrefix?: string;
  logStreamNames?: string[];
  logEvents: { timestamp: number; message: string }[];
  startTime?: number;
  endTime?: number;
  startFromHead?: boolean;
  limit?: number;
  filterPattern?: string;
};

const onGroup =
  (action: string): NonNullable<Operation['authorization']> =>
  (params, ctx) => ({ action, resource: streamResource(ctx, (params as P).logGroupName ?? '') });
const onStream =
  (action: string): NonNullable<Operation['authorization']> =>
  (params, ctx) => ({
    action,
    resource: streamResource(ctx, (params as P).logGroupName, (params as P).logStreamName),
  });

/** Wraps an operation so a denial is CloudWatch Logs' AccessDeniedException. */
function logsOp(authorization: NonNullable<Operation['authorization']>, run: Operation['run']): Operation {
  return {
    authorization: null,
    run(params, ctx) {
      return logsAuthorize(ctx, authorization(params, ctx)) ?? run(params, ctx);
    },
  };
}

const group = (ctx: OperationContext, name: string): LogGroupRecord | undefined =>
  ctx.account.logs.groups[name];
const bytes = (s: LogStreamRecord) => s.events.reduce((n, e) => n + e.message.length, 0);

/** The CloudWatch Logs operations the simulator implements, by API name. */
export const logsOperations: Readonly<Record<string, Operation>> = {
  CreateLogGroup: logsOp(onGroup('logs:CreateLogGroup'), (params, ctx) => {
    const p = params as P;
    if (group(ctx, p.logGroupName)) return logsErrors.groupExists();
    ctx.account.logs.groups[p.logGroupName] = {
      logGroupName: p.logGroupName,
      creationTime: ctx.now.getTime(),
      streams: {},
    };
    return {};
  }),
  DeleteLogGroup: logsOp(onGroup('logs:DeleteLogGroup'), (params, ctx) => {
    const p = params as P;
    if (!group(ctx, p.logGroupName)) return logsErrors.noGroup();
    delete ctx.account.logs.groups[p.logGroupName];
    return {};
  }),
  CreateLogStream: logsOp(onStream('logs:CreateLogStream'), (params, ctx) => {
    const p = params as P;
    const g = group(ctx, p.logGroupName);
    if (!g) return logsErrors.noGroup();
    if (g.streams[p.logStreamName]) return logsErrors.streamExists();
    g.streams[p.logStreamName] = {
      logStreamName: p.logStreamName,
      creationTime: ctx.now.getTime(),
      events: [],
    };
    return {};
  }),
  PutLogEvents: logsOp(onStream('logs:PutLogEvents'), (params, ctx) => {
    const p = params as P;
    const g = group(ctx, p.logGroupName);
    if (!g) return logsErrors.noGroup();
    const s = g.streams[p.logStreamName];
    if (!s) return logsErrors.noStream();
    for (const e of p.logEvents)
      s.events.push({ timestamp: e.timestamp, message: e.message, ingestionTime: ctx.now.getTime() });
    s.events.sort((a, b) => a.timestamp - b.timestamp);
    return { nextSequenceToken: String(s.events.length).padStart(56, '4') };
  }),
  // Resource for Describe* on all groups: wording unverified.
  DescribeLogGroups: logsOp(
    (_params, ctx) => ({ action: 'logs:DescribeLogGroups', resource: streamResource(ctx, '') }),
    (params, ctx) => {
      const prefix = (params as P).logGroupNamePrefix ?? '';
      const groups = Object.values(ctx.account.logs.groups)
        .filter((g) => g.logGroupName.startsWith(prefix))
        .sort((a, b) => (a.logGroupName < b.logGroupName ? -1 : 1));
      return {
        logGroups: groups.map((g) => ({
          logGroupName: g.logGroupName,
          creationTime: g.creationTime,
          metricFilterCount: 0,
          arn: `${groupArn(ctx, g.logGroupName)}:*`,
          storedBytes: Object.values(g.streams).reduce((n, s) => n + bytes(s), 0),
          logGroupClass: 'STANDARD',
          logGroupArn: groupArn(ctx, g.logGroupName),
        })),
      };
    },
  ),
  DescribeLogStreams: logsOp(onGroup('logs:DescribeLogStreams'), (params, ctx) => {
    const p = params as P;
    const g = group(ctx, p.logGroupName);
    if (!g) return logsErrors.noGroup();
    const prefix = p.logStreamNamePrefix ?? '';
    const streams = Object.values(g.streams)
      .filter((s) => s.logStreamName.startsWith(prefix))
      .sort((a, b) => (a.logStreamName < b.logStreamName ? -1 : 1));
    return {
      logStreams: streams.map((s) => ({
        logStreamName: s.logStreamName,
        creationTime: s.creationTime,
        ...(s.events.length > 0
          ? {
              firstEventTimestamp: s.events[0]?.timestamp,
              lastEventTimestamp: s.events.at(-1)?.timestamp,
              lastIngestionTime: s.events.at(-1)?.ingestionTime,
            }
          : {}),
        arn: `arn:aws:logs:${LOGS_REGION}:${ctx.account.id}:log-group:${g.logGroupName}:log-stream:${s.logStreamName}`,
        storedBytes: 0,
      })),
    };
  }),
  GetLogEvents: logsOp(onStream('logs:GetLogEvents'), (params, ctx) => {
    const p = params as P;
    const g = group(ctx, p.logGroupName);
    if (!g) return logsErrors.noGroup();
    const s = g.streams[p.logStreamName];
    if (!s) return logsErrors.noStream();
    const inRange = s.events.filter((e) => inWindow(e.timestamp, p));
    const limited = p.startFromHead ? inRange.slice(0, p.limit) : inRange.slice(-(p.limit ?? 10000));
    return {
      events: limited.map((e) => ({ ...e })),
      nextForwardToken: `f/${String(inRange.length).padStart(56, '0')}/s`,
      nextBackwardToken: `b/${'0'.repeat(56)}/s`,
    };
  }),
  FilterLogEvents: logsOp(onGroup('logs:FilterLogEvents'), (params, ctx) => {
    const p = params as P;
    const g = group(ctx, p.logGroupName);
    if (!g) return logsErrors.noGroup();
    const terms = (p.filterPattern ?? '')
      .split(/\s+/)
      .filter((t) => t.length > 0)
      .map((t) => t.replace(/^"|"$/g, ''));
    const events = Object.values(g.streams)
      .filter((s) => (p.logStreamNames ?? [s.logStreamName]).includes(s.logStreamName))
      .filter((s) => s.logStreamName.startsWith(p.logStreamNamePrefix ?? ''))
      .flatMap((s) =>
        s.events
          .filter((e) => inWindow(e.timestamp, p) && terms.every((t) => e.message.includes(t)))
          .map((e, i) => ({
            logStreamName: s.logStreamName,
            timestamp: e.timestamp,
            message: e.message,
            ingestionTime: e.ingestionTime,
            eventId: `${e.timestamp}${String(i).padStart(40, '0')}`,
          })),
      )
      .sort((a, b) => a.timestamp - b.timestamp)
      .slice(0, p.limit ?? 10000);
    return { events, searchedLogStreams: [] };
  }),
};

function inWindow(t: number, p: P): boolean {
  return (p.startTime === undefined || t >= p.startTime) && (p.endTime === undefined || t < p.endTime);
}
