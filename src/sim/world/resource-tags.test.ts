import { describe, expect, it } from 'vitest';
import { isAwsError } from '../aws-error.ts';
import { sandbox, trust } from '../scenarios/fixtures.ts';

describe('aws:ResourceTag on IAM roles', () => {
  it('an identity policy can test the tags of the role a request acts on', () => {
    const { world, student } = sandbox();
    const call = (op: string, params: Record<string, unknown>) => world.call(student, 'iam', op, params);
    const trustStudent = trust('arn:aws:iam::111111111111:user/student');
    call('CreateRole', {
      RoleName: 'Old',
      AssumeRolePolicyDocument: trustStudent,
      Tags: [{ Key: 'unused', Value: 'true' }],
    });
    call('CreateRole', { RoleName: 'Busy', AssumeRolePolicyDocument: trustStudent });
    call('PutUserPolicy', {
      UserName: 'student',
      PolicyName: 'OnlyUnused',
      PolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Deny',
            Action: 'iam:DeleteRole',
            Resource: '*',
            Condition: { StringNotEquals: { 'aws:ResourceTag/unused': 'true' } },
          },
        ],
      }),
    });
    const busy = call('DeleteRole', { RoleName: 'Busy' });
    expect(isAwsError(busy) && busy.message).toBe(
      'User: arn:aws:iam::111111111111:user/student is not authorized to perform: iam:DeleteRole on resource: arn:aws:iam::111111111111:role/Busy with an explicit deny in an identity-based policy',
    );
    expect(call('DeleteRole', { RoleName: 'Old' })).toEqual({});
  });
});
