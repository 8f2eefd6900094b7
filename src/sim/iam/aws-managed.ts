import { createIdGenerator } from '../world/ids.ts';
import { createRandom } from '../world/random.ts';
import { MORE_AWS_MANAGED } from './aws-managed-more.ts';
import { SERVICE_ROLE_POLICIES } from './aws-managed-service-roles.ts';

/** An AWS managed policy (`arn:aws:iam::aws:policy/...`): the same in every account, never editable. */
export interface AwsManagedPolicy {
  readonly policyName: string;
  readonly arn: string;
  readonly path: string;
  /** Stand-in id: AWS's real ids are not recorded here, so one is derived from the name (stable, ANPA-shaped). */
  readonly policyId: string;
  readonly defaultVersionId: string;
  /** The default version's document, as published (see each catalog file for its source). */
  readonly document: string;
  /** The policy's CreateDate: when AWS first published it (the reference page's "Creation time"). */
  readonly createDate: string;
  /** The policy's UpdateDate, which is also its default version's CreateDate (the page's "Edited time"). */
  readonly updateDate: string;
  /** The Description GetPolicy shows (the page's "Description"); null where it was not found. */
  readonly description: string | null;
}

const doc = (statements: readonly object[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements });
const allowAll = (actions: string | readonly string[]) => ({
  Effect: 'Allow',
  Action: actions,
  Resource: '*',
});

/** A catalog entry: an AWS managed policy before its ARN and stand-in id are derived. */
export type CatalogEntry = Omit<AwsManagedPolicy, 'arn' | 'policyId'>;

/**
 * Description, times and default version of each policy as its page in the AWS Managed Policy Reference
 * (docs.aws.amazon.com/aws-managed-policy/latest/reference/<name>.html) gives them; the page's times stop at the
 * minute, so the seconds are those of moto's `list_policies` snapshot (moto 5.2.1), which agrees to the minute.
 */
const CATALOG: readonly CatalogEntry[] = [
  {
    // No reference page was found: the description is the AWS IQ user guide's and AWS's policy lists', the times moto's.
    policyName: 'AdministratorAccess',
    path: '/',
    defaultVersionId: 'v1',
    document: doc([allowAll('*')]),
    createDate: '2015-02-06T18:39:46Z',
    updateDate: '2015-02-06T18:39:46Z',
    description: 'Provides full access to AWS services and resources.',
  },
  {
    policyName: 'IAMReadOnlyAccess',
    path: '/',
    defaultVersionId: 'v4',
    document: doc([
      allowAll([
        'iam:GenerateCredentialReport',
        'iam:GenerateServiceLastAccessedDetails',
        'iam:Get*',
        'iam:List*',
        'iam:SimulateCustomPolicy',
        'iam:SimulatePrincipalPolicy',
      ]),
    ]),
    createDate: '2015-02-06T18:40:39Z',
    updateDate: '2018-01-25T19:11:27Z',
    description: 'Provides read only access to IAM via the AWS Management Console.',
  },
  {
    policyName: 'AmazonS3FullAccess',
    path: '/',
    defaultVersionId: 'v2',
    document: doc([allowAll(['s3:*', 's3-object-lambda:*'])]),
    createDate: '2015-02-06T18:40:58Z',
    updateDate: '2021-09-27T20:16:37Z',
    description: 'Provides full access to all buckets via the AWS Management Console.',
  },
  {
    policyName: 'AmazonS3ReadOnlyAccess',
    path: '/',
    defaultVersionId: 'v3',
    document: doc([
      allowAll(['s3:Get*', 's3:List*', 's3:Describe*', 's3-object-lambda:Get*', 's3-object-lambda:List*']),
    ]),
    createDate: '2015-02-06T18:40:59Z',
    updateDate: '2023-08-10T21:31:39Z',
    description: 'Provides read only access to all buckets via the AWS Management Console.',
  },
  {
    policyName: 'AWSLambdaBasicExecutionRole',
    path: '/service-role/',
    defaultVersionId: 'v1',
    document: doc([allowAll(['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'])]),
    createDate: '2015-04-09T15:03:43Z',
    updateDate: '2015-04-09T15:03:43Z',
    description: 'Provides write permissions to CloudWatch Logs.',
  },
  {
    // v5, copied from its reference page (the same as moto's v5).
    policyName: 'AmazonEC2ReadOnlyAccess',
    path: '/',
    defaultVersionId: 'v5',
    document: doc([
      allowAll(['ec2:Describe*', 'ec2:GetSecurityGroupsForVpc']),
      allowAll('elasticloadbalancing:Describe*'),
      allowAll(['cloudwatch:ListMetrics', 'cloudwatch:GetMetricStatistics', 'cloudwatch:Describe*']),
      allowAll('autoscaling:Describe*'),
    ]),
    createDate: '2015-02-06T18:40:17Z',
    updateDate: '2026-02-12T18:03:17Z',
    description: 'Provides read only access to Amazon EC2 via the AWS Management Console.',
  },
  ...MORE_AWS_MANAGED,
  ...SERVICE_ROLE_POLICIES,
];

/** The AWS managed policies the simulator knows, in catalog order. */
export const awsManagedPolicies: readonly AwsManagedPolicy[] = CATALOG.map((p) => ({
  ...p,
  arn: `arn:aws:iam::aws:policy${p.path}${p.policyName}`,
  policyId: createIdGenerator(createRandom(`aws-managed:${p.policyName}`)).uniqueId('managedPolicy'),
}));

const BY_ARN = new Map(awsManagedPolicies.map((p) => [p.arn, p]));

/** The AWS managed policy with this ARN, if the simulator knows it. */
export function awsManagedPolicy(arn: string): AwsManagedPolicy | undefined {
  return BY_ARN.get(arn);
}
