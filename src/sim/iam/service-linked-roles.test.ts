import { describe, expect, it } from 'vitest';
import { sandbox } from '../scenarios/fixtures.ts';

const DEV = '111111111111';
const root = { principal: `arn:aws:iam::${DEV}:root` };
type Created = { Role: Record<string, unknown> };

function lab() {
  const { world } = sandbox();
  const create = (params: Record<string, unknown>) =>
    world.call(root, 'iam', 'CreateServiceLinkedRole', params) as Created | { code: string };
  return { world, create };
}

describe('CreateServiceLinkedRole', () => {
  it("uses AWS's name and path and attaches the service's policy; no Description unless given", () => {
    const { world, create } = lab();
    const created = create({ AWSServiceName: 'elasticbeanstalk.amazonaws.com' }) as Created;
    expect(created.Role).toMatchObject({
      RoleName: 'AWSServiceRoleForElasticBeanstalk',
      Path: '/aws-service-role/elasticbeanstalk.amazonaws.com/',
      Arn: `arn:aws:iam::${DEV}:role/aws-service-role/elasticbeanstalk.amazonaws.com/AWSServiceRoleForElasticBeanstalk`,
    });
    expect(created.Role).not.toHaveProperty('Description');
    expect(
      world.call(root, 'iam', 'ListAttachedRolePolicies', { RoleName: 'AWSServiceRoleForElasticBeanstalk' }),
    ).toMatchObject({
      AttachedPolicies: [
        {
          PolicyName: 'AWSElasticBeanstalkServiceRolePolicy',
          PolicyArn: 'arn:aws:iam::aws:policy/aws-service-role/AWSElasticBeanstalkServiceRolePolicy',
        },
      ],
    });

    const scaling = create({ AWSServiceName: 'autoscaling.amazonaws.com', Description: 'mine' }) as Created;
    expect(scaling.Role).toMatchObject({ RoleName: 'AWSServiceRoleForAutoScaling', Description: 'mine' });
    expect(
      world.call(root, 'iam', 'GetPolicy', {
        PolicyArn: 'arn:aws:iam::aws:policy/aws-service-role/AutoScalingServiceRolePolicy',
      }),
    ).toMatchObject({
      Policy: {
        PolicyName: 'AutoScalingServiceRolePolicy',
        Path: '/aws-service-role/',
        Description: 'Enables access to AWS services and Resources used or managed by Auto Scaling',
      },
    });
  });

  it('refuses services without a service-linked role', () => {
    const { world, create } = lab();
    expect(create({ AWSServiceName: 'lambda.amazonaws.com' })).toEqual({
      kind: 'AwsError',
      code: 'InvalidInput',
      message:
        'The request was rejected because an invalid or out-of-range value was supplied for an input parameter.',
      status: 400,
    });
    expect(world.call(root, 'iam', 'GetRole', { RoleName: 'AWSServiceRoleForLambda' })).toMatchObject({
      code: 'NoSuchEntity',
    });
  });

  it('takes a CustomSuffix only where the service allows one', () => {
    const { create } = lab();
    expect(create({ AWSServiceName: 'autoscaling.amazonaws.com', CustomSuffix: 'fleet' })).toMatchObject({
      Role: { RoleName: 'AWSServiceRoleForAutoScaling_fleet' },
    });
    expect(create({ AWSServiceName: 'ecs.amazonaws.com', CustomSuffix: 'debug' })).toEqual({
      kind: 'AwsError',
      code: 'InvalidInput',
      message: 'Custom suffix is not allowed for ecs.amazonaws.com',
      status: 400,
    });
  });
});
