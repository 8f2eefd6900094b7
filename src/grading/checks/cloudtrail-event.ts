import { z } from 'zod';
import type { TrailEvent } from '../../sim/cloudtrail/state.ts';
import { type CheckContext, checkSchema, type Verdict, verdict } from './types.ts';

/** `cloudtrail-event`: the event history holds a matching event (the learner really did the thing). */
export const cloudtrailEventSchema = checkSchema('cloudtrail-event', {
  eventName: z.string().min(1).describe('API name, e.g. AssumeRole'),
  eventSource: z.string().min(1).optional().describe('e.g. sts.amazonaws.com'),
  account: z
    .string()
    .regex(/^\d{12}$/)
    .optional()
    .describe('Account whose event history to search; the learner account by default'),
  username: z
    .string()
    .min(1)
    .optional()
    .describe(
      "Event history Username: the IAM user name, role session name or root; a federated caller's token sub or SAML NameID",
    ),
  sessionName: z.string().min(1).optional().describe('The caller was a role session of this name'),
  errorCode: z
    .string()
    .min(1)
    .optional()
    .describe('The call failed with this code, e.g. AccessDenied; absent = any outcome'),
  succeeded: z
    .boolean()
    .optional()
    .describe('true: the call succeeded (no error code); false: it failed; absent = any outcome'),
});

type Params = z.output<typeof cloudtrailEventSchema>;

/** Passes when an event matches every given field. */
export function cloudtrailEvent(params: Params, ctx: CheckContext): Verdict {
  const account = params.account ?? ctx.account;
  const events = ctx.world.state.cloudtrail.events.filter(
    (e) => e.recipientAccountId === account && e.eventName === params.eventName,
  );
  const match = events.find((e) => matches(e, params));
  const what = eventDescription(params);
  if (match) return verdict(true, `CloudTrail in account ${account} recorded ${what} at ${match.eventTime}`);
  const near =
    events.length === 0
      ? `no ${params.eventName} event at all`
      : `${events.length} ${params.eventName} event(s), none matching`;
  return verdict(false, `CloudTrail in account ${account} has no ${what}: ${near}`);
}

function matches(e: TrailEvent, p: Params): boolean {
  const identity = e.record.userIdentity as { type?: string; principalId?: string } | undefined;
  if (p.eventSource !== undefined && e.eventSource !== p.eventSource) return false;
  if (p.username !== undefined && e.username !== p.username) return false;
  if (
    p.sessionName !== undefined &&
    !(identity?.type === 'AssumedRole' && identity.principalId?.endsWith(`:${p.sessionName}`))
  )
    return false;
  if (p.errorCode !== undefined && e.record.errorCode !== p.errorCode) return false;
  if (p.succeeded !== undefined && (e.record.errorCode === undefined) !== p.succeeded) return false;
  return true;
}

function eventDescription(p: Params): string {
  const parts = [`${p.eventName} event`];
  if (p.username !== undefined) parts.push(`by ${p.username}`);
  if (p.sessionName !== undefined) parts.push(`from role session ${p.sessionName}`);
  if (p.errorCode !== undefined) parts.push(`failing with ${p.errorCode}`);
  if (p.succeeded !== undefined) parts.push(p.succeeded ? 'that succeeded' : 'that failed');
  return parts.join(' ');
}
