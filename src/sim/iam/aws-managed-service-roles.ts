import type { CatalogEntry } from './aws-managed.ts';
import documents from './aws-managed-service-roles.json' with { type: 'json' };

/**
 * Descriptions from each policy's page in the AWS Managed Policy reference
 * (docs.aws.amazon.com/aws-managed-policy/latest/reference/<name>.html); policies whose English page was not found
 * have none rather than a guess.
 */
const DESCRIPTIONS: Readonly<Record<string, string>> = {
  AutoScalingServiceRolePolicy:
    'Enables access to AWS services and Resources used or managed by Auto Scaling',
  AWSElasticLoadBalancingServiceRolePolicy:
    'Service Linked Role Policy for AWS Elastic Load Balancing Control Plane',
  AmazonECSServiceRolePolicy: 'Policy to enable Amazon ECS to manage your cluster.',
  CloudTrailServiceRolePolicy: 'Permission policy for CloudTrail ServiceLinkedRole',
  ElastiCacheServiceRolePolicy:
    'This policy allows ElastiCache to manage AWS resources on your behalf as necessary for managing your cache',
  BatchServiceRolePolicy:
    'Provides access for the AWS Batch service to manage the required resources, including Amazon EC2 and Amazon ECS resources.',
  AWSEC2SpotServiceRolePolicy: 'Allows EC2 Spot to launch and manage spot instances',
  AWSOrganizationsServiceTrustPolicy:
    'A policy to allow AWS Organizations to share trust with other approved AWS services for the purpose of simplifying customer configuration.',
  AWSSSOServiceRolePolicy:
    'Grants AWS SSO permissions to manage AWS resources, including IAM roles, policies and SAML IdP on your behalf.',
  AWSApplicationAutoscalingDynamoDBTablePolicy:
    'Policy granting permissions to Application Auto Scaling to access DynamoDB and CloudWatch.',
};

/**
 * The AWS managed policies of the service-linked roles the simulator creates (`service-linked-catalog.ts`), under
 * `/aws-service-role/`. Documents, default versions and update dates are taken from the AWS managed policy data moto
 * ships (moto 5.2.1, `moto/iam/aws_managed_policies.py`), kept in aws-managed-service-roles.json.
 */
export const SERVICE_ROLE_POLICIES: readonly CatalogEntry[] = documents.map((p) => ({
  policyName: p.policyName,
  path: '/aws-service-role/',
  defaultVersionId: p.defaultVersionId,
  document: JSON.stringify(p.document),
  updateDate: p.updateDate,
  description: DESCRIPTIONS[p.policyName] ?? null,
}));
