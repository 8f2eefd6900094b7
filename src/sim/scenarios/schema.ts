import { z } from 'zod';

/** A policy document: JSON text, or the document as a YAML/JSON object (normalised to text by the loader). */
const document = z
  .union([z.string(), z.record(z.string(), z.unknown())])
  .describe('IAM policy document, as JSON text or as an object');

const accountId = z.string().regex(/^\d{12}$/, 'an account id is 12 digits');
const tag = z.strictObject({ Key: z.string().min(1), Value: z.string() });

/** Identity policies shared by users and roles. */
const identityPolicies = {
  inlinePolicies: z.record(z.string(), document).default({}).describe('Inline policies: name → document'),
  managedPolicies: z
    .array(z.string())
    .default([])
    .describe('ARNs of attached managed policies (AWS or customer)'),
  permissionsBoundary: z.string().optional().describe('ARN of the permissions boundary policy'),
  tags: z.array(tag).default([]).describe('IAM tags'),
  path: z.string().default('/').describe('IAM path, `/` or `/a/b/`'),
};

/** A scenario's starting world, as written in a data file. */
export const scenarioSchema = z.strictObject({
  name: z.string().min(1).describe('Scenario id, e.g. `default-sandbox`'),
  seed: z.union([z.string(), z.number()]).describe('Seed of the id generator: same seed, same ids'),
  start: z.iso.datetime().describe('Simulated start time (ISO 8601, UTC)'),
  accounts: z
    .array(z.strictObject({ id: accountId, alias: z.string().optional().describe('Account alias') }))
    .min(1)
    .describe('The AWS accounts'),
  organization: z
    .strictObject({
      managementAccount: accountId.describe('Pays for and manages the organization; SCPs never apply to it'),
      scps: z
        .array(z.strictObject({ name: z.string().min(1), document }))
        .default([])
        .describe('Service control policies by name (FullAWSAccess exists already)'),
      rootScps: z
        .array(z.string())
        .default([])
        .describe('SCP names attached to the root (besides FullAWSAccess)'),
      units: z
        .array(
          z.strictObject({
            name: z.string().min(1),
            parent: z.string().optional().describe('Parent OU name; the root when absent'),
            accounts: z.array(accountId).default([]).describe('Member accounts directly in this OU'),
            scps: z.array(z.string()).default([]).describe('SCP names attached to this OU'),
          }),
        )
        .default([])
        .describe('Organizational units, parents before children'),
      rootAccounts: z.array(accountId).default([]).describe('Member accounts directly under the root'),
    })
    .optional()
    .describe('The AWS Organization; absent when the accounts stand alone'),
  policies: z
    .array(
      z.strictObject({
        account: accountId,
        name: z.string().min(1),
        path: z.string().default('/'),
        description: z.string().optional(),
        document,
      }),
    )
    .default([])
    .describe('Customer managed policies'),
  users: z
    .array(
      z.strictObject({
        account: accountId,
        name: z.string().min(1),
        ...identityPolicies,
        accessKeys: z
          .array(
            z.strictObject({ id: z.string().regex(/^AKIA[A-Z0-9]{16}$/), secret: z.string().length(40) }),
          )
          .default([])
          .describe('Access keys with fixed values (lessons can show them)'),
        profile: z
          .string()
          .regex(/^[A-Za-z0-9_.-]+$/)
          .optional()
          .describe("A named profile with the user's first access key in the learner's ~/.aws files"),
      }),
    )
    .default([])
    .describe('IAM users'),
  roles: z
    .array(
      z.strictObject({
        account: accountId,
        name: z.string().min(1),
        ...identityPolicies,
        trustPolicy: document.describe('The role trust policy'),
        description: z.string().optional(),
        maxSessionDuration: z.number().int().min(3600).max(43200).default(3600),
      }),
    )
    .default([])
    .describe('IAM roles'),
  buckets: z
    .array(
      z.strictObject({
        account: accountId.describe('The owner account'),
        name: z.string().min(1).describe('Bucket name (global across accounts)'),
        region: z.string().default('us-east-1').describe('Region the bucket lives in'),
        policy: document.optional().describe('Bucket policy (S3 checks it as PutBucketPolicy does)'),
        objects: z
          .array(z.strictObject({ key: z.string().min(1), body: z.string().describe('UTF-8 text') }))
          .default([])
          .describe('Objects stored at load time'),
      }),
    )
    .default([])
    .describe('S3 buckets'),
  instances: z
    .array(
      z.strictObject({
        account: accountId.describe('The owner account'),
        name: z.string().min(1).describe('The `Name` tag (how lessons and graders find the instance)'),
        imageId: z
          .string()
          .regex(/^ami-[0-9a-f]{8,17}$/, 'an AMI id is ami- and 8 to 17 hex digits')
          .default('ami-0abcdef1234567890')
          .describe('AMI id'),
        instanceType: z.string().default('t3.micro').describe('Instance type'),
        httpTokens: z
          .enum(['optional', 'required'])
          .default('required')
          .describe('IMDS MetadataOptions.HttpTokens: `required` is IMDSv2 only'),
        tags: z.array(tag).default([]).describe('Tags besides Name'),
      }),
    )
    .default([])
    .describe('Running EC2 instances, without an instance profile (lessons attach one)'),
  tables: z
    .array(
      z.strictObject({
        account: accountId.describe('The owner account'),
        name: z.string().regex(/^[a-zA-Z0-9_.-]{3,255}$/, 'a table name is 3-255 of a-z A-Z 0-9 _ . -'),
        partitionKey: z.string().min(1).describe('Partition (HASH) key attribute, a string (S)'),
        sortKey: z.string().min(1).optional().describe('Sort (RANGE) key attribute, a string (S)'),
        items: z
          .array(z.record(z.string(), z.record(z.string(), z.unknown())))
          .default([])
          .describe('Items in DynamoDB JSON ({"pk": {"S": "…"}})'),
      }),
    )
    .default([])
    .describe('DynamoDB tables (on-demand billing)'),
  oidcProviders: z
    .array(
      z.strictObject({
        account: accountId,
        url: z
          .string()
          .regex(/^https:\/\/[^/\s]+/, 'an OIDC issuer URL starts with https://')
          .describe('Issuer URL'),
        clientIds: z
          .array(z.string().min(1))
          .default(['sts.amazonaws.com'])
          .describe('Audiences (client IDs)'),
      }),
    )
    .default([])
    .describe(
      'IAM OIDC identity providers, e.g. GitHub Actions (https://token.actions.githubusercontent.com)',
    ),
  samlProviders: z
    .array(
      z.strictObject({
        account: accountId,
        name: z.string().min(1).describe('Provider name: arn:aws:iam::ACCOUNT:saml-provider/NAME'),
        entityId: z.string().min(1).describe("The IdP's entityID, which its assertions name as Issuer"),
      }),
    )
    .default([])
    .describe('IAM SAML identity providers (metadata generated for the simulated IdP)'),
  trails: z
    .array(
      z.strictObject({
        account: accountId,
        name: z.string().min(1).describe('Trail name'),
        bucket: z.string().min(1).describe('Bucket the trail delivers to (listed under buckets)'),
        organization: z.boolean().default(false).describe('An organization trail'),
      }),
    )
    .default([])
    .describe('CloudTrail trails (DescribeTrails); event history exists without any'),
});

/** A scenario as written (before defaults). */
export type ScenarioInput = z.input<typeof scenarioSchema>;
/** A validated scenario with defaults filled in. */
export type Scenario = z.output<typeof scenarioSchema>;
