import { describe, expect, it } from 'vitest';
import { sandbox } from '../scenarios/fixtures.ts';

const devRoot = { principal: 'arn:aws:iam::111111111111:root' };

describe('Access Analyzer ValidatePolicy', () => {
  it('reports iam:PassRole on * as PASS_ROLE_WITH_STAR_IN_RESOURCE, located by path and span', () => {
    const { world } = sandbox();
    const policyDocument = [
      '{',
      '  "Version": "2012-10-17",',
      '  "Statement": [',
      '    { "Effect": "Allow", "Action": "iam:PassRole", "Resource": "*" }',
      '  ]',
      '}',
    ].join('\n');
    const out = world.call(devRoot, 'accessanalyzer', 'ValidatePolicy', {
      policyDocument,
      policyType: 'IDENTITY_POLICY',
    }) as { findings: Record<string, unknown>[] };
    const passRole = out.findings.find((f) => f.issueCode === 'PASS_ROLE_WITH_STAR_IN_RESOURCE');
    expect(passRole).toMatchObject({
      findingType: 'SECURITY_WARNING',
      findingDetails: expect.stringContaining(
        'Using the iam:PassRole action with wildcards (*) in the resource',
      ),
      learnMoreLink: expect.stringContaining(
        '#access-analyzer-reference-policy-checks-security-warning-pass-role-with-star-in-resource',
      ),
    });
    const locations = (passRole?.locations ?? []) as {
      path: unknown[];
      span: { start: { line: number; column: number; offset: number } };
    }[];
    const location = locations[0];
    const start = location?.span.start;
    expect(start?.line).toBe(4);
    expect(policyDocument.slice(start?.offset, (start?.offset ?? 0) + 3)).toBe('"*"');
  });

  it('a clean policy has no findings; invalid JSON is one ERROR; the caller needs access-analyzer:ValidatePolicy', () => {
    const { world } = sandbox();
    const clean = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }],
    });
    expect(
      world.call(devRoot, 'accessanalyzer', 'ValidatePolicy', {
        policyDocument: clean,
        policyType: 'IDENTITY_POLICY',
      }),
    ).toEqual({
      findings: [],
    });
    const broken = world.call(devRoot, 'accessanalyzer', 'ValidatePolicy', {
      policyDocument: '{"Version":',
      policyType: 'IDENTITY_POLICY',
    });
    expect(broken).toMatchObject({
      findings: [{ findingType: 'ERROR', issueCode: 'JSON_SYNTAX_ERROR', locations: [{ path: [] }] }],
    });
    const vendor = { principal: 'arn:aws:iam::222222222222:user/vendor-app' };
    expect(
      world.call(vendor, 'accessanalyzer', 'ValidatePolicy', {
        policyDocument: clean,
        policyType: 'IDENTITY_POLICY',
      }),
    ).toMatchObject({
      code: 'AccessDeniedException',
    });
  });

  it('reports an action that does not exist as INVALID_ACTION, located at the action string', () => {
    const { world } = sandbox();
    const policyDocument = JSON.stringify(
      {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: ['s3:GetObject', 's3:GetObjects'], Resource: 'arn:aws:s3:::b/*' },
        ],
      },
      null,
      2,
    );
    const out = world.call(devRoot, 'accessanalyzer', 'ValidatePolicy', {
      policyDocument,
      policyType: 'IDENTITY_POLICY',
    });
    const offset = policyDocument.indexOf('"s3:GetObjects"');
    const line = policyDocument.slice(0, offset).split('\n').length;
    const column = offset - policyDocument.lastIndexOf('\n', offset) - 1;
    expect(out).toEqual({
      findings: [
        {
          findingType: 'ERROR',
          issueCode: 'INVALID_ACTION',
          findingDetails: 'The action s3:GetObjects does not exist.',
          learnMoreLink:
            'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-action',
          locations: [
            {
              path: [{ value: 'Statement' }, { index: 0 }, { value: 'Action' }, { index: 1 }],
              span: {
                start: { line, column, offset },
                end: { line, column: column + 15, offset: offset + 15 },
              },
            },
          ],
        },
      ],
    });
  });

  it('locates a lone statement object and action string without indexes, and suggests the action an API needs', () => {
    const { world } = sandbox();
    const policyDocument =
      '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:ListBuckets","Resource":"*"}}';
    const out = world.call(devRoot, 'accessanalyzer', 'ValidatePolicy', {
      policyDocument,
      policyType: 'IDENTITY_POLICY',
    }) as { findings: { findingDetails: string; locations: { path: unknown[] }[] }[] };
    expect(out.findings.map((f) => [f.findingDetails, f.locations[0]?.path])).toEqual([
      [
        'The action s3:ListBuckets does not exist. Did you mean s3:ListAllMyBuckets? The API called ListBuckets authorizes against the IAM action s3:ListAllMyBuckets.',
        [{ value: 'Statement' }, { value: 'Action' }],
      ],
    ]);
  });
});
