import { describe, expect, it } from 'vitest';
import { models } from './model.ts';
import { compilePattern, VALIDATION_CODES, validateInput } from './validate-input.ts';

describe('validateInput', () => {
  it('every pattern in the models compiles as a JavaScript regular expression', () => {
    for (const model of Object.values(models)) {
      for (const shape of Object.values(model.shapes)) {
        if (shape.pattern) expect(() => compilePattern(shape.pattern as string)).not.toThrow();
      }
    }
  });

  it('reads Java identity escapes such as \\- the way Java does', () => {
    expect(compilePattern('^(o-[a-z0-9]{2}\\/ou\\-[a-z]+)$').test('o-ab/ou-xyz')).toBe(true);
    expect(compilePattern('[\\p{L}\\p{Z}]+').test('Hé llo')).toBe(true);
  });

  it('reports a missing required member as null', () => {
    expect(validateInput(models.iam, 'GetRole', {})?.message).toBe(
      "1 validation error detected: Value null at 'roleName' failed to satisfy constraint: Member must not be null",
    );
  });

  it('checks list members with their query-style path', () => {
    expect(
      validateInput(models.iam, 'TagRole', { RoleName: 'R', Tags: [{ Key: '', Value: 'v' }] })?.message,
    ).toContain(
      "at 'tags.1.member.key' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
  });

  it('a wrong type is a simulator bug, not a learner error', () => {
    expect(() => validateInput(models.iam, 'GetRole', { RoleName: 5 })).toThrow(/expected a string/);
    expect(() => validateInput(models.iam, 'GetRole', { Rolename: 'x' })).toThrow(/unknown parameter/);
  });
});

describe('validation error codes per protocol', () => {
  it('query services answer ValidationError, JSON services ValidationException', () => {
    expect(validateInput(models.iam, 'GetRole', {})?.code).toBe('ValidationError');
    expect(validateInput(models.dynamodb, 'GetItem', {}, VALIDATION_CODES.dynamodb)?.code).toBe(
      'ValidationException',
    );
  });

  it('prints structures in a list value the way the Java front end does, never [object Object]', () => {
    const configs = [
      { Arn: 'a', LocalMountPath: '/mnt/x' },
      { Arn: 'b', LocalMountPath: '/mnt/y' },
    ];
    expect(
      validateInput(models.lambda, 'UpdateFunctionConfiguration', {
        FunctionName: 'f',
        FileSystemConfigs: configs,
      })?.message,
    ).toContain(
      "Value '[{Arn: a,LocalMountPath: /mnt/x}, {Arn: b,LocalMountPath: /mnt/y}]' at 'fileSystemConfigs'",
    );
  });

  it('answers a boolean where an integer goes (botocore lets it through) with a validation error', () => {
    expect(validateInput(models.iam, 'ListRoles', { MaxItems: true })?.message).toBe(
      "1 validation error detected: Value 'true' at 'maxItems' failed to satisfy constraint: Member must be an integer",
    );
  });
});
