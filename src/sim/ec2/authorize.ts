import { type AwsError, awsError } from '../aws-error.ts';
import { accessDeniedMessage } from '../world/access-denied.ts';
import { encodeAuthorizationMessage } from '../world/authorization-messages.ts';
import { evaluateFor } from '../world/authorize.ts';
import type { AuthRequest, OperationContext } from '../world/operation.ts';
import { principalContext } from '../world/request-context.ts';

/** The region every simulated account works in. */
export const REGION = 'us-east-1';

/**
 * Authorizes an EC2 request. EC2 answers a denial with `UnauthorizedOperation` (HTTP 403): "You are not authorized to
 * perform this operation. User: … is not authorized to perform: ACTION on resource: RESOURCE <reason>. Encoded
 * authorization failure message: …" (karpenter-provider-aws #7370 transcript; the same shape for iam:PassRole).
 */
export function ec2Authorize(ctx: OperationContext, request: AuthRequest): AwsError | null {
  const evaluation = evaluateFor(ctx.state, ctx.principal, ctx.now, request);
  if (evaluation.decision === 'Allow') return null;
  const { principal } = ctx;
  const encoded = encodeAuthorizationMessage(ctx.state, {
    accountId: principal.accountId,
    principalArn: principal.arn,
    principalId:
      principal.kind === 'root'
        ? principal.accountId
        : principal.kind === 'user'
          ? principal.userId
          : `${principal.session.roleId}:${principal.session.sessionName}`,
    action: request.action,
    resource: request.resource,
    context: { ...principalContext(ctx.state, principal, ctx.now), ...request.context },
    evaluation,
  });
  const reason = accessDeniedMessage(principal.arn, request.action, request.resource, evaluation);
  return awsError(
    'UnauthorizedOperation',
    `You are not authorized to perform this operation. ${reason}. Encoded authorization failure message: ${encoded}`,
    403,
  );
}

/** `arn:aws:ec2:REGION:ACCOUNT:instance/ID` (or `instance/*` for RunInstances). */
export function instanceArn(ctx: OperationContext, id: string): string {
  return `arn:aws:ec2:${REGION}:${ctx.account.id}:instance/${id}`;
}
