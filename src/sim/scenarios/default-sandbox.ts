import type { ScenarioInput } from './schema.ts';

/** Accounts of the default sandbox. */
export const SANDBOX_ACCOUNTS = {
  dev: '111111111111',
  prod: '999999999999',
  management: '123456789012',
  vendor: '222222222222',
} as const;

/** The learner's access key in the default sandbox (AWS's documented example key pair). */
export const STUDENT_KEY = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
} as const;

/**
 * The default sandbox: learner `student` in the dev account with rights to manage IAM roles and policies there and
 * to call sts:AssumeRole; a prod (resource) account; the organization's management account; a third-party vendor
 * account outside the organization; a guardrail SCP on the root (no leaving the organization, no disabling CloudTrail);
 * buckets in dev (`dev-reports-111111111111`) and prod (`account-b-bucket`); an organization trail in management;
 * a DynamoDB table `orders` in dev (customerId, orderId);
 * a running instance `web-1` in dev with no instance profile (the "attach a role to a running instance" exercise);
 * administrators `admin` in prod and management whose keys the learner has as the profiles `prod` and `management`.
 * The student may also list bucket names, look up CloudTrail events, decode authorization messages, validate
 * policies with Access Analyzer, manage OIDC and SAML providers in dev, set up their own virtual MFA device and
 * describe DynamoDB tables.
 */
export const defaultSandbox: ScenarioInput = {
  name: 'default-sandbox',
  seed: 'iam-roles-lab',
  start: '2025-01-15T09:00:00Z',
  accounts: [
    { id: SANDBOX_ACCOUNTS.dev, alias: 'dev' },
    { id: SANDBOX_ACCOUNTS.prod, alias: 'prod' },
    { id: SANDBOX_ACCOUNTS.management, alias: 'management' },
    { id: SANDBOX_ACCOUNTS.vendor, alias: 'vendor' },
  ],
  organization: {
    managementAccount: SANDBOX_ACCOUNTS.management,
    scps: [
      {
        name: 'Guardrails',
        document: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'DenyLeavingOrganization',
              Effect: 'Deny',
              Action: 'organizations:LeaveOrganization',
              Resource: '*',
            },
            {
              Sid: 'DenyDisablingCloudTrail',
              Effect: 'Deny',
              Action: ['cloudtrail:StopLogging', 'cloudtrail:DeleteTrail', 'cloudtrail:UpdateTrail'],
              Resource: '*',
            },
          ],
        },
      },
    ],
    rootScps: ['Guardrails'],
    units: [{ name: 'Workloads', accounts: [SANDBOX_ACCOUNTS.dev, SANDBOX_ACCOUNTS.prod] }],
  },
  users: [
    {
      account: SANDBOX_ACCOUNTS.dev,
      name: 'student',
      inlinePolicies: {
        StudentLab: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'ManageIamRolesAndPolicies',
              Effect: 'Allow',
              Action: ['iam:*Role*', 'iam:*Polic*', 'iam:*InstanceProfile*', 'iam:Get*', 'iam:List*'],
              Resource: `arn:aws:iam::${SANDBOX_ACCOUNTS.dev}:*`,
            },
            {
              Sid: 'ReadAwsManagedPolicies',
              Effect: 'Allow',
              Action: ['iam:Get*', 'iam:List*'],
              Resource: '*',
            },
            { Sid: 'AssumeRoles', Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' },
            // `aws s3 ls`: bucket names only. Listing and reading objects is what the lessons' roles grant.
            {
              Sid: 'ListBuckets',
              Effect: 'Allow',
              Action: ['s3:ListAllMyBuckets', 's3:GetBucketLocation'],
              Resource: '*',
            },
            // The "attach a role to a running instance" exercise (iam:PassRole comes from `iam:*Role*` above).
            {
              Sid: 'AttachRolesToInstances',
              Effect: 'Allow',
              Action: [
                'ec2:DescribeInstances',
                'ec2:DescribeIamInstanceProfileAssociations',
                'ec2:AssociateIamInstanceProfile',
                'ec2:ReplaceIamInstanceProfileAssociation',
                'ec2:DisassociateIamInstanceProfile',
              ],
              Resource: '*',
            },
            // `aws cloudtrail lookup-events` (event history has no resource ARN) and decoding EC2's encoded denials.
            {
              Sid: 'InvestigateDenials',
              Effect: 'Allow',
              Action: ['cloudtrail:LookupEvents', 'sts:DecodeAuthorizationMessage'],
              Resource: '*',
            },
            // The federation, MFA and DynamoDB lessons. Sids are left out and reads (iam:Get*, iam:List*) come from
            // the statements above: the user's inline policies share IAM's 2,048-character quota with the lessons'.
            // Validating a policy and listing tables name no resource, so AWS takes only `*`.
            {
              Effect: 'Allow',
              Action: ['access-analyzer:ValidatePolicy', 'dynamodb:ListTables'],
              Resource: '*',
            },
            // `describe-table` on the dev account's tables (reading items stays with the lessons' roles).
            {
              Effect: 'Allow',
              Action: 'dynamodb:DescribeTable',
              Resource: `arn:aws:dynamodb:*:${SANDBOX_ACCOUNTS.dev}:table/*`,
            },
            // OIDC and SAML identity providers in the dev account only.
            {
              Effect: 'Allow',
              Action: ['iam:*OpenIDConnectProvider*', 'iam:*SAMLProvider*'],
              Resource: [
                `arn:aws:iam::${SANDBOX_ACCOUNTS.dev}:oidc-provider/*`,
                `arn:aws:iam::${SANDBOX_ACCOUNTS.dev}:saml-provider/*`,
              ],
            },
            // A virtual MFA device for the student only, named after them (AWS's "self-manage an MFA device").
            {
              Effect: 'Allow',
              Action: [
                'iam:CreateVirtualMFADevice',
                'iam:EnableMFADevice',
                'iam:DeactivateMFADevice',
                'iam:DeleteVirtualMFADevice',
              ],
              Resource: [
                `arn:aws:iam::${SANDBOX_ACCOUNTS.dev}:mfa/\${aws:username}`,
                `arn:aws:iam::${SANDBOX_ACCOUNTS.dev}:user/\${aws:username}`,
              ],
            },
          ],
        },
      },
      accessKeys: [{ id: STUDENT_KEY.accessKeyId, secret: STUDENT_KEY.secretAccessKey }],
    },
    // Administrators of prod and of the management account, handed to the learner as the profiles `prod` and
    // `management` (`aws iam create-role --profile prod …`): tutorials that set up the trusting side of a
    // cross-account role, or an SCP, run as written with `--profile`.
    {
      account: SANDBOX_ACCOUNTS.prod,
      name: 'admin',
      managedPolicies: ['arn:aws:iam::aws:policy/AdministratorAccess'],
      accessKeys: [{ id: 'AKIAPRODADMINEXAMPLE', secret: 'pR0dAdm1nK3yF0rTh3SandB0xEXAMPLEKEY00001' }],
      profile: 'prod',
    },
    {
      account: SANDBOX_ACCOUNTS.management,
      name: 'admin',
      managedPolicies: ['arn:aws:iam::aws:policy/AdministratorAccess'],
      accessKeys: [{ id: 'AKIAMGMTADMINEXAMPLE', secret: 'Mgm7Adm1nK3yF0rTh3SandB0xEXAMPLEKEY00002' }],
      profile: 'management',
    },
    {
      account: SANDBOX_ACCOUNTS.vendor,
      name: 'vendor-app',
      inlinePolicies: {
        AssumeCustomerRoles: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }],
        },
      },
      accessKeys: [{ id: 'AKIAI44QH8DHBEXAMPLE', secret: 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY' }],
    },
  ],
  buckets: [
    {
      account: SANDBOX_ACCOUNTS.prod,
      name: 'account-b-bucket',
      objects: [{ key: 'shared/readme.txt', body: 'Objects in the prod account (999999999999).\n' }],
    },
    {
      account: SANDBOX_ACCOUNTS.dev,
      name: 'dev-reports-111111111111',
      objects: [
        { key: 'reports/2025-01.csv', body: 'month,cost\n2025-01,412.50\n' },
        { key: 'reports/2025-02.csv', body: 'month,cost\n2025-02,398.10\n' },
        { key: 'private/salaries.csv', body: 'name,salary\nalice,1\n' },
      ],
    },
    { account: SANDBOX_ACCOUNTS.management, name: 'org-cloudtrail-logs-123456789012' },
  ],
  instances: [{ account: SANDBOX_ACCOUNTS.dev, name: 'web-1' }],
  tables: [
    {
      account: SANDBOX_ACCOUNTS.dev,
      name: 'orders',
      partitionKey: 'customerId',
      sortKey: 'orderId',
      items: [
        { customerId: { S: 'alice' }, orderId: { S: '2025-001' }, total: { N: '42.50' } },
        { customerId: { S: 'alice' }, orderId: { S: '2025-007' }, total: { N: '13' } },
        { customerId: { S: 'bob' }, orderId: { S: '2025-002' }, total: { N: '99.90' } },
      ],
    },
  ],
  trails: [
    {
      account: SANDBOX_ACCOUNTS.management,
      name: 'organization-trail',
      bucket: 'org-cloudtrail-logs-123456789012',
      organization: true,
    },
  ],
};
