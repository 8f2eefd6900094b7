import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../policy/index.ts';
import { sandbox, trust } from '../scenarios/fixtures.ts';
import { awsManagedPolicies } from './aws-managed.ts';

// The list of AWS managed policies the simulator must carry with their real documents.
const REQUIRED = [
  'AdministratorAccess',
  'PowerUserAccess',
  'ReadOnlyAccess',
  'IAMFullAccess',
  'IAMReadOnlyAccess',
  'AmazonS3FullAccess',
  'AmazonS3ReadOnlyAccess',
  'AWSLambdaBasicExecutionRole',
  'AmazonEC2ReadOnlyAccess',
  'AmazonDynamoDBReadOnlyAccess',
  'AmazonSSMManagedInstanceCore',
  'CloudWatchLogsFullAccess',
];

const DEV = '111111111111';
const root = { principal: `arn:aws:iam::${DEV}:root` };
const ISO_SECONDS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;

describe('AWS managed policies', () => {
  it('carries every required policy, each a valid identity policy', () => {
    const names = awsManagedPolicies.map((p) => p.policyName);
    expect(REQUIRED.filter((n) => !names.includes(n))).toEqual([]);
    for (const p of awsManagedPolicies) {
      const parsed = parsePolicy(p.document, 'identity');
      expect(parsed.ok, `${p.policyName}: ${parsed.ok ? '' : parsed.error.message}`).toBe(true);
      expect(p.arn).toBe(`arn:aws:iam::aws:policy${p.path}${p.policyName}`);
    }
  });

  it('ReadOnlyAccess allows reads and no writes', () => {
    const ro = awsManagedPolicies.find((p) => p.policyName === 'ReadOnlyAccess');
    const actions = JSON.parse(ro?.document ?? '{}').Statement.flatMap((s: { Action: string[] }) => s.Action);
    expect(actions).toContain('s3:Get*');
    expect(actions).not.toContain('s3:PutObject');
  });

  it('each has a description and was created no later than its default version; a v1 policy on the same second', () => {
    for (const p of awsManagedPolicies) {
      expect(p.description, p.policyName).toBeTruthy();
      expect(p.createDate, p.policyName).toMatch(ISO_SECONDS);
      expect(p.updateDate, p.policyName).toMatch(ISO_SECONDS);
      expect(p.createDate <= p.updateDate, p.policyName).toBe(true);
      if (p.defaultVersionId === 'v1') expect(p.createDate, p.policyName).toBe(p.updateDate);
    }
  });
});

// Values from each policy's page in the AWS Managed Policy Reference (seconds from moto's list_policies snapshot).
const PINNED = [
  {
    arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
    Description: 'Provides read-only access to AWS services and resources.',
    CreateDate: '2015-02-06T18:39:48Z',
    UpdateDate: '2026-04-03T15:27:12Z',
    DefaultVersionId: 'v182',
  },
  {
    arn: 'arn:aws:iam::aws:policy/AdministratorAccess',
    Description: 'Provides full access to AWS services and resources.',
    CreateDate: '2015-02-06T18:39:46Z',
    UpdateDate: '2015-02-06T18:39:46Z',
    DefaultVersionId: 'v1',
  },
  {
    arn: 'arn:aws:iam::aws:policy/PowerUserAccess',
    Description:
      'Provides full access to AWS services and resources, but does not allow management of Users and groups.',
    CreateDate: '2015-02-06T18:39:47Z',
    UpdateDate: '2026-02-12T17:59:14Z',
    DefaultVersionId: 'v12',
  },
  {
    arn: 'arn:aws:iam::aws:policy/AmazonDynamoDBReadOnlyAccess',
    Description: 'Provides read only access to Amazon DynamoDB via the AWS Management Console.',
    CreateDate: '2015-02-06T18:40:12Z',
    UpdateDate: '2024-11-18T17:38:15Z',
    DefaultVersionId: 'v15',
  },
  {
    arn: 'arn:aws:iam::aws:policy/CloudWatchLogsFullAccess',
    Description: 'Provides full access to CloudWatch Logs',
    CreateDate: '2015-02-06T18:40:02Z',
    UpdateDate: '2026-02-12T18:00:33Z',
    DefaultVersionId: 'v8',
  },
  {
    arn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
    Description: 'Provides write permissions to CloudWatch Logs.',
    CreateDate: '2015-04-09T15:03:43Z',
    UpdateDate: '2015-04-09T15:03:43Z',
    DefaultVersionId: 'v1',
  },
  {
    arn: 'arn:aws:iam::aws:policy/aws-service-role/AccessAnalyzerServiceRolePolicy',
    Description: 'Allow Access Analyzer to analyze resource metadata',
    CreateDate: '2019-12-02T17:13:10Z',
    UpdateDate: '2026-02-12T17:59:49Z',
    DefaultVersionId: 'v23',
  },
];

describe('AWS managed policies through the IAM API', () => {
  it.each(PINNED)(
    'GetPolicy $arn: the original CreateDate, the last edit, the default version, the Description',
    (p) => {
      const { world } = sandbox();
      const { arn, ...pinned } = p;
      const out = world.call(root, 'iam', 'GetPolicy', { PolicyArn: arn }) as {
        Policy: Record<string, unknown>;
      };
      expect(out.Policy).toMatchObject({ Arn: arn, ...pinned });
      // The members in the order of botocore's Policy shape.
      expect(Object.keys(out.Policy)).toEqual([
        'PolicyName',
        'PolicyId',
        'Arn',
        'Path',
        'DefaultVersionId',
        'AttachmentCount',
        'PermissionsBoundaryUsageCount',
        'IsAttachable',
        'Description',
        'CreateDate',
        'UpdateDate',
      ]);
    },
  );

  it.each(PINNED)('$arn: the default version was created at the policy UpdateDate', (p) => {
    const { world } = sandbox();
    const version = world.call(root, 'iam', 'GetPolicyVersion', {
      PolicyArn: p.arn,
      VersionId: p.DefaultVersionId,
    });
    expect(version).toMatchObject({
      PolicyVersion: { VersionId: p.DefaultVersionId, IsDefaultVersion: true, CreateDate: p.UpdateDate },
    });
    expect(world.call(root, 'iam', 'ListPolicyVersions', { PolicyArn: p.arn })).toMatchObject({
      Versions: [{ VersionId: p.DefaultVersionId, IsDefaultVersion: true, CreateDate: p.UpdateDate }],
    });
  });

  it('ListPolicies shows the dates but no Description (the Policy shape says it is GetPolicy only)', () => {
    const { world } = sandbox();
    const out = world.call(root, 'iam', 'ListPolicies', { Scope: 'AWS', MaxItems: 1000 }) as {
      Policies: Record<string, unknown>[];
    };
    const ro = out.Policies.find((x) => x.PolicyName === 'ReadOnlyAccess');
    expect(ro).toMatchObject({ CreateDate: '2015-02-06T18:39:48Z', UpdateDate: '2026-04-03T15:27:12Z' });
    expect(out.Policies.filter((x) => 'Description' in x)).toEqual([]);
  });

  it('GetAccountAuthorizationDetails shows an attached AWS managed policy with its Description and dates', () => {
    const { world } = sandbox();
    world.call(root, 'iam', 'CreateRole', { RoleName: 'Auditor', AssumeRolePolicyDocument: trust(DEV) });
    world.call(root, 'iam', 'AttachRolePolicy', {
      RoleName: 'Auditor',
      PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
    });
    const out = world.call(root, 'iam', 'GetAccountAuthorizationDetails', {
      Filter: ['AWSManagedPolicy'],
    }) as {
      Policies: Record<string, unknown>[];
    };
    const ro = out.Policies.find((x) => x.PolicyName === 'ReadOnlyAccess');
    expect(ro).toMatchObject({
      Description: 'Provides read-only access to AWS services and resources.',
      CreateDate: '2015-02-06T18:39:48Z',
      UpdateDate: '2026-04-03T15:27:12Z',
      PolicyVersionList: [{ VersionId: 'v182', IsDefaultVersion: true, CreateDate: '2026-04-03T15:27:12Z' }],
    });
  });
});
