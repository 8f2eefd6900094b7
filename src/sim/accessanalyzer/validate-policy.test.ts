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
});
