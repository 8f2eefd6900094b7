import { type AwsError, awsError } from '../aws-error.ts';
import type { AuthRequest, OperationContext } from '../world/operation.ts';

export const LAMBDA_REGION = 'us-east-1';

/** Lambda answers a denial with AccessDeniedException (HTTP 403) and IAM's wording (feast-dev/feast #2800). */
export function lambdaAuthorize(ctx: OperationContext, request: AuthRequest): AwsError | null {
  const denied = ctx.authorize(request);
  return denied ? awsError('AccessDeniedException', denied.message, 403) : null;
}

/** `arn:aws:lambda:REGION:ACCT:function:NAME`; accepts a name, a partial or a full ARN. */
export function functionArn(ctx: OperationContext, nameOrArn: string): string {
  return `arn:aws:lambda:${LAMBDA_REGION}:${ctx.account.id}:function:${functionName(nameOrArn)}`;
}

/** The bare function name of a name or ARN. */
export function functionName(nameOrArn: string): string {
  const parts = nameOrArn.split(':');
  const i = parts.indexOf('function');
  return i >= 0 ? (parts[i + 1] ?? '') : (parts.at(-1) ?? '');
}
