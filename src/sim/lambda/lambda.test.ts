import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sandbox } from '../scenarios/fixtures.ts';
import type { World } from '../world/world.ts';

const DEV = '111111111111';
const devRoot = { principal: `arn:aws:iam::${DEV}:root` };
const trust = (service: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }],
  });

function role(world: World, name: string, service: string, managed: string[] = []) {
  world.call(devRoot, 'iam', 'CreateRole', { RoleName: name, AssumeRolePolicyDocument: trust(service) });
  for (const arn of managed)
    world.call(devRoot, 'iam', 'AttachRolePolicy', { RoleName: name, PolicyArn: arn });
  return `arn:aws:iam::${DEV}:role/${name}`;
}

const create = (world: World, name: string, roleArn: string, handler = 'index.handler') =>
  world.call(devRoot, 'lambda', 'CreateFunction', {
    FunctionName: name,
    Role: roleArn,
    Handler: handler,
    Runtime: 'nodejs20.x',
    Code: { ZipFile: 'UEsDBA==' },
  });

const BASIC = 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole';

describe('Lambda', () => {
  it('refuses a role that only trusts EC2, with the exact message', () => {
    const { world } = sandbox();
    const arn = role(world, 'Ec2Only', 'ec2.amazonaws.com');
    expect(create(world, 'fn', arn)).toMatchObject({
      code: 'InvalidParameterValueException',
      message: 'The role defined for the function cannot be assumed by Lambda.',
    });
  });

  it('writes logs only when the execution role allows CloudWatch Logs', () => {
    const { world } = sandbox();
    const bare = role(world, 'NoLogs', 'lambda.amazonaws.com');
    expect(create(world, 'quiet', bare)).toMatchObject({ FunctionName: 'quiet', Handler: 'index.handler' });
    const out = world.call(devRoot, 'lambda', 'Invoke', { FunctionName: 'quiet', LogType: 'Tail' }) as {
      StatusCode: number;
      LogResult: string;
      Payload: string;
    };
    expect(out.StatusCode).toBe(200);
    expect(JSON.parse(out.Payload)).toMatchObject({ statusCode: 200 });
    expect(atob(out.LogResult)).toMatch(/^START RequestId: [0-9a-f-]+ Version: \$LATEST\n/);
    expect(world.call(devRoot, 'logs', 'DescribeLogGroups', {})).toEqual({ logGroups: [] });

    const basic = role(world, 'WithLogs', 'lambda.amazonaws.com', [BASIC]);
    create(world, 'loud', basic);
    world.call(devRoot, 'lambda', 'Invoke', { FunctionName: 'loud' });
    const groups = world.call(devRoot, 'logs', 'DescribeLogGroups', {}) as {
      logGroups: { logGroupName: string }[];
    };
    expect(groups.logGroups.map((g) => g.logGroupName)).toEqual(['/aws/lambda/loud']);
    const streams = world.call(devRoot, 'logs', 'DescribeLogStreams', {
      logGroupName: '/aws/lambda/loud',
    }) as {
      logStreams: { logStreamName: string }[];
    };
    const stream = streams.logStreams[0]?.logStreamName ?? '';
    expect(stream).toMatch(/^2025\/01\/15\/\[\$LATEST\][0-9a-f]{32}$/);
    const events = world.call(devRoot, 'logs', 'GetLogEvents', {
      logGroupName: '/aws/lambda/loud',
      logStreamName: stream,
    }) as { events: { message: string }[] };
    expect(events.events.map((e) => e.message.split(' ')[0])).toEqual([
      'START',
      expect.any(String),
      'END',
      'REPORT',
    ]);
  });

  it('an Event invocation answers only StatusCode 202 but still runs as the role; DryRun answers 204 and runs nothing', () => {
    const { world } = sandbox();
    create(world, 'worker', role(world, 'Worker', 'lambda.amazonaws.com', [BASIC]));
    const messages = () =>
      world.call(devRoot, 'logs', 'FilterLogEvents', { logGroupName: '/aws/lambda/worker' }) as {
        events?: { message: string }[];
      };
    const dry = { FunctionName: 'worker', InvocationType: 'DryRun', LogType: 'Tail' };
    expect(world.call(devRoot, 'lambda', 'Invoke', dry)).toEqual({ StatusCode: 204 });
    expect(messages()).toMatchObject({ code: 'ResourceNotFoundException' });
    const event = { FunctionName: 'worker', InvocationType: 'Event', LogType: 'Tail', Payload: '{"job":7}' };
    expect(world.call(devRoot, 'lambda', 'Invoke', event)).toEqual({ StatusCode: 202 });
    // The runtime's log lines, written with the role's session: the handler ran on the event.
    expect(messages().events?.map((e) => e.message)).toEqual([
      expect.stringMatching(/^START RequestId: /),
      expect.stringMatching(/\tINFO\tReceived event: \{"job":7\}\n$/),
      expect.stringMatching(/^END RequestId: /),
      expect.stringMatching(/^REPORT RequestId: /),
    ]);
    // A handler's failure is not the caller's answer either: still just 202.
    create(world, 'fails', role(world, 'Exec', 'lambda.amazonaws.com'), 'fail.handler');
    expect(
      world.call(devRoot, 'lambda', 'Invoke', { FunctionName: 'fails', InvocationType: 'Event' }),
    ).toEqual({ StatusCode: 202 });
  });

  it('CreateFunction answers Pending and the Update calls InProgress; the stored function is Active at once', () => {
    const { world } = sandbox();
    const arn = role(world, 'Exec', 'lambda.amazonaws.com');
    const states = (out: unknown) => {
      const c = out as Record<string, unknown>;
      return Object.fromEntries(
        Object.keys(c)
          .filter((k) => /^(State|LastUpdateStatus)/.test(k))
          .map((k) => [k, c[k]]),
      );
    };
    const settled = { State: 'Active', LastUpdateStatus: 'Successful' };
    const inProgress = {
      State: 'Active',
      LastUpdateStatus: 'InProgress',
      LastUpdateStatusReason: 'The function is being created.',
      LastUpdateStatusReasonCode: 'Creating',
    };
    expect(states(create(world, 'fn', arn))).toEqual({
      State: 'Pending',
      StateReason: 'The function is being created.',
      StateReasonCode: 'Creating',
    });
    const get = () =>
      world.call(devRoot, 'lambda', 'GetFunction', { FunctionName: 'fn' }) as { Configuration: unknown };
    expect(states(get().Configuration)).toEqual(settled);
    expect(states(world.call(devRoot, 'lambda', 'GetFunctionConfiguration', { FunctionName: 'fn' }))).toEqual(
      settled,
    );
    const listed = world.call(devRoot, 'lambda', 'ListFunctions', {}) as { Functions: unknown[] };
    expect(states(listed.Functions[0])).toEqual(settled);
    const code = { FunctionName: 'fn', ZipFile: Uint8Array.from([1, 2, 3]) };
    expect(states(world.call(devRoot, 'lambda', 'UpdateFunctionCode', { ...code, DryRun: true }))).toEqual(
      settled,
    );
    expect(states(world.call(devRoot, 'lambda', 'UpdateFunctionCode', code))).toEqual(inProgress);
    expect(states(get().Configuration)).toEqual(settled);
    const config = { FunctionName: 'fn', Timeout: 10 };
    expect(states(world.call(devRoot, 'lambda', 'UpdateFunctionConfiguration', config))).toEqual(inProgress);
    expect(states(get().Configuration)).toEqual(settled);
  });

  it('reports the uploaded package: CodeSize in bytes and CodeSha256 = base64 of its SHA-256', () => {
    const { world } = sandbox();
    const arn = role(world, 'Exec', 'lambda.amazonaws.com');
    const zip = Uint8Array.from([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0), 0xff, 0x80]);
    const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('base64');
    const made = world.call(devRoot, 'lambda', 'CreateFunction', {
      FunctionName: 'fn',
      Role: arn,
      Handler: 'index.handler',
      Runtime: 'nodejs20.x',
      Code: { ZipFile: zip },
    });
    expect(made).toMatchObject({ CodeSize: 24, CodeSha256: sha(zip) });
    expect(world.call(devRoot, 'lambda', 'GetFunction', { FunctionName: 'fn' })).toMatchObject({
      Configuration: { CodeSize: 24, CodeSha256: sha(zip) },
    });
    // A blob sent as text is base64, as on the wire.
    expect(create(world, 'wire', arn)).toMatchObject({
      CodeSize: 4,
      CodeSha256: sha(Buffer.from('UEsDBA==', 'base64')),
    });
  });

  it('UpdateFunctionCode deploys a new package (new size, hash, LastModified, RevisionId); DryRun only checks', () => {
    const { world } = sandbox();
    create(world, 'fn', role(world, 'Exec', 'lambda.amazonaws.com'));
    const before = world.call(devRoot, 'lambda', 'GetFunctionConfiguration', {
      FunctionName: 'fn',
    }) as Record<string, unknown>;
    const next = Uint8Array.from([1, 2, 3, 4, 5, 6]);
    const sha = createHash('sha256').update(next).digest('base64');
    const dry = world.call(devRoot, 'lambda', 'UpdateFunctionCode', {
      FunctionName: 'fn',
      ZipFile: next,
      DryRun: true,
    });
    expect(dry).toMatchObject({ CodeSize: 6, CodeSha256: sha, RevisionId: before.RevisionId });
    expect(world.call(devRoot, 'lambda', 'GetFunctionConfiguration', { FunctionName: 'fn' })).toEqual(before);
    world.clock.advance(60_000);
    const updated = world.call(devRoot, 'lambda', 'UpdateFunctionCode', {
      FunctionName: 'fn',
      ZipFile: next,
    }) as Record<string, unknown>;
    expect(updated).toMatchObject({
      CodeSize: 6,
      CodeSha256: sha,
      LastModified: '2025-01-15T09:01:00.000+0000',
    });
    expect(updated.RevisionId).not.toBe(before.RevisionId);
    expect(
      world.call(devRoot, 'lambda', 'UpdateFunctionCode', { FunctionName: 'nope', ZipFile: next }),
    ).toMatchObject({
      code: 'ResourceNotFoundException',
    });
  });

  it('takes a package from S3 (S3Bucket, S3Key), with the GetObject error when it is missing', () => {
    const { world } = sandbox();
    const arn = role(world, 'Exec', 'lambda.amazonaws.com');
    world.call(devRoot, 's3', 'CreateBucket', { Bucket: 'code-bucket-111' });
    world.call(devRoot, 's3', 'PutObject', {
      Bucket: 'code-bucket-111',
      Key: 'fn.zip',
      Body: 'PK-zip-bytes',
    });
    const fromS3 = (key: string) =>
      world.call(devRoot, 'lambda', 'CreateFunction', {
        FunctionName: key.replace('.', '-'),
        Role: arn,
        Code: { S3Bucket: 'code-bucket-111', S3Key: key },
      });
    expect(fromS3('fn.zip')).toMatchObject({
      CodeSize: 12,
      CodeSha256: createHash('sha256').update('PK-zip-bytes').digest('base64'),
    });
    expect(fromS3('missing.zip')).toMatchObject({
      code: 'InvalidParameterValueException',
      message:
        'Error occurred while GetObject. S3 Error Code: NoSuchKey. S3 Error Message: The specified key does not exist.',
    });
  });

  it('a handler failure is StatusCode 200 with FunctionError Unhandled; the role session is the function name', () => {
    const { world } = sandbox();
    const arn = role(world, 'Exec', 'lambda.amazonaws.com');
    create(world, 'fails', arn, 'fail.handler');
    expect(world.call(devRoot, 'lambda', 'Invoke', { FunctionName: 'fails' })).toMatchObject({
      StatusCode: 200,
      FunctionError: 'Unhandled',
    });
    create(world, 'who', arn, 'whoami.handler');
    const who = world.call(devRoot, 'lambda', 'Invoke', { FunctionName: 'who' }) as { Payload: string };
    expect(JSON.parse(who.Payload)).toMatchObject({ Arn: `arn:aws:sts::${DEV}:assumed-role/Exec/who` });
  });

  it('resource policy statements, and not-found errors', () => {
    const { world } = sandbox();
    create(world, 'fn', role(world, 'Exec', 'lambda.amazonaws.com'));
    expect(world.call(devRoot, 'lambda', 'GetPolicy', { FunctionName: 'fn' })).toMatchObject({
      code: 'ResourceNotFoundException',
    });
    world.call(devRoot, 'lambda', 'AddPermission', {
      FunctionName: 'fn',
      StatementId: 's3',
      Action: 'lambda:InvokeFunction',
      Principal: 's3.amazonaws.com',
    });
    expect(
      world.call(devRoot, 'lambda', 'AddPermission', {
        FunctionName: 'fn',
        StatementId: 's3',
        Action: 'lambda:InvokeFunction',
        Principal: 's3.amazonaws.com',
      }),
    ).toMatchObject({ code: 'ResourceConflictException' });
    expect(world.call(devRoot, 'lambda', 'GetFunction', { FunctionName: 'nope' })).toMatchObject({
      code: 'ResourceNotFoundException',
      message: `Function not found: arn:aws:lambda:us-east-1:${DEV}:function:nope`,
    });
    expect(world.call(devRoot, 'logs', 'CreateLogGroup', { logGroupName: 'g' })).toEqual({});
    expect(world.call(devRoot, 'logs', 'CreateLogGroup', { logGroupName: 'g' })).toMatchObject({
      code: 'ResourceAlreadyExistsException',
      message: 'The specified log group already exists',
    });
  });
});
