import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../policy/index.ts';
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
});
