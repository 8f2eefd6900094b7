import type { AwsError } from '../aws-error.ts';
import type { InstanceProfileRecord, RoleRecord } from '../iam/state.ts';
import type { OperationContext } from '../world/operation.ts';
import { ec2Authorize } from './authorize.ts';
import { ec2Errors } from './errors.ts';

/** `IamInstanceProfileSpecification`: the profile by ARN or by name. */
export interface ProfileSpec {
  readonly Arn?: string;
  readonly Name?: string;
}

/** A resolved profile and the role in it (null when the profile holds no role). */
export interface ResolvedProfile {
  readonly key: string;
  readonly profile: InstanceProfileRecord;
  readonly role: RoleRecord | null;
}

/** Finds the caller-account profile a request names; EC2's InvalidParameterValue when it does not exist. */
export function resolveProfile(ctx: OperationContext, spec: ProfileSpec): ResolvedProfile | AwsError {
  const profiles = ctx.account.iam.instanceProfiles;
  if (spec.Arn !== undefined) {
    const entry = Object.entries(profiles).find(([, p]) => p.arn === spec.Arn);
    if (!entry) return ec2Errors.profileArnInvalid(spec.Arn);
    return withRole(ctx, entry[0], entry[1]);
  }
  const name = spec.Name ?? '';
  const profile = profiles[name.toLowerCase()];
  if (!profile || profile.instanceProfileName !== name) return ec2Errors.profileNameInvalid(name);
  return withRole(ctx, name.toLowerCase(), profile);
}

function withRole(ctx: OperationContext, key: string, profile: InstanceProfileRecord): ResolvedProfile {
  const roleKey = profile.roles[0];
  return { key, profile, role: (roleKey && ctx.account.iam.roles[roleKey]) || null };
}

/**
 * Passing a role to EC2 needs iam:PassRole on the role ("Grant a user permissions to pass a role to an AWS
 * service"), with iam:PassedToService = ec2.amazonaws.com in the request context.
 */
export function authorizePassRole(ctx: OperationContext, resolved: ResolvedProfile): AwsError | null {
  if (!resolved.role) return null;
  return ec2Authorize(ctx, {
    action: 'iam:PassRole',
    resource: resolved.role.arn,
    context: { 'iam:PassedToService': 'ec2.amazonaws.com' },
  });
}
