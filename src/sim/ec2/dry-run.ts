import { type AwsError, awsError } from '../aws-error.ts';

/** EC2's answer to an authorized request with DryRun set (HTTP 412). */
export function dryRunResult(params: { readonly DryRun?: unknown }): AwsError | null {
  if (params.DryRun !== true) return null;
  return awsError('DryRunOperation', 'Request would have succeeded, but DryRun flag is set.', 412);
}
