import type { AwsError } from '../aws-error.ts';
import { type AccessDeniedError, accessDeniedMessage } from '../world/access-denied.ts';
import { evaluateFor } from '../world/authorize.ts';
import type { OperationContext } from '../world/operation.ts';
import type { OwnedBucket } from './buckets.ts';
import { s3Errors } from './errors.ts';

/** What S3 asks the policy engine about one request. */
export interface S3Request {
  /** `s3:Action`. */
  readonly action: string;
  /** The bucket or object ARN, or `*` (s3:ListAllMyBuckets). */
  readonly resource: string;
  /** The bucket the request is about: its owner is the resource account and its policy the resource-based policy. */
  readonly target: OwnedBucket | null;
  /** Service keys such as `s3:prefix` (only those the request carries). */
  readonly context?: Readonly<Record<string, string>>;
}

/**
 * Authorizes an S3 request with the caller's policies and the bucket policy (the engine applies the same-account
 * and cross-account rules). Returns null when allowed, else S3's AccessDenied: since 2024 S3 explains denials of
 * requests from the bucket owner's account or organization ("User: ARN is not authorized to perform: ACTION on
 * resource: "ARN" because ...", the resource in double quotes); other callers get the bare `Access Denied`.
 * HEAD requests have no body, so they fail as `403 Forbidden`.
 */
export function authorizeS3(ctx: OperationContext, request: S3Request, head = false): AwsError | null {
  const owner = request.target?.owner.id ?? ctx.account.id;
  const evaluation = evaluateFor(ctx.state, ctx.principal, ctx.now, {
    action: request.action,
    resource: request.resource,
    resourceAccount: owner,
    resourcePolicy: request.target?.bucket.policy ?? null,
    ...(request.context ? { context: request.context } : {}),
  });
  if (evaluation.decision === 'Allow') return null;
  if (head) return s3Errors.head(403);
  const explained = owner === ctx.principal.accountId || sameOrganization(ctx, owner);
  const denied: AccessDeniedError = {
    kind: 'AwsError',
    code: 'AccessDenied',
    message: explained
      ? accessDeniedMessage(ctx.principal.arn, request.action, `"${request.resource}"`, evaluation)
      : 'Access Denied',
    status: 403,
    evaluation,
  };
  return denied;
}

/** True when the caller's account and `accountId` are members of the same organization. */
function sameOrganization(ctx: OperationContext, accountId: string): boolean {
  const parents = ctx.state.organization?.accountParents;
  return Boolean(parents?.[ctx.principal.accountId] && parents[accountId]);
}
