import { describe, expect, it } from 'vitest';
import { awsError, isAwsError } from './aws-error.ts';

describe('awsError', () => {
  it('builds a value that isAwsError recognises', () => {
    const err = awsError('NoSuchEntity', 'The role with name X cannot be found.', 404);
    expect(isAwsError(err)).toBe(true);
    expect(err).toEqual({
      kind: 'AwsError',
      code: 'NoSuchEntity',
      message: 'The role with name X cannot be found.',
      status: 404,
    });
    expect(isAwsError({ code: 'x' })).toBe(false);
    expect(isAwsError(null)).toBe(false);
  });
});
