import { type AwsError, awsError } from '../aws-error.ts';
import type { OperationContext } from '../world/operation.ts';

/** The region every simulated account works in. */
export const DDB_REGION = 'us-east-1';

/** `arn:aws:dynamodb:REGION:ACCT:table/NAME`. */
export function tableArn(accountId: string, name: string): string {
  return `arn:aws:dynamodb:${DDB_REGION}:${accountId}:table/${name}`;
}

/**
 * Authorizes a DynamoDB action on a table (or `*`). DynamoDB answers a denial with AccessDeniedException (HTTP 400)
 * and IAM's wording: "User: … is not authorized to perform: dynamodb:Query on resource: arn:aws:dynamodb:…:table/NAME
 * because no identity-based policy allows the dynamodb:Query action" (intellij-dynamodb #29 transcript, 2023).
 * Item operations pass the partition key values as `dynamodb:LeadingKeys` (fine-grained access control).
 */
export function ddbAuthorize(
  ctx: OperationContext,
  action: string,
  resource: string,
  leadingKeys?: readonly string[],
): AwsError | null {
  const denied = ctx.authorize({
    action: `dynamodb:${action}`,
    resource,
    ...(leadingKeys ? { context: { 'dynamodb:LeadingKeys': leadingKeys } } : {}),
  });
  return denied ? awsError('AccessDeniedException', denied.message, 400) : null;
}

/** The table name a `TableName` parameter means: a name, or a table ARN of the caller's account. */
export function tableNameOf(ctx: OperationContext, value: string): string {
  const arn = /^arn:aws:dynamodb:[^:]*:(\d{12}):table\/(.+)$/.exec(value);
  return arn && arn[1] === ctx.account.id ? (arn[2] ?? value) : value;
}
