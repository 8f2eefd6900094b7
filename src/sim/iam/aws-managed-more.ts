import type { CatalogEntry } from './aws-managed.ts';
import readOnlyAccess from './aws-managed-read-only-access.json' with { type: 'json' };

const doc = (statements: readonly object[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements });

/**
 * More AWS managed policies, each document copied statement by statement from the zoph-io/MAMIP snapshot named
 * beside it (`policies/<name>`, the `get-policy-version` output of the default version). The descriptions are not in
 * those snapshots and are left out rather than guessed. ReadOnlyAccess (v182, about 85,000 characters) is kept in
 * aws-managed-read-only-access.json, taken from the AWS managed policy data that moto ships (moto/iam/aws_managed_policies.py).
 */
export const MORE_AWS_MANAGED: readonly CatalogEntry[] = [
  {
    policyName: 'ReadOnlyAccess',
    path: '/',
    defaultVersionId: 'v182',
    document: JSON.stringify(readOnlyAccess),
    updateDate: '2026-04-03T15:27:12Z',
    description: null,
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
    updateDate: '2026-02-12T17:59:14Z',
    description: null,
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
    updateDate: '2019-06-21T19:40:00Z',
    description: null,
  },
  {
    // MAMIP commit 1b366179, v14.
    policyName: 'AmazonDynamoDBReadOnlyAccess',
    path: '/',
    defaultVersionId: 'v14',
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
    updateDate: '2024-03-20T15:45:01Z',
    description: null,
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
    updateDate: '2019-05-23T16:54:21Z',
    description: null,
  },
  {
    // MAMIP commit 05fe8e36, v3.
    policyName: 'CloudWatchLogsFullAccess',
    path: '/',
    defaultVersionId: 'v3',
    document: doc([
      {
        Action: ['logs:*', 'cloudwatch:GenerateQuery', 'cloudwatch:GenerateQueryResultsSummary'],
        Resource: '*',
        Effect: 'Allow',
        Sid: 'CloudWatchLogsFullAccess',
      },
    ]),
    updateDate: '2025-05-20T17:07:06Z',
    description: null,
  },
];
