import { type AwsError, awsError } from '../aws-error.ts';

/**
 * IAM's `MalformedPolicyDocument` messages, word for word where a real transcript was found
 * (moto's validator, CLI/Terraform transcripts). Unverified ones say so.
 */
export const MESSAGES = {
  /** Identity policies whose text is not JSON (moto's validator tests; 99designs/iamy#74, awslabs/ec2-spot-labs#25). */
  syntax: 'Syntax errors in policy.',
  /**
   * Trust policies whose text is not JSON. CreateRole: AWSCookbook/Security#2,
   * aws-samples/aws-microservices-deploy-options#118, Graylog2/graylog-plugin-aws#22; UpdateAssumeRolePolicy:
   * LocalStack's AWS-recorded snapshot `test_iam_roles.py::test_update_assume_role_policy_errors`.
   */
  invalidJson: 'This policy contains invalid Json',
  legacy: 'The policy failed legacy parsing',
  principalInIdentity: 'Policy document should not specify a principal.',
  missingPrincipal: 'Missing required field Principal',
  duplicateSid: 'Statement IDs (SID) in a single policy must be unique.',
  noActions: 'Policy statement must contain actions.',
  noResources: 'Policy statement must contain resources.',
  trustActions: 'AssumeRole policy may only specify STS AssumeRole actions.',
  vendorMissing: 'Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.',
  oneColon: 'Actions/Condition can contain only one colon.',
} as const;

/** A `MalformedPolicyDocument` error (HTTP 400). */
export function malformed(message: string): AwsError {
  return awsError('MalformedPolicyDocument', message, 400);
}

/** "Has prohibited field Resource" (trust policies; no trailing period in IAM's transcripts). */
export function prohibitedField(field: string): AwsError {
  return malformed(`Has prohibited field ${field}`);
}

/** `Invalid principal in policy: "AWS":"value"` — IAM upper-cases SERVICE/FEDERATED but not AWS. */
export function invalidPrincipal(type: string, value: string): AwsError {
  const shown = type === 'AWS' ? 'AWS' : type.toUpperCase();
  return malformed(`Invalid principal in policy: "${shown}":"${value}"`);
}

/** `Vendor X is not valid` for an action prefix with characters outside `[a-zA-Z0-9-.]`. */
export function invalidVendor(vendor: string): AwsError {
  return malformed(`Vendor ${vendor} is not valid`);
}

/** `Resource X must be in ARN format or "*".` */
export function resourceNotArn(resource: string): AwsError {
  return malformed(`Resource ${resource} must be in ARN format or "*".`);
}
