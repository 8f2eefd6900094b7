/** A service whose service-linked role the simulator can create. */
export interface ServiceLinkedRoleSpec {
  /** The role's name before any `_suffix`. */
  readonly roleName: string;
  /** The AWS managed policy AWS attaches to the role (`arn:aws:iam::aws:policy/aws-service-role/<name>`). */
  readonly policyName: string;
  /** Whether CreateServiceLinkedRole takes a CustomSuffix for this service. */
  readonly customSuffix: boolean;
}

/**
 * Service principal → its service-linked role, for the services whose role name and attached policy were verified:
 * LocalStack's IAM tests recorded against AWS (tests/aws/services/iam/test_iam.py `TestIAMServiceRoles`, snapshot
 * `test_service_role_lifecycle[<service>]`) for all but the last four; EC2 Spot from CLI transcripts of
 * `create-service-linked-role --aws-service-name spot.amazonaws.com` and the AWSEC2SpotServiceRolePolicy reference
 * page; Organizations from its reference page (whose policy names the role's path); Trusted Advisor from a ListRoles
 * transcript and its policy's reference page; GuardDuty from "Service-linked role permissions for GuardDuty".
 * The path is always `/aws-service-role/<service principal>/`. Of the recorded services only Auto Scaling takes a
 * suffix (the others answer "Custom suffix is not allowed for <service>"); Spot, Organizations, Trusted Advisor and
 * GuardDuty were not recorded and keep taking one (unverified). Support and Config are left out: their policies
 * (about 140,000 and 73,000 characters) are too large to carry.
 *
 * Added after them, each from AWS's documentation of the role: Lex (the AWS CLI reference examples of
 * create-/delete-service-linked-role and get-service-linked-role-deletion-status, and "Step 1: Create a
 * Service-Linked Role (AWS CLI)" in the Lex V1 guide; its policy name from a terraformer export of a real account and
 * older copies of AmazonLexFullAccess, whose iam:AttachRolePolicy condition names it), IAM Access Analyzer ("Using
 * service-linked roles for AWS Identity and Access Management Access Analyzer"), IAM Identity Center ("Using
 * service-linked roles for IAM Identity Center"; the policy from the same terraformer export) and DynamoDB table
 * auto scaling ("Service-linked roles for Application Auto Scaling"). Lex and Identity Center refuse a suffix in
 * LocalStack's catalog (localstack/localstack#12387); Access Analyzer and Application Auto Scaling are not in it, so
 * their refusal is unverified. AmazonLexBotPolicy is not in moto's managed-policy data, so the simulator attaches it
 * by ARN without carrying its document (GetPolicy on it answers NoSuchEntity here; AWS's answer is unverified).
 */
export const SERVICE_LINKED_ROLES: Readonly<Record<string, ServiceLinkedRoleSpec>> = {
  'autoscaling.amazonaws.com': slr('AWSServiceRoleForAutoScaling', 'AutoScalingServiceRolePolicy', true),
  'elasticloadbalancing.amazonaws.com': slr(
    'AWSServiceRoleForElasticLoadBalancing',
    'AWSElasticLoadBalancingServiceRolePolicy',
  ),
  'ecs.amazonaws.com': slr('AWSServiceRoleForECS', 'AmazonECSServiceRolePolicy'),
  'rds.amazonaws.com': slr('AWSServiceRoleForRDS', 'AmazonRDSServiceRolePolicy'),
  'elasticbeanstalk.amazonaws.com': slr(
    'AWSServiceRoleForElasticBeanstalk',
    'AWSElasticBeanstalkServiceRolePolicy',
  ),
  'cloudtrail.amazonaws.com': slr('AWSServiceRoleForCloudTrail', 'CloudTrailServiceRolePolicy'),
  'ssm.amazonaws.com': slr('AWSServiceRoleForAmazonSSM', 'AmazonSSMServiceRolePolicy'),
  'elasticache.amazonaws.com': slr('AWSServiceRoleForElastiCache', 'ElastiCacheServiceRolePolicy'),
  'eks.amazonaws.com': slr('AWSServiceRoleForAmazonEKS', 'AmazonEKSServiceRolePolicy'),
  'batch.amazonaws.com': slr('AWSServiceRoleForBatch', 'BatchServiceRolePolicy'),
  'spot.amazonaws.com': slr('AWSServiceRoleForEC2Spot', 'AWSEC2SpotServiceRolePolicy', true),
  'organizations.amazonaws.com': slr(
    'AWSServiceRoleForOrganizations',
    'AWSOrganizationsServiceTrustPolicy',
    true,
  ),
  'trustedadvisor.amazonaws.com': slr(
    'AWSServiceRoleForTrustedAdvisor',
    'AWSTrustedAdvisorServiceRolePolicy',
    true,
  ),
  'guardduty.amazonaws.com': slr(
    'AWSServiceRoleForAmazonGuardDuty',
    'AmazonGuardDutyServiceRolePolicy',
    true,
  ),
  'lex.amazonaws.com': slr('AWSServiceRoleForLexBots', 'AmazonLexBotPolicy'),
  'access-analyzer.amazonaws.com': slr('AWSServiceRoleForAccessAnalyzer', 'AccessAnalyzerServiceRolePolicy'),
  'sso.amazonaws.com': slr('AWSServiceRoleForSSO', 'AWSSSOServiceRolePolicy'),
  'dynamodb.application-autoscaling.amazonaws.com': slr(
    'AWSServiceRoleForApplicationAutoScaling_DynamoDBTable',
    'AWSApplicationAutoscalingDynamoDBTablePolicy',
  ),
};

function slr(roleName: string, policyName: string, customSuffix = false): ServiceLinkedRoleSpec {
  return { roleName, policyName, customSuffix };
}
