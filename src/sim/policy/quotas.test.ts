import { describe, expect, it } from 'vitest';
import { checkInlineTotal, checkPolicySize, policySize } from './quotas.ts';

describe('policy size quotas', () => {
  it('does not count whitespace outside strings', () => {
    expect(policySize('{ "a" :\n  "b c" }')).toBe(11);
  });

  it.each([
    ['trust', 2048, 'Cannot exceed quota for ACLSizePerRole: 2048'],
    ['managed', 6144, 'Cannot exceed quota for PolicySize: 6144'],
  ] as const)('%s policies over %i characters are LimitExceeded', (quota, max, message) => {
    const fits = `"${'x'.repeat(max - 2)}"`;
    expect(checkPolicySize(fits, quota)).toBeNull();
    expect(checkPolicySize(`${fits} x`, quota)).toEqual({
      kind: 'AwsError',
      code: 'LimitExceeded',
      message,
      status: 409,
    });
  });

  it('limits the aggregate inline size per identity', () => {
    const doc = `"${'x'.repeat(6000)}"`;
    expect(checkInlineTotal('role', 'AppRole', [doc])).toBeNull();
    expect(checkInlineTotal('role', 'AppRole', [doc, doc])?.message).toBe(
      'Maximum policy size of 10240 bytes exceeded for role AppRole',
    );
    expect(checkInlineTotal('user', 'alice', [doc])?.message).toBe(
      'Maximum policy size of 2048 bytes exceeded for user alice',
    );
  });
});
