import { describe, expect, it } from 'vitest';
import { compileCondition } from './conditions.ts';
import { buildContext, type ContextInput } from './context.ts';
import { splitOperator } from './parse-condition.ts';
import type { ConditionEntry } from './types.ts';

function entry(raw: string, key: string, values: string[]): ConditionEntry {
  const split = splitOperator(raw);
  if (!split) throw new Error(`unknown operator ${raw}`);
  return { raw, ...split, key, values };
}

/** [operator, key, policy values, request context, satisfied?] */
const CASES: [string, string, string[], ContextInput, boolean][] = [
  ['StringEquals', 'aws:PrincipalTag/team', ['payments'], { 'aws:PrincipalTag/team': 'payments' }, true],
  ['StringEquals', 'AWS:PRINCIPALTAG/TEAM', ['payments'], { 'aws:PrincipalTag/team': 'payments' }, true],
  ['StringEquals', 'aws:PrincipalTag/team', ['Payments'], { 'aws:PrincipalTag/team': 'payments' }, false],
  ['StringEquals', 'aws:PrincipalTag/team', ['payments'], {}, false],
  ['StringNotEquals', 'aws:PrincipalTag/team', ['a', 'b'], { 'aws:PrincipalTag/team': 'b' }, false],
  ['StringNotEquals', 'aws:PrincipalTag/team', ['a', 'b'], { 'aws:PrincipalTag/team': 'c' }, true],
  ['StringNotEquals', 'aws:PrincipalTag/team', ['a'], {}, true],
  ['StringEqualsIgnoreCase', 'k:k', ['ABC'], { 'k:k': 'abc' }, true],
  ['StringNotEqualsIgnoreCase', 'k:k', ['ABC'], { 'k:k': 'abc' }, false],
  ['StringLike', 's3:prefix', ['home/*'], { 's3:prefix': 'home/alice/x' }, true],
  ['StringLike', 's3:prefix', ['home/?'], { 's3:prefix': 'home/ab' }, false],
  ['StringNotLike', 's3:prefix', ['home/*'], { 's3:prefix': 'tmp/x' }, true],
  ['StringEqualsIfExists', 'k:k', ['x'], {}, true],
  ['StringEqualsIfExists', 'k:k', ['x'], { 'k:k': 'y' }, false],
  ['NumericLessThan', 's3:max-keys', ['10'], { 's3:max-keys': '9' }, true],
  ['NumericLessThan', 's3:max-keys', ['10'], { 's3:max-keys': '10' }, false],
  ['NumericLessThanEquals', 's3:max-keys', ['10'], { 's3:max-keys': '10' }, true],
  ['NumericGreaterThan', 's3:max-keys', ['10'], { 's3:max-keys': '10.5' }, true],
  ['NumericGreaterThanEquals', 's3:max-keys', ['10'], { 's3:max-keys': 'ten' }, false],
  ['NumericEquals', 'n:n', ['1.0'], { 'n:n': '1' }, true],
  ['NumericNotEquals', 'n:n', ['1'], { 'n:n': '2' }, true],
  [
    'DateLessThan',
    'aws:CurrentTime',
    ['2026-01-01T00:00:00Z'],
    { 'aws:CurrentTime': '2025-10-01T12:00:00Z' },
    true,
  ],
  [
    'DateGreaterThan',
    'aws:CurrentTime',
    ['2026-01-01'],
    { 'aws:CurrentTime': '2025-10-01T12:00:00Z' },
    false,
  ],
  ['DateEquals', 'aws:EpochTime', ['1700000000'], { 'aws:EpochTime': '2023-11-14T22:13:20Z' }, true],
  [
    'DateLessThanEquals',
    'aws:CurrentTime',
    ['2025-10-01T14:00:00+02:00'],
    { 'aws:CurrentTime': '2025-10-01T12:00:00Z' },
    true,
  ],
  [
    'DateGreaterThanEquals',
    'aws:CurrentTime',
    ['2025-10-01T12:00:01Z'],
    { 'aws:CurrentTime': '2025-10-01T12:00:00Z' },
    false,
  ],
  [
    'DateNotEquals',
    'aws:CurrentTime',
    ['2025-10-01T12:00:00Z'],
    { 'aws:CurrentTime': '2025-10-01T12:00:00Z' },
    false,
  ],
  ['Bool', 'aws:MultiFactorAuthPresent', ['true'], { 'aws:MultiFactorAuthPresent': 'true' }, true],
  ['Bool', 'aws:MultiFactorAuthPresent', ['true'], {}, false],
  ['Bool', 'aws:SecureTransport', ['false'], { 'aws:SecureTransport': 'TRUE' }, false],
  ['BoolIfExists', 'aws:MultiFactorAuthPresent', ['false'], {}, true],
  ['BinaryEquals', 'k:bin', ['QmluYXJ5VmFsdWU='], { 'k:bin': 'QmluYXJ5VmFsdWU=' }, true],
  ['IpAddress', 'aws:SourceIp', ['203.0.113.0/24'], { 'aws:SourceIp': '203.0.113.10' }, true],
  ['IpAddress', 'aws:SourceIp', ['203.0.113.0/24'], { 'aws:SourceIp': '198.51.100.1' }, false],
  ['IpAddress', 'aws:SourceIp', ['2001:db8::/32'], { 'aws:SourceIp': '2001:db8:1::1' }, true],
  ['IpAddress', 'aws:SourceIp', ['203.0.113.10'], { 'aws:SourceIp': '203.0.113.10' }, true],
  ['NotIpAddress', 'aws:SourceIp', ['203.0.113.0/24'], { 'aws:SourceIp': '198.51.100.1' }, true],
  ['NotIpAddress', 'aws:SourceIp', ['203.0.113.0/24'], {}, true],
  [
    'ArnLike',
    'aws:SourceArn',
    ['arn:aws:sns:*:111122223333:*'],
    { 'aws:SourceArn': 'arn:aws:sns:us-east-1:111122223333:topic' },
    true,
  ],
  [
    'ArnEquals',
    'aws:SourceArn',
    ['arn:aws:sns:us-east-1:111122223333:t?pic'],
    { 'aws:SourceArn': 'arn:aws:sns:us-east-1:111122223333:topic' },
    true,
  ],
  [
    'ArnLike',
    'aws:SourceArn',
    ['arn:aws:sns:*:111122223333:*'],
    { 'aws:SourceArn': 'arn:aws:sns:us-east-1:999999999999:topic' },
    false,
  ],
  [
    'ArnNotLike',
    'aws:PrincipalArn',
    ['arn:aws:iam::*:role/Admin'],
    { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/Dev' },
    true,
  ],
  [
    'ArnNotEquals',
    'aws:PrincipalArn',
    ['arn:aws:iam::111122223333:role/Dev'],
    { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/Dev' },
    false,
  ],
  ['Null', 'aws:TokenIssueTime', ['true'], {}, true],
  ['Null', 'aws:TokenIssueTime', ['true'], { 'aws:TokenIssueTime': '2025-01-01T00:00:00Z' }, false],
  ['Null', 'aws:TokenIssueTime', ['false'], { 'aws:TokenIssueTime': '2025-01-01T00:00:00Z' }, true],
  ['ForAllValues:StringEquals', 'aws:TagKeys', ['a', 'b'], { 'aws:TagKeys': ['a'] }, true],
  ['ForAllValues:StringEquals', 'aws:TagKeys', ['a', 'b'], { 'aws:TagKeys': ['a', 'c'] }, false],
  ['ForAllValues:StringEquals', 'aws:TagKeys', ['a'], {}, true],
  ['ForAllValues:StringEquals', 'aws:TagKeys', ['a'], { 'aws:TagKeys': [] }, true],
  ['ForAnyValue:StringEquals', 'aws:TagKeys', ['a'], { 'aws:TagKeys': ['x', 'a'] }, true],
  ['ForAnyValue:StringEquals', 'aws:TagKeys', ['a'], {}, false],
  ['ForAnyValue:StringEquals', 'aws:TagKeys', ['a'], { 'aws:TagKeys': [] }, false],
  ['ForAnyValue:StringNotEquals', 'aws:TagKeys', ['a'], { 'aws:TagKeys': ['a', 'b'] }, true],
  ['ForAllValues:StringNotEquals', 'aws:TagKeys', ['a'], { 'aws:TagKeys': ['a', 'b'] }, false],
  ['ForAllValues:StringLike', 'aws:TagKeys', ['team-*'], { 'aws:TagKeys': ['team-a', 'team-b'] }, true],
];

describe('condition operators', () => {
  it.each(CASES)('%s %s %j with %j → %s', (op, key, values, context, satisfied) => {
    const check = compileCondition(entry(op, key, values), '2012-10-17');
    expect(check(buildContext(context)) === null).toBe(satisfied);
  });

  it('substitutes policy variables in 2012-10-17 only, with defaults and escapes', () => {
    const ctx = buildContext({ 'aws:username': 'alice', 's3:prefix': 'home/alice/notes' });
    // biome-ignore lint/suspicious/noTemplateCurlyInString: IAM policy variable syntax, not a template
    const like = entry('StringLike', 's3:prefix', ['home/${aws:username}/*']);
    expect(compileCondition(like, '2012-10-17')(ctx)).toBeNull();
    expect(compileCondition(like, '2008-10-17')(ctx)).not.toBeNull();
    // biome-ignore lint/suspicious/noTemplateCurlyInString: IAM policy variable syntax, not a template
    const fallback = entry('StringEquals', 's3:prefix', ["home/${aws:PrincipalTag/dept, 'guest'}/notes"]);
    expect(
      compileCondition(fallback, '2012-10-17')(buildContext({ 's3:prefix': 'home/guest/notes' })),
    ).toBeNull();
    // biome-ignore lint/suspicious/noTemplateCurlyInString: IAM policy variable syntax, not a template
    const escaped = entry('StringEquals', 'k:k', ['a${*}b${$}']);
    expect(compileCondition(escaped, '2012-10-17')(buildContext({ 'k:k': 'a*b$' }))).toBeNull();
    // biome-ignore lint/suspicious/noTemplateCurlyInString: IAM policy variable syntax, not a template
    const userid = entry('StringEquals', 's3:prefix', ['${aws:userid}']);
    const missing = compileCondition(userid, '2012-10-17')(ctx);
    expect(missing?.missingVariable).toBe(true);
  });

  it('reports what the request held for the failing key', () => {
    const failure = compileCondition(
      entry('Bool', 'aws:MultiFactorAuthPresent', ['true']),
      '2012-10-17',
    )(buildContext({}));
    expect(failure).toMatchObject({ entry: { key: 'aws:MultiFactorAuthPresent' }, actual: undefined });
  });
});
