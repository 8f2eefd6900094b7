import type { CatalogEntry } from './aws-managed.ts';
import readOnlyAccess from './aws-managed-read-only-access.json' with { type: 'json' };

const doc = (statements: readonly object[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements });

/**
 * More AWS managed policies. Description, times and default version are those of each policy's page in the AWS
 * Managed Policy Reference, with the seconds of moto's `list_policies` snapshot (see aws-managed.ts). Each document is
 * copied statement by statement from the source named beside it: a zoph-io/MAMIP snapshot (`policies/<name>`, the
 * `get-policy-version` output of the default version) or the reference page itself. ReadOnlyAccess (v182, about
 * 85,000 characters) is kept in aws-managed-read-only-access.json, taken from the AWS managed policy data that moto
 * ships (moto/iam/aws_managed_policies.py); its page has since moved to v185 (May 18, 2026), whose whole document was
 * not at hand, so v182 and its date stay.
 */
export const MORE_AWS_MANAGED: readonly CatalogEntry[] = [
  {
    policyName: 'ReadOnlyAccess',
    path: '/',
    defaultVersionId: 'v182',
    document: JSON.stringify(readOnlyAccess),
    createDate: '2015-02-06T18:39:48Z',
    updateDate: '2026-04-03T15:27:12Z',
    description: 'Provides read-only access to AWS services and resources.',
  },
  {
    // MAMIP commit 199039c6, v12.
    policyName: 'PowerUserAccess',
    path: '/',
    defaultVersionId: 'v12',
    document: doc([
      { NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*', Effect: 'Allow' },
      {
        Action: [
          'account:GetAccountInformation',
          'account:GetGovCloudAccountInformation',
          'account:GetPrimaryEmail',
          'account:ListRegions',
          'iam:CreateServiceLinkedRole',
          'iam:DeleteServiceLinkedRole',
          'iam:ListRoles',
          'organizations:DescribeEffectivePolicy',
          'organizations:DescribeOrganization',
        ],
        Resource: '*',
        Effect: 'Allow',
      },
    ]),
    createDate: '2015-02-06T18:39:47Z',
    updateDate: '2026-02-12T17:59:14Z',
    description:
      'Provides full access to AWS services and resources, but does not allow management of Users and groups.',
  },
  {
    // MAMIP commit 1b366179, v2.
    policyName: 'IAMFullAccess',
    path: '/',
    defaultVersionId: 'v2',
    document: doc([
      {
        Effect: 'Allow',
        Action: [
          'iam:*',
          'organizations:DescribeAccount',
          'organizations:DescribeOrganization',
          'organizations:DescribeOrganizationalUnit',
          'organizations:DescribePolicy',
          'organizations:ListChildren',
          'organizations:ListParents',
          'organizations:ListPoliciesForTarget',
          'organizations:ListRoots',
          'organizations:ListPolicies',
          'organizations:ListTargetsForPolicy',
        ],
        Resource: '*',
      },
    ]),
    createDate: '2015-02-06T18:40:38Z',
    updateDate: '2019-06-21T19:40:00Z',
    description: 'Provides full access to IAM via the AWS Management Console.',
  },
  {
    // v15, copied from its reference page (the same as moto's v15).
    policyName: 'AmazonDynamoDBReadOnlyAccess',
    path: '/',
    defaultVersionId: 'v15',
    document: doc([
      {
        Sid: 'GeneralReadOnlyAccess',
        Action: [
          'application-autoscaling:DescribeScalableTargets',
          'application-autoscaling:DescribeScalingActivities',
          'application-autoscaling:DescribeScalingPolicies',
          'cloudwatch:DescribeAlarmHistory',
          'cloudwatch:DescribeAlarms',
          'cloudwatch:DescribeAlarmsForMetric',
          'cloudwatch:GetMetricStatistics',
          'cloudwatch:ListMetrics',
          'cloudwatch:GetMetricData',
          'datapipeline:DescribeObjects',
          'datapipeline:DescribePipelines',
          'datapipeline:GetPipelineDefinition',
          'datapipeline:ListPipelines',
          'datapipeline:QueryObjects',
          'dynamodb:BatchGetItem',
          'dynamodb:Describe*',
          'dynamodb:List*',
          'dynamodb:GetAbacStatus',
          'dynamodb:GetItem',
          'dynamodb:GetResourcePolicy',
          'dynamodb:Query',
          'dynamodb:Scan',
          'dynamodb:PartiQLSelect',
          'dax:Describe*',
          'dax:List*',
          'dax:GetItem',
          'dax:BatchGetItem',
          'dax:Query',
          'dax:Scan',
          'ec2:DescribeVpcs',
          'ec2:DescribeSubnets',
          'ec2:DescribeSecurityGroups',
          'iam:GetRole',
          'iam:ListRoles',
          'kms:DescribeKey',
          'kms:ListAliases',
          'sns:ListSubscriptionsByTopic',
          'sns:ListTopics',
          'lambda:ListFunctions',
          'lambda:ListEventSourceMappings',
          'lambda:GetFunctionConfiguration',
          'resource-groups:ListGroups',
          'resource-groups:ListGroupResources',
          'resource-groups:GetGroup',
          'resource-groups:GetGroupQuery',
          'tag:GetResources',
          'kinesis:ListStreams',
          'kinesis:DescribeStream',
          'kinesis:DescribeStreamSummary',
        ],
        Effect: 'Allow',
        Resource: '*',
      },
      {
        Sid: 'CCIAccess',
        Action: 'cloudwatch:GetInsightRuleReport',
        Effect: 'Allow',
        Resource: 'arn:aws:cloudwatch:*:*:insight-rule/DynamoDBContributorInsights*',
      },
    ]),
    createDate: '2015-02-06T18:40:12Z',
    updateDate: '2024-11-18T17:38:15Z',
    description: 'Provides read only access to Amazon DynamoDB via the AWS Management Console.',
  },
  {
    // MAMIP commit 24b649d3, v2.
    policyName: 'AmazonSSMManagedInstanceCore',
    path: '/',
    defaultVersionId: 'v2',
    document: doc([
      {
        Effect: 'Allow',
        Action: [
          'ssm:DescribeAssociation',
          'ssm:GetDeployablePatchSnapshotForInstance',
          'ssm:GetDocument',
          'ssm:DescribeDocument',
          'ssm:GetManifest',
          'ssm:GetParameter',
          'ssm:GetParameters',
          'ssm:ListAssociations',
          'ssm:ListInstanceAssociations',
          'ssm:PutInventory',
          'ssm:PutComplianceItems',
          'ssm:PutConfigurePackageResult',
          'ssm:UpdateAssociationStatus',
          'ssm:UpdateInstanceAssociationStatus',
          'ssm:UpdateInstanceInformation',
        ],
        Resource: '*',
      },
      {
        Effect: 'Allow',
        Action: [
          'ssmmessages:CreateControlChannel',
          'ssmmessages:CreateDataChannel',
          'ssmmessages:OpenControlChannel',
          'ssmmessages:OpenDataChannel',
        ],
        Resource: '*',
      },
      {
        Effect: 'Allow',
        Action: [
          'ec2messages:AcknowledgeMessage',
          'ec2messages:DeleteMessage',
          'ec2messages:FailMessage',
          'ec2messages:GetEndpoint',
          'ec2messages:GetMessages',
          'ec2messages:SendReply',
        ],
        Resource: '*',
      },
    ]),
    createDate: '2019-03-15T17:22:12Z',
    updateDate: '2019-05-23T16:54:21Z',
    description: 'The policy for Amazon EC2 Role to enable AWS Systems Manager service core functionality.',
  },
  {
    // v8, copied from its reference page (the same as moto's v8).
    policyName: 'CloudWatchLogsFullAccess',
    path: '/',
    defaultVersionId: 'v8',
    document: doc([
      {
        Sid: 'CloudWatchLogsFullAccess',
        Effect: 'Allow',
        Action: [
          'logs:*',
          'cloudwatch:GenerateQuery',
          'cloudwatch:GenerateQueryResultsSummary',
          'observabilityadmin:GetS3TableIntegration',
          'observabilityadmin:ListS3TableIntegrations',
          'observabilityadmin:ListTelemetryPipelines',
        ],
        Resource: '*',
      },
    ]),
    createDate: '2015-02-06T18:40:02Z',
    updateDate: '2026-02-12T18:00:33Z',
    description: 'Provides full access to CloudWatch Logs',
  },
];
