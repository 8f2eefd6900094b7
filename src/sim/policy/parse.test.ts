import { describe, expect, it } from 'vitest';
import { parsePolicy } from './parse.ts';
import type { PolicyKind } from './types.ts';

const allow = (extra: Record<string, unknown>) => ({
  Version: '2012-10-17',
  Statement: { Effect: 'Allow', ...extra },
});
const trust = (extra: Record<string, unknown>) =>
  allow({ Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole', ...extra });

/** [name, kind, document, expected IAM message or null when the document is valid] */
const CASES: [string, PolicyKind, unknown, string | null][] = [
  ['valid identity policy', 'identity', allow({ Action: 's3:GetObject', Resource: '*' }), null],
  ['invalid JSON text', 'identity', '{"Version": ', 'Syntax errors in policy.'],
  [
    'unknown top-level field',
    'identity',
    { Statement: [], Versoin: '2012-10-17' },
    'Syntax errors in policy.',
  ],
  [
    'unknown statement field',
    'identity',
    allow({ Action: 'a:b', Resource: '*', Actions: 'x' }),
    'Syntax errors in policy.',
  ],
  ['bad version', 'identity', { Version: '2012-10-18', Statement: [] }, 'Syntax errors in policy.'],
  ['empty statement list', 'identity', { Version: '2012-10-17', Statement: [] }, 'Syntax errors in policy.'],
  ['Action is a number', 'identity', allow({ Action: 5, Resource: '*' }), 'Syntax errors in policy.'],
  [
    'Effect not allow/deny',
    'identity',
    allow({ Effect: 'Permit', Action: 'a:b', Resource: '*' }),
    'Syntax errors in policy.',
  ],
  [
    'lower-case effect',
    'identity',
    allow({ Effect: 'allow', Action: 'a:b', Resource: '*' }),
    'The policy failed legacy parsing',
  ],
  [
    'Action and NotAction',
    'identity',
    allow({ Action: 'a:b', NotAction: 'a:c', Resource: '*' }),
    'Syntax errors in policy.',
  ],
  [
    'principal in identity policy',
    'identity',
    allow({ Principal: '*', Action: 'a:b', Resource: '*' }),
    'Policy document should not specify a principal.',
  ],
  [
    'principal in boundary',
    'boundary',
    allow({ Principal: '*', Action: 'a:b', Resource: '*' }),
    'Policy document should not specify a principal.',
  ],
  ['no Action', 'identity', allow({ Resource: '*' }), 'Policy statement must contain actions.'],
  [
    'empty Action list',
    'identity',
    allow({ Action: [], Resource: '*' }),
    'Policy statement must contain actions.',
  ],
  ['no Resource', 'identity', allow({ Action: 'a:b' }), 'Policy statement must contain resources.'],
  [
    'duplicate Sid',
    'identity',
    {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'A', Effect: 'Allow', Action: 'a:b', Resource: '*' },
        { Sid: 'A', Effect: 'Deny', Action: 'a:b', Resource: '*' },
      ],
    },
    'Statement IDs (SID) in a single policy must be unique.',
  ],
  [
    'action without vendor',
    'identity',
    allow({ Action: 'GetObject', Resource: '*' }),
    'Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.',
  ],
  [
    'action with two colons',
    'identity',
    allow({ Action: 's3:Get:Object', Resource: '*' }),
    'Actions/Condition can contain only one colon.',
  ],
  ['bad vendor', 'identity', allow({ Action: 's 3:GetObject', Resource: '*' }), 'Vendor s 3 is not valid'],
  [
    'resource not an ARN',
    'identity',
    allow({ Action: 'a:b', Resource: 'bucket' }),
    'Resource bucket must be in ARN format or "*".',
  ],
  [
    'unknown condition operator',
    'identity',
    allow({ Action: 'a:b', Resource: '*', Condition: { StringEqualz: { 'aws:x': 'y' } } }),
    'Syntax errors in policy.',
  ],
  [
    'bad date value',
    'identity',
    allow({ Action: 'a:b', Resource: '*', Condition: { DateLessThan: { 'aws:CurrentTime': '2025-13-01' } } }),
    'The policy failed legacy parsing',
  ],
  ['valid trust policy', 'trust', trust({}), null],
  [
    'trust policy without principal',
    'trust',
    allow({ Action: 'sts:AssumeRole' }),
    'Missing required field Principal',
  ],
  ['trust policy with Resource', 'trust', trust({ Resource: '*' }), 'Has prohibited field Resource'],
  [
    'trust policy with non-STS action',
    'trust',
    trust({ Action: 's3:GetObject' }),
    'AssumeRole policy may only specify STS AssumeRole actions.',
  ],
  [
    'trust policy web identity',
    'trust',
    trust({ Principal: { Federated: 'accounts.google.com' }, Action: 'sts:AssumeRoleWithWebIdentity' }),
    null,
  ],
  [
    'invalid service principal',
    'trust',
    trust({ Principal: { Service: 'lambda' } }),
    'Invalid principal in policy: "SERVICE":"lambda"',
  ],
  [
    'wildcard inside AWS principal',
    'trust',
    trust({ Principal: { AWS: 'arn:aws:iam::111122223333:role/*' } }),
    'Invalid principal in policy: "AWS":"arn:aws:iam::111122223333:role/*"',
  ],
  ['account id principal', 'trust', trust({ Principal: { AWS: '111122223333' } }), null],
  [
    'bucket policy without Resource is allowed',
    'resource',
    allow({ Principal: '*', Action: 's3:GetObject' }),
    null,
  ],
  [
    'bucket policy without principal',
    'resource',
    allow({ Action: 's3:GetObject', Resource: '*' }),
    'Missing required field Principal',
  ],
];

describe('parsePolicy', () => {
  it.each(CASES)('%s', (_name, kind, document, message) => {
    const result = parsePolicy(typeof document === 'string' ? document : JSON.stringify(document), kind);
    if (message === null) {
      expect(result.ok, result.ok ? '' : result.error.message).toBe(true);
    } else {
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.error).toMatchObject({ code: 'MalformedPolicyDocument', message, status: 400 });
    }
  });

  it('normalises shorthand once: strings become lists, a single statement becomes an array', () => {
    const result = parsePolicy(
      allow({ Sid: 'One', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }),
      'identity',
    );
    expect(result).toMatchObject({
      ok: true,
      policy: {
        version: '2012-10-17',
        statements: [
          {
            index: 0,
            sid: 'One',
            action: { kind: 'Action', values: ['s3:GetObject'] },
            resource: { kind: 'Resource', values: ['arn:aws:s3:::b/*'] },
          },
        ],
      },
    });
  });

  it('splits condition operators and stringifies values', () => {
    const doc = allow({
      Action: 'a:b',
      Resource: '*',
      Condition: {
        'ForAnyValue:StringLikeIfExists': { 'aws:TagKeys': ['a*', 'b'] },
        NumericLessThan: { 's3:max-keys': 10 },
      },
    });
    const result = parsePolicy(doc, 'identity');
    expect(result.ok && result.policy.statements[0]?.conditions).toEqual([
      {
        raw: 'ForAnyValue:StringLikeIfExists',
        operator: 'StringLike',
        qualifier: 'ForAnyValue',
        ifExists: true,
        key: 'aws:TagKeys',
        values: ['a*', 'b'],
      },
      {
        raw: 'NumericLessThan',
        operator: 'NumericLessThan',
        qualifier: null,
        ifExists: false,
        key: 's3:max-keys',
        values: ['10'],
      },
    ]);
  });

  it('treats a missing Version as 2008-10-17 and reports the path of a problem', () => {
    const result = parsePolicy({ Statement: { Effect: 'Allow', Action: 'a:b', Resource: '*' } }, 'identity');
    expect(result.ok && result.policy.version).toBe('2008-10-17');
    const bad = parsePolicy(trust({ Resource: '*' }), 'trust');
    expect(!bad.ok && bad.path).toBe('Statement[0].Resource');
  });
});
