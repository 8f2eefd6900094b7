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

describe('the AWS CLI reference examples for service-linked roles', () => {
  it('create-service-linked-role --aws-service-name lex.amazonaws.com makes AWSServiceRoleForLexBots', () => {
    const { world, create } = lab();
    const created = create({
      AWSServiceName: 'lex.amazonaws.com',
      Description: 'My service-linked role to support Lex',
    }) as Created;
    expect(created.Role).toMatchObject({
      Path: '/aws-service-role/lex.amazonaws.com/',
      RoleName: 'AWSServiceRoleForLexBots',
      Arn: `arn:aws:iam::${DEV}:role/aws-service-role/lex.amazonaws.com/AWSServiceRoleForLexBots`,
      AssumeRolePolicyDocument: expect.stringContaining('lex.amazonaws.com'),
    });
    expect(
      world.call(root, 'iam', 'ListAttachedRolePolicies', { RoleName: 'AWSServiceRoleForLexBots' }),
    ).toMatchObject({
      AttachedPolicies: [
        {
          PolicyName: 'AmazonLexBotPolicy',
          PolicyArn: 'arn:aws:iam::aws:policy/aws-service-role/AmazonLexBotPolicy',
        },
      ],
    });
    expect(create({ AWSServiceName: 'lex.amazonaws.com', CustomSuffix: 'x' })).toMatchObject({
      message: 'Custom suffix is not allowed for lex.amazonaws.com',
    });
  });

  it('delete-service-linked-role returns a task id that get-service-linked-role-deletion-status reports SUCCEEDED', () => {
    const { world, create } = lab();
    create({ AWSServiceName: 'lex.amazonaws.com' });
    const task = world.call(root, 'iam', 'DeleteServiceLinkedRole', {
      RoleName: 'AWSServiceRoleForLexBots',
    }) as {
      DeletionTaskId: string;
    };
    // The reference's shape: task/aws-service-role/lex.amazonaws.com/AWSServiceRoleForLexBots/1a2b3c4d-1234-abcd-7890-abcdeEXAMPLE
    expect(task.DeletionTaskId).toMatch(
      /^task\/aws-service-role\/lex\.amazonaws\.com\/AWSServiceRoleForLexBots\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(
      world.call(root, 'iam', 'GetServiceLinkedRoleDeletionStatus', { DeletionTaskId: task.DeletionTaskId }),
    ).toEqual({ Status: 'SUCCEEDED' });
    expect(world.call(root, 'iam', 'GetRole', { RoleName: 'AWSServiceRoleForLexBots' })).toMatchObject({
      code: 'NoSuchEntity',
    });
  });

  it('knows the roles of IAM Access Analyzer, IAM Identity Center and DynamoDB auto scaling', () => {
    const { world, create } = lab();
    const cases = [
      ['access-analyzer.amazonaws.com', 'AWSServiceRoleForAccessAnalyzer', 'AccessAnalyzerServiceRolePolicy'],
      ['sso.amazonaws.com', 'AWSServiceRoleForSSO', 'AWSSSOServiceRolePolicy'],
      [
        'dynamodb.application-autoscaling.amazonaws.com',
        'AWSServiceRoleForApplicationAutoScaling_DynamoDBTable',
        'AWSApplicationAutoscalingDynamoDBTablePolicy',
      ],
    ] as const;
    for (const [service, roleName, policyName] of cases) {
      expect(create({ AWSServiceName: service }), service).toMatchObject({
        Role: { RoleName: roleName, Path: `/aws-service-role/${service}/` },
      });
      const arn = `arn:aws:iam::aws:policy/aws-service-role/${policyName}`;
      expect(world.call(root, 'iam', 'ListAttachedRolePolicies', { RoleName: roleName })).toMatchObject({
        AttachedPolicies: [{ PolicyName: policyName, PolicyArn: arn }],
      });
      expect(world.call(root, 'iam', 'GetPolicy', { PolicyArn: arn }), policyName).toMatchObject({
        Policy: { PolicyName: policyName, Path: '/aws-service-role/' },
      });
    }
  });
});
