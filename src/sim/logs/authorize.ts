import { type AwsError, awsError } from '../aws-error.ts';
import type { AuthRequest, OperationContext } from '../world/operation.ts';

/** The region every simulated account works in. */
export const LOGS_REGION = 'us-east-1';

/**
 * CloudWatch Logs answers a denial with AccessDeniedException (HTTP 400) and IAM's wording, e.g. "User: … is not
 * authorized to perform: logs:CreateLogGroup on resource: arn:aws:logs:REGION:ACCT:log-group:NAME:log-stream: because
 * no identity-based policy allows the logs:CreateLogGroup action" (elastic/apm-aws-lambda #526 transcript).
 */
export function logsAuthorize(ctx: OperationContext, request: AuthRequest): AwsError | null {
  const denied = ctx.authorize(request);
  return denied ? awsError('AccessDeniedException', denied.message, 400) : null;
}

/** `arn:aws:logs:REGION:ACCT:log-group:NAME` (DescribeLogGroups' `logGroupArn`). */
export function groupArn(ctx: OperationContext, group: string): string {
  return `arn:aws:logs:${LOGS_REGION}:${ctx.account.id}:log-group:${group}`;
}

/** The resource a request is authorized on: `…:log-group:NAME:log-stream:STREAM` (empty stream for group actions). */
export function streamResource(ctx: OperationContext, group: string, stream = ''): string {
  return `${groupArn(ctx, group)}:log-stream:${stream}`;
}
