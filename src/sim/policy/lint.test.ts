import { describe, expect, it } from 'vitest';
import { lintPolicy } from './lint.ts';
import type { PolicyKind } from './types.ts';

const OWN = '111122223333';
const OTHER = '444455556666';
// biome-ignore lint/suspicious/noTemplateCurlyInString: an IAM policy variable, not a template
const USER_VAR = '${aws:username}';

const doc = (...Statement: object[]) => ({ Version: '2012-10-17', Statement });
const allow = (extra: object) => ({ Effect: 'Allow', ...extra });
const deny = (extra: object) => ({ Effect: 'Deny', ...extra });
const assume = (Principal: unknown, extra: object = {}) =>
  allow({ Principal, Action: 'sts:AssumeRole', ...extra });
const webIdentity = (provider: string, Condition?: object) =>
  allow({
    Principal: { Federated: provider },
    Action: 'sts:AssumeRoleWithWebIdentity',
    ...(Condition ? { Condition } : {}),
  });
const GITHUB = `arn:aws:iam::${OWN}:oidc-provider/token.actions.githubusercontent.com`;
const mfa = (operator: string, value: string) => ({
  Condition: { [operator]: { 'aws:MultiFactorAuthPresent': value } },
});

interface Case {
  readonly name: string;
  readonly kind: PolicyKind;
  readonly doc: unknown;
  /** Every code the linter must report, in order (so an empty list also pins "no findings"). */
  readonly codes: readonly string[];
  readonly account?: string;
}

const CASES: Case[] = [
  // clean, least-privilege documents
  {
    name: 'least-privilege identity policy',
    kind: 'identity',
    doc: doc(
      allow({ Action: ['s3:GetObject', 's3:ListBucket'], Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'] }),
    ),
    codes: [],
  },
  {
    name: 'EC2 instance role trust',
    kind: 'trust',
    doc: doc(assume({ Service: 'ec2.amazonaws.com' })),
    codes: [],
  },
  {
    name: 'same-account role trust with account option',
    kind: 'trust',
    account: OWN,
    doc: doc(assume({ AWS: `arn:aws:iam::${OWN}:role/admin` })),
    codes: [],
  },

  // malformed documents: one error with IAM's message
  { name: 'invalid JSON', kind: 'identity', doc: '{"Version":', codes: ['malformed-policy-document'] },
  {
    name: 'duplicate Sid is rejected by IAM',
    kind: 'identity',
    doc: doc(
      allow({ Sid: 'A', Action: 's3:GetObject', Resource: '*' }),
      allow({ Sid: 'A', Action: 's3:PutObject', Resource: '*' }),
    ),
    codes: ['malformed-policy-document'],
  },

  // trust-any-principal
  { name: 'trust Principal "*"', kind: 'trust', doc: doc(assume('*')), codes: ['trust-any-principal'] },
  { name: 'trust AWS "*"', kind: 'trust', doc: doc(assume({ AWS: ['*'] })), codes: ['trust-any-principal'] },
  {
    name: 'bucket policy public read',
    kind: 'resource',
    doc: doc(allow({ Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' })),
    codes: ['trust-any-principal'],
  },
  {
    name: 'trust "*" narrowed by PrincipalOrgID',
    kind: 'trust',
    doc: doc(assume('*', { Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } })),
    codes: [],
  },
  {
    name: 'trust "*" with an external id only is still anyone',
    kind: 'trust',
    doc: doc(assume('*', { Condition: { StringEquals: { 'sts:ExternalId': 'x' } } })),
    codes: ['trust-any-principal'],
  },
  {
    name: 'trust "*" with a negated or IfExists org condition is still anyone',
    kind: 'trust',
    doc: doc(
      assume('*', { Condition: { StringNotEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } }),
      assume('*', { Condition: { StringEqualsIfExists: { 'aws:PrincipalAccount': OWN } } }),
    ),
    codes: ['trust-any-principal', 'trust-any-principal'],
  },
  {
    name: 'Deny for "*" is fine',
    kind: 'resource',
    doc: doc(deny({ Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::b/*' })),
    codes: [],
  },
  {
    name: 'Allow with NotPrincipal',
    kind: 'resource',
    doc: doc(
      allow({
        NotPrincipal: { AWS: `arn:aws:iam::${OWN}:root` },
        Action: 's3:GetObject',
        Resource: 'arn:aws:s3:::b/*',
      }),
    ),
    codes: ['allow-not-principal'],
  },

  // trust-cross-account-no-external-id
  {
    name: 'other account root without external id',
    kind: 'trust',
    account: OWN,
    doc: doc(assume({ AWS: `arn:aws:iam::${OTHER}:root` })),
    codes: ['trust-cross-account-no-external-id'],
  },
  {
    name: 'bare account id, no account option: every account is "other"',
    kind: 'trust',
    doc: doc(assume({ AWS: OWN })),
    codes: ['trust-cross-account-no-external-id'],
  },
  {
    name: 'other account with external id',
    kind: 'trust',
    account: OWN,
    doc: doc(
      assume(
        { AWS: `arn:aws:iam::${OTHER}:root` },
        { Condition: { StringEquals: { 'sts:ExternalId': 'k' } } },
      ),
    ),
    codes: [],
  },
  {
    name: 'other account people with MFA',
    kind: 'trust',
    account: OWN,
    doc: doc(assume({ AWS: `arn:aws:iam::${OTHER}:root` }, mfa('Bool', 'true'))),
    codes: [],
  },

  // service-trust-no-source-condition
  {
    name: 'Lambda trust without source condition',
    kind: 'trust',
    doc: doc(assume({ Service: 'lambda.amazonaws.com' })),
    codes: ['service-trust-no-source-condition'],
  },
  {
    name: 'EventBridge trust pinned with SourceArn',
    kind: 'trust',
    doc: doc(
      assume(
        { Service: 'events.amazonaws.com' },
        { Condition: { ArnLike: { 'aws:SourceArn': `arn:aws:events:us-east-1:${OWN}:rule/*` } } },
      ),
    ),
    codes: [],
  },
  {
    name: 'Config trust pinned with SourceAccount',
    kind: 'trust',
    doc: doc(
      assume(
        { Service: 'config.amazonaws.com' },
        { Condition: { StringEquals: { 'aws:SourceAccount': OWN } } },
      ),
    ),
    codes: [],
  },

  // federated-no-subject-condition
  {
    name: 'GitHub OIDC with aud only',
    kind: 'trust',
    doc: doc(
      webIdentity(GITHUB, {
        StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
      }),
    ),
    codes: ['federated-no-subject-condition'],
  },
  {
    name: 'GitHub OIDC pinned to a repository',
    kind: 'trust',
    doc: doc(
      webIdentity(GITHUB, {
        StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
        StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:acme/site:*' },
      }),
    ),
    codes: [],
  },
  {
    name: 'Cognito identity pool without aud',
    kind: 'trust',
    doc: doc(webIdentity('cognito-identity.amazonaws.com')),
    codes: ['federated-no-subject-condition'],
  },

  // allow-all-actions, service wildcards, sensitive writes
  {
    name: 'administrator policy',
    kind: 'identity',
    doc: doc(allow({ Action: '*', Resource: '*' })),
    codes: ['allow-all-actions', 'passrole-wildcard'],
  },
  {
    name: 'SCP FullAWSAccess is normal',
    kind: 'scp',
    doc: doc(allow({ Action: '*', Resource: '*' })),
    codes: [],
  },
  {
    name: 'iam:* and s3:* on everything',
    kind: 'identity',
    doc: doc(allow({ Action: ['iam:*', 's3:*', 'ec2:*'], Resource: '*' })),
    codes: [
      'allow-service-wildcard-on-sensitive',
      'allow-service-wildcard-on-sensitive',
      'passrole-wildcard',
    ],
  },
  {
    name: 's3:* on one bucket',
    kind: 'identity',
    doc: doc(allow({ Action: 's3:*', Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'] })),
    codes: [],
  },
  {
    name: 'policy-attaching actions on every resource',
    kind: 'identity',
    doc: doc(allow({ Action: ['iam:Attach*Policy', 'iam:ListRoles'], Resource: '*' })),
    codes: ['allow-all-resources-sensitive'],
  },
  {
    name: 'read-only actions on every resource',
    kind: 'identity',
    doc: doc(allow({ Action: ['iam:Get*', 'iam:List*', 'ec2:Describe*'], Resource: '*' })),
    codes: [],
  },

  // allow-not-action / allow-not-resource
  {
    name: 'Allow NotAction',
    kind: 'identity',
    doc: doc(allow({ NotAction: 'iam:*', Resource: 'arn:aws:s3:::b/*' })),
    codes: ['allow-not-action'],
  },
  {
    name: 'Deny NotAction (the usual pattern) is fine',
    kind: 'identity',
    doc: doc(
      deny({
        NotAction: 'iam:*',
        Resource: '*',
        Condition: { StringNotEquals: { 'aws:RequestedRegion': 'eu-west-1' } },
      }),
    ),
    codes: [],
  },
  {
    name: 'Allow NotResource',
    kind: 'identity',
    doc: doc(allow({ Action: 's3:GetObject', NotResource: 'arn:aws:s3:::secret/*' })),
    codes: ['allow-not-resource'],
  },

  // passrole-wildcard
  {
    name: 'PassRole on every role',
    kind: 'identity',
    doc: doc(allow({ Action: 'iam:PassRole', Resource: `arn:aws:iam::${OWN}:role/*` })),
    codes: ['passrole-wildcard'],
  },
  {
    name: 'PassRole on a named role',
    kind: 'identity',
    doc: doc(
      allow({
        Action: 'iam:PassRole',
        Resource: `arn:aws:iam::${OWN}:role/app-lambda`,
        Condition: { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } },
      }),
    ),
    codes: [],
  },

  // MFA conditions
  {
    name: 'Deny with Bool false misses long-term keys',
    kind: 'identity',
    doc: doc(deny({ Action: 'ec2:TerminateInstances', Resource: '*', ...mfa('Bool', 'false') })),
    codes: ['mfa-bool-absent-key'],
  },
  {
    name: 'Deny with BoolIfExists false',
    kind: 'identity',
    doc: doc(deny({ Action: 'ec2:TerminateInstances', Resource: '*', ...mfa('BoolIfExists', 'false') })),
    codes: [],
  },
  {
    name: 'Allow with Bool true',
    kind: 'identity',
    doc: doc(allow({ Action: 'ec2:StopInstances', Resource: '*', ...mfa('Bool', 'true') })),
    codes: [],
  },
  {
    name: 'Allow with BoolIfExists true lets access keys through',
    kind: 'identity',
    doc: doc(allow({ Action: 'ec2:StopInstances', Resource: '*', ...mfa('BoolIfExists', 'true') })),
    codes: ['mfa-allow-if-exists'],
  },

  // Version and variables
  {
    name: 'no Version',
    kind: 'identity',
    doc: { Statement: allow({ Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }) },
    codes: ['version-missing'],
  },
  {
    name: 'variable without Version',
    kind: 'identity',
    doc: { Statement: allow({ Action: 's3:GetObject', Resource: `arn:aws:s3:::b/${USER_VAR}/*` }) },
    codes: ['version-missing', 'variable-in-2008'],
  },
  {
    name: 'variable in a condition under 2008-10-17',
    kind: 'identity',
    doc: {
      Version: '2008-10-17',
      Statement: allow({
        Action: 's3:ListBucket',
        Resource: 'arn:aws:s3:::b',
        Condition: { StringLike: { 's3:prefix': `home/${USER_VAR}/*` } },
      }),
    },
    codes: ['version-outdated', 'variable-in-2008'],
  },
  {
    name: 'variable under 2012-10-17',
    kind: 'identity',
    doc: doc(allow({ Action: 's3:GetObject', Resource: `arn:aws:s3:::b/${USER_VAR}/*` })),
    codes: [],
  },

  // invalid-action: an entry of a catalogued service that matches no action of it
  {
    name: 'exact actions, service wildcard and matching patterns are valid',
    kind: 'identity',
    doc: doc(
      allow({
        Action: ['s3:GetObject', 's3:Get*', 's3:*', 'ec2:Describe*', 's3:GetObjec?'],
        Resource: 'arn:aws:s3:::b/*',
      }),
    ),
    codes: [],
  },
  {
    name: 'action names and prefixes match case-insensitively',
    kind: 'identity',
    doc: doc(allow({ Action: ['S3:getobject', 'DynamoDB:GetItem'], Resource: 'arn:aws:s3:::b/*' })),
    codes: [],
  },
  {
    name: 'typo in an action name',
    kind: 'identity',
    doc: doc(allow({ Action: 's3:GetObjects', Resource: 'arn:aws:s3:::b/*' })),
    codes: ['invalid-action'],
  },
  {
    name: 'pattern that matches no action',
    kind: 'identity',
    doc: doc(allow({ Action: ['s3:GetObject', 's3:Gett*'], Resource: 'arn:aws:s3:::b/*' })),
    codes: ['invalid-action'],
  },
  {
    name: 'typo in a Deny NotAction',
    kind: 'identity',
    doc: doc(deny({ NotAction: ['iam:ListRole', 'sts:GetCallerIdentity'], Resource: '*' })),
    codes: ['invalid-action'],
  },
  {
    name: 'typo in a bucket policy action',
    kind: 'resource',
    account: OWN,
    doc: doc(
      allow({
        Principal: { AWS: `arn:aws:iam::${OWN}:role/app` },
        Action: 's3:PutObjcet',
        Resource: 'arn:aws:s3:::b/*',
      }),
    ),
    codes: ['invalid-action'],
  },
  {
    name: 'a service outside the catalog is not judged',
    kind: 'identity',
    doc: doc(allow({ Action: ['a4b:NoSuchThing', 'bedrock:InvokeModel'], Resource: 'arn:aws:s3:::b/*' })),
    codes: [],
  },

  // redundancy
  {
    name: 'repeated statement with another Sid',
    kind: 'identity',
    doc: doc(
      allow({ Sid: 'One', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::b/*' }),
      allow({ Sid: 'Two', Action: ['s3:PutObject', 's3:GetObject'], Resource: 'arn:aws:s3:::b/*' }),
    ),
    codes: ['redundant-statement'],
  },
  {
    name: 'similar statements with different effects',
    kind: 'identity',
    doc: doc(
      allow({ Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }),
      deny({ Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }),
    ),
    codes: [],
  },
  {
    name: 'empty Sid',
    kind: 'identity',
    doc: doc(allow({ Sid: '', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' })),
    codes: ['empty-sid'],
  },
];

describe('lintPolicy (data-driven)', () => {
  it.each(CASES)('$name', ({ doc: input, kind, codes, account }) => {
    const findings = lintPolicy(input as object, kind, account === undefined ? {} : { account });
    expect(findings.map((f) => f.code)).toEqual(codes);
  });
});

describe('lintPolicy findings', () => {
  it('point at the statement and element, with Sid', () => {
    const [finding] = lintPolicy(
      doc(allow({ Sid: 'Admin', Action: '*', Resource: 'arn:aws:s3:::b' })),
      'identity',
    );
    expect(finding).toMatchObject({
      code: 'allow-all-actions',
      severity: 'security-warning',
      statement: { index: 0, sid: 'Admin' },
      path: 'Statement[0].Action',
    });
  });

  it("carry IAM's MalformedPolicyDocument message and path for a rejected document", () => {
    const findings = lintPolicy(
      doc(
        allow({ Sid: 'A', Action: 's3:GetObject', Resource: '*' }),
        allow({ Sid: 'A', Action: 's3:PutObject', Resource: '*' }),
      ),
      'identity',
    );
    expect(findings).toEqual([
      {
        code: 'malformed-policy-document',
        severity: 'error',
        message: 'Statement IDs (SID) in a single policy must be unique.',
        statement: { index: 1 },
        path: 'Statement[1].Sid',
      },
    ]);
    expect(lintPolicy('nope', 'identity')[0]).toMatchObject({
      message: 'Syntax errors in policy.',
      path: '',
    });
  });

  it('take the document as JSON text, a raw object or an already-parsed AST', () => {
    const raw = doc(assume('*'));
    const fromText = lintPolicy(JSON.stringify(raw), 'trust');
    expect(lintPolicy(raw, 'trust')).toEqual(fromText);
    const parsed = {
      version: '2012-10-17' as const,
      versionOmitted: false,
      statements: [
        {
          index: 0,
          effect: 'Allow' as const,
          action: { kind: 'Action' as const, values: ['sts:AssumeRole'] },
          principal: { kind: 'Principal' as const, spec: { kind: '*' as const } },
          conditions: [],
        },
      ],
    };
    expect(lintPolicy(parsed, 'trust')).toEqual(fromText);
  });

  it('report document-level findings with statement index -1 and sort them first', () => {
    const findings = lintPolicy({ Statement: [assume('*')] }, 'trust');
    expect(findings.map((f) => [f.code, f.statement.index, f.path])).toEqual([
      ['version-missing', -1, 'Version'],
      ['trust-any-principal', 0, 'Statement[0].Principal'],
    ]);
  });

  it('name the cross-account principal and the MFA condition path', () => {
    const [cross] = lintPolicy(doc(assume({ AWS: `arn:aws:iam::${OTHER}:role/vendor` })), 'trust', {
      account: OWN,
    });
    expect(cross?.message).toContain(OTHER);
    const [bool] = lintPolicy(
      doc(deny({ Action: '*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': false } } })),
      'identity',
    );
    expect(bool?.path).toBe('Statement[0].Condition.Bool.aws:MultiFactorAuthPresent');
  });

  it('name the action that does not exist, its entry and what it does not do', () => {
    const findings = lintPolicy(
      doc(
        allow({ Sid: 'Read', Action: ['s3:GetObject', 's3:GetObjects'], Resource: 'arn:aws:s3:::b/*' }),
        deny({ Action: 'iam:DeleteRoles', Resource: '*' }),
        deny({ NotAction: 's3:List*Things', Resource: '*' }),
        allow({ Action: 's3:ListBuckets', Resource: '*' }),
      ),
      'identity',
    );
    expect(findings.filter((f) => f.code === 'invalid-action')).toEqual([
      {
        code: 'invalid-action',
        severity: 'error',
        message:
          's3:GetObjects is not an s3 action, so it allows nothing. Check the spelling against the s3 actions in the Service Authorization Reference.',
        statement: { index: 0, sid: 'Read' },
        path: 'Statement[0].Action[1]',
        value: 's3:GetObjects',
      },
      expect.objectContaining({
        message: expect.stringMatching(/^iam:DeleteRoles is not an iam action, so it denies nothing\./),
        path: 'Statement[1].Action[0]',
      }),
      expect.objectContaining({
        message: expect.stringMatching(
          /^s3:List\*Things matches no s3 action, so it excludes nothing from the NotAction\./,
        ),
        path: 'Statement[2].NotAction[0]',
      }),
      expect.objectContaining({
        message:
          's3:ListBuckets is not an s3 action, so it allows nothing. The API ListBuckets is authorized by the IAM action s3:ListAllMyBuckets.',
        value: 's3:ListBuckets',
      }),
    ]);
  });
});
