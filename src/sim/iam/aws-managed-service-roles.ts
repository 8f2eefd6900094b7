import type { CatalogEntry } from './aws-managed.ts';
import policies from './aws-managed-service-roles.json' with { type: 'json' };

/**
 * The AWS managed policies of the service-linked roles the simulator creates (`service-linked-catalog.ts`), under
 * `/aws-service-role/`, kept in aws-managed-service-roles.json. Description, creation and edited times and default
 * version are those of each policy's page in the AWS Managed Policy Reference
 * (docs.aws.amazon.com/aws-managed-policy/latest/reference/<name>.html); the seconds the page leaves out, and the
 * documents, come from the AWS managed policy data moto ships (moto 5.2.1, `moto/iam/aws_managed_policies.py`, a
 * `list_policies` + `get_policy_version` snapshot), except BatchServiceRolePolicy v8, copied from its page.
 * AmazonSSMServiceRolePolicy and AmazonEKSServiceRolePolicy have no English page there: their descriptions come from a
 * generated list of AWS managed policy descriptions (a CDK `AwsManagedPolicy` class), their versions and dates from moto.
 */
export const SERVICE_ROLE_POLICIES: readonly CatalogEntry[] = policies.map((p) => ({
  policyName: p.policyName,
  path: '/aws-service-role/',
  defaultVersionId: p.defaultVersionId,
  document: JSON.stringify(p.document),
  createDate: p.createDate,
  updateDate: p.updateDate,
  description: p.description,
}));
