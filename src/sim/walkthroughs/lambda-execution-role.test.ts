import { describe, expect, it } from 'vitest';
import { sandbox } from '../scenarios/fixtures.ts';
import { DEV, devRoot, serviceTrust } from './helpers.ts';

const BASIC = 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole';
const ROLE = `arn:aws:iam::${DEV}:role/ReportFnRole`;
const GROUP = '/aws/lambda/report-fn';

type Events = { Events: { EventName: string; CloudTrailEvent: string }[] };

describe('walkthrough: a Lambda execution role without log permissions, then fixed', () => {
  it('the function runs but its logs are lost; CloudTrail shows why; the managed policy fixes it', () => {
    const { world, student } = sandbox();
    expect(
      world.call(student, 'iam', 'CreateRole', {
        RoleName: 'ReportFnRole',
        AssumeRolePolicyDocument: serviceTrust('lambda.amazonaws.com'),
      }),
    ).toHaveProperty('Role.Arn', ROLE);
    // The student has no Lambda rights; an admin deploys the function with the student's role.
    expect(
      world.call(devRoot, 'lambda', 'CreateFunction', {
        FunctionName: 'report-fn',
        Role: ROLE,
        Handler: 'index.handler',
        Runtime: 'nodejs20.x',
        Code: { ZipFile: 'UEsDBA==' },
      }),
    ).toMatchObject({ FunctionName: 'report-fn', Role: ROLE });

    const first = world.call(devRoot, 'lambda', 'Invoke', { FunctionName: 'report-fn' });
    expect(first).toMatchObject({ StatusCode: 200 });
    expect(first).not.toHaveProperty('FunctionError');
    expect(world.call(devRoot, 'logs', 'DescribeLogGroups', {})).toEqual({ logGroups: [] });
    // Event history shows the runtime's denied CreateLogGroup, made with the execution role's session.
    const history = world.call(student, 'cloudtrail', 'LookupEvents', {
      LookupAttributes: [{ AttributeKey: 'EventName', AttributeValue: 'CreateLogGroup' }],
    }) as Events;
    const denied = JSON.parse(history.Events[0]?.CloudTrailEvent ?? '{}') as Record<string, unknown>;
    expect(denied).toMatchObject({
      errorCode: 'AccessDeniedException',
      userIdentity: { type: 'AssumedRole', arn: `arn:aws:sts::${DEV}:assumed-role/ReportFnRole/report-fn` },
    });

    expect(
      world.call(student, 'iam', 'AttachRolePolicy', { RoleName: 'ReportFnRole', PolicyArn: BASIC }),
    ).toEqual({});
    world.call(devRoot, 'lambda', 'Invoke', { FunctionName: 'report-fn', Payload: '{"month":"2025-01"}' });
    const streams = world.call(devRoot, 'logs', 'DescribeLogStreams', { logGroupName: GROUP }) as {
      logStreams: { logStreamName: string }[];
    };
    const logStreamName = streams.logStreams[0]?.logStreamName ?? '';
    const events = world.call(devRoot, 'logs', 'GetLogEvents', { logGroupName: GROUP, logStreamName }) as {
      events: { message: string }[];
    };
    expect(events.events.map((e) => e.message).join('\n')).toContain(
      'INFO\tReceived event: {"month":"2025-01"}',
    );
  });
});
