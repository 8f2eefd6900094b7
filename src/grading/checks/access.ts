import { z } from 'zod';
import { isAwsError } from '../../sim/aws-error.ts';
import { trustPolicyText } from '../../sim/iam/trust-principals.ts';
import type { EvalResult } from '../../sim/policy/index.ts';
import { findBucket } from '../../sim/s3/buckets.ts';
import { evaluateFor } from '../../sim/world/authorize.ts';
import { authenticate } from '../../sim/world/credentials.ts';
import type { Principal } from '../../sim/world/principal.ts';
import type { WorldState } from '../../sim/world/state.ts';
import { principalLabel, principalRef, resolvePrincipal } from './refs.ts';
import { contextKeys, requestContextSchema } from './request-context.ts';
import { roleSessionPrincipal, userPrincipal } from './subjects.ts';
import { type CheckContext, NO_CURRENT_CREDENTIALS } from './types.ts';

const policyDocument = z
  .union([z.string(), z.record(z.string(), z.unknown())])
  .transform((d) => (typeof d === 'string' ? d : JSON.stringify(d)));

/** Parameters shared by `allowed` and `denied`. */
export const accessShape = {
  principal: z.union([
    z
      .literal('current')
      .describe("The learner shell's current credentials, as they are (session policies included)"),
    principalRef.refine(
      (s) => !/^[a-z0-9.-]+\.amazonaws\.com/.test(s) && !/^(arn:aws:iam::)?\d{12}(:root)?$/.test(s),
      'allowed/denied ask as a user or a role session: a user/role ARN or user/NAME, role/NAME, or current',
    ),
  ]),
  session: z
    .strictObject({
      policy: policyDocument.optional().describe('Inline session policy (AssumeRole --policy)'),
      policyArns: z
        .array(z.string())
        .default([])
        .describe('Managed session policy ARNs (AssumeRole --policy-arns)'),
      tags: z.record(z.string(), z.string()).default({}).describe('Session tags (aws:PrincipalTag/KEY)'),
    })
    .optional()
    .describe('For a role principal: the session is created with these session policies and tags'),
  action: z
    .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
    .transform((a) => (typeof a === 'string' ? [a] : a))
    .describe('service:Action, or a list that must all be decided the same way'),
  resource: z.string().min(1).default('*').describe('Resource ARN (`*` for actions without one)'),
  context: requestContextSchema,
};

type AccessParams = z.output<z.ZodObject<typeof accessShape>>;

/** One action's answer. */
export interface AccessAnswer {
  readonly action: string;
  readonly result: EvalResult;
}

/** The identity asked about and the engine's answer for each action, or why it could not be asked. */
export type AccessOutcome =
  | { readonly who: string; readonly answers: readonly AccessAnswer[] }
  | { readonly who: string; readonly missing: string };

/**
 * Asks the engine as the world would: the principal's real effective policies (identity, boundary, session policies,
 * SCPs) plus the resource's own policy (a bucket policy, a role's trust policy for sts:* on a role).
 */
export function askAccess(params: AccessParams, ctx: CheckContext): AccessOutcome {
  const { state } = ctx.world;
  const now = ctx.world.clock.now();
  const asked = askedPrincipal(params, ctx);
  if ('missing' in asked) return asked;
  const { who, principal } = asked;
  const owner = resourceOwner(state, params.resource);
  const context = contextKeys(params.context);
  const answers = params.action.map((action) => ({
    action,
    result: evaluateFor(state, principal, now, {
      action,
      resource: params.resource,
      resourceAccount: owner.account ?? principal.accountId,
      resourcePolicy: resourcePolicy(state, action, params.resource),
      context,
    }),
  }));
  return { who, answers };
}

/** The principal a check asks as: a user, a hypothetical session of a role, or the learner's current credentials. */
function askedPrincipal(
  params: AccessParams,
  ctx: CheckContext,
):
  | { readonly who: string; readonly principal: Principal }
  | { readonly who: string; readonly missing: string } {
  const { state } = ctx.world;
  const now = ctx.world.clock.now();
  if (params.principal === 'current') {
    const who = "your shell's credentials";
    if (!ctx.currentCaller) return { who, missing: NO_CURRENT_CREDENTIALS };
    const principal = authenticate(state, ctx.currentCaller, now);
    if (isAwsError(principal))
      return { who, missing: `they do not work: ${principal.code}: ${principal.message}` };
    return { who: `your shell's credentials (${principal.arn})`, principal };
  }
  const target = resolvePrincipal(state, ctx.account, params.principal);
  const who = principalLabel(target);
  if (target.kind === 'user' && target.user)
    return { who, principal: userPrincipal(target.accountId, target.user) };
  if (target.kind === 'role' && target.role) {
    const s = params.session;
    const principal = roleSessionPrincipal(target.accountId, target.role, now, {
      policy: s?.policy ?? null,
      policyArns: s?.policyArns ?? [],
      tags: Object.entries(s?.tags ?? {}).map(([Key, Value]) => ({ Key, Value })),
    });
    return { who, principal };
  }
  return { who, missing: `${who.replace(/^a session of /, '')} does not exist` };
}

/** The account owning a resource ARN: the bucket's owner for S3, else the ARN's account field. */
function resourceOwner(state: WorldState, arn: string): { readonly account: string | null } {
  const bucket = /^arn:aws:s3:::([^/]+)/.exec(arn)?.[1];
  if (bucket) return { account: findBucket(state, bucket)?.owner.id ?? null };
  return { account: /^arn:[^:]+:[^:]+:[^:]*:(\d{12}):/.exec(arn)?.[1] ?? null };
}

/** The resource-based policy that takes part: a bucket policy, a role's trust policy, a function's policy. */
function resourcePolicy(state: WorldState, action: string, arn: string): string | null {
  const bucket = /^arn:aws:s3:::([^/]+)/.exec(arn)?.[1];
  if (bucket) return findBucket(state, bucket)?.bucket.policy ?? null;
  const role = /^arn:aws:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(arn);
  if (role && action.toLowerCase().startsWith('sts:')) {
    const record = state.accounts[role[1] ?? '']?.iam.roles[(role[2] ?? '').toLowerCase()];
    return record ? trustPolicyText(state, record) : null;
  }
  const fn = /^arn:aws:lambda:[^:]+:(\d{12}):function:([^:]+)/.exec(arn);
  if (fn) {
    const statements = state.accounts[fn[1] ?? '']?.lambda.functions[fn[2] ?? '']?.statements ?? [];
    return statements.length > 0 ? JSON.stringify({ Version: '2012-10-17', Statement: statements }) : null;
  }
  return null;
}
