import { describe, expect, it } from 'vitest';
import { lab } from './test-helpers.ts';

describe('resource-exists / resource-not-deleted', () => {
  it('sees the sandbox resources', () => {
    const { check } = lab();
    for (const [type, name] of [
      ['bucket', 'dev-reports-111111111111'],
      ['instance', 'web-1'],
      ['table', 'orders'],
      ['user', 'student'],
    ])
      expect(check({ kind: 'resource-exists', type, name }).passed, `${type} ${name}`).toBe(true);
    expect(check({ kind: 'resource-exists', type: 'function', name: 'nope' }).feedback).toBe(
      'Lambda function nope does not exist',
    );
  });

  it('fails resource-not-deleted once the object is gone', () => {
    const { check, asRoot } = lab();
    const spec = {
      kind: 'resource-not-deleted',
      type: 'object',
      bucket: 'dev-reports-111111111111',
      name: 'private/salaries.csv',
    };
    expect(check(spec).feedback).toBe(
      'object s3://dev-reports-111111111111/private/salaries.csv is still there',
    );
    asRoot('111111111111', 's3', 'DeleteObject', {
      Bucket: 'dev-reports-111111111111',
      Key: 'private/salaries.csv',
    });
    expect(check(spec)).toMatchObject({
      passed: false,
      feedback:
        'object s3://dev-reports-111111111111/private/salaries.csv was deleted; the task needs it kept',
    });
  });

  it('needs a bucket for an object', () => {
    const { check } = lab();
    expect(() => check({ kind: 'resource-exists', type: 'object', name: 'k' })).toThrow(
      /type object needs bucket/,
    );
  });
});
