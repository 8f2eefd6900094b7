import { describe, expect, it } from 'vitest';
import { allow, sandbox } from '../scenarios/fixtures.ts';
import { decodeAuthorizationMessage } from '../world/authorization-messages.ts';
import type { World } from '../world/world.ts';
import { imdsRequest } from './imds.ts';

const DEV = '111111111111';
const devRoot = { principal: `arn:aws:iam::${DEV}:root` };
const ec2Trust = (service = 'ec2.amazonaws.com') =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }],
  });

/** A role in a same-named profile, with S3 read access. */
function profile(world: World, name: string, trust = ec2Trust()) {
  world.call(devRoot, 'iam', 'CreateRole', { RoleName: name, AssumeRolePolicyDocument: trust });
  world.call(devRoot, 'iam', 'PutRolePolicy', {
    RoleName: name,
    PolicyName: 'read',
    PolicyDocument: allow('s3:GetObject'),
  });
  world.call(devRoot, 'iam', 'CreateInstanceProfile', { InstanceProfileName: name });
  world.call(devRoot, 'iam', 'AddRoleToInstanceProfile', { InstanceProfileName: name, RoleName: name });
}

function run(world: World, params: Record<string, unknown> = {}) {
  const out = world.call(devRoot, 'ec2', 'RunInstances', {
    ImageId: 'ami-0abcdef1234567890',
    InstanceType: 't3.micro',
    MinCount: 1,
    MaxCount: 1,
    ...params,
  }) as { Instances: { InstanceId: string; State: { Name: string }; PrivateDnsName: string }[] };
  const instance = out.Instances[0];
  if (!instance) throw new Error(`RunInstances failed: ${JSON.stringify(out)}`);
  return instance;
}

const get = (world: World, id: string, path: string, token?: string) =>
  imdsRequest(world, id, {
    method: 'GET',
    path,
    headers: token ? { 'X-aws-ec2-metadata-token': token } : {},
  });
const tokenFor = (world: World, id: string) =>
  imdsRequest(world, id, {
    method: 'PUT',
    path: '/latest/api/token',
    headers: { 'X-aws-ec2-metadata-token-ttl-seconds': '21600' },
  }).body;

describe('EC2 instances and IMDS', () => {
  it('an instance with a profile gets role credentials from IMDSv2; the session name is the instance id', () => {
    const { world } = sandbox();
    profile(world, 'AppRole');
    const instance = run(world, {
      IamInstanceProfile: { Name: 'AppRole' },
      MetadataOptions: { HttpTokens: 'required' },
      TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: 'web' }] }],
    });
    expect(instance.State.Name).toBe('pending');
    expect(instance.PrivateDnsName).toMatch(/^ip-10-0-1-\d+\.ec2\.internal$/);
    const id = instance.InstanceId;
    const token = tokenFor(world, id);
    expect(get(world, id, '/latest/meta-data/iam/security-credentials/', token).body).toBe('AppRole');
    const page = get(world, id, '/latest/meta-data/iam/security-credentials/AppRole', token);
    expect(page.body).toMatch(
      /^\{\n {2}"Code" : "Success",\n {2}"LastUpdated" : "[^"]+",\n {2}"Type" : "AWS-HMAC",/,
    );
    const creds = JSON.parse(page.body) as Record<string, string>;
    expect(Object.keys(creds)).toEqual([
      'Code',
      'LastUpdated',
      'Type',
      'AccessKeyId',
      'SecretAccessKey',
      'Token',
      'Expiration',
    ]);
    expect(creds.AccessKeyId).toMatch(/^ASIA/);
    const caller = {
      accessKeyId: creds.AccessKeyId ?? '',
      secretAccessKey: creds.SecretAccessKey ?? '',
      sessionToken: creds.Token ?? '',
    };
    expect(world.call(caller, 'sts', 'GetCallerIdentity')).toMatchObject({
      Arn: `arn:aws:sts::${DEV}:assumed-role/AppRole/${id}`,
    });
    expect(JSON.parse(get(world, id, '/latest/meta-data/iam/info', token).body)).toMatchObject({
      Code: 'Success',
      InstanceProfileArn: `arn:aws:iam::${DEV}:instance-profile/AppRole`,
    });
    const described = world.call(devRoot, 'ec2', 'DescribeInstances', {
      Filters: [{ Name: 'tag:Name', Values: ['web'] }],
    });
    expect(described).toMatchObject({
      Reservations: [{ Instances: [{ InstanceId: id, State: { Code: 16, Name: 'running' } }] }],
    });
  });

  it('IMDSv1 is refused with 401 when tokens are required, allowed when optional', () => {
    const { world } = sandbox();
    const required = run(world, { MetadataOptions: { HttpTokens: 'required' } }).InstanceId;
    const v1 = get(world, required, '/latest/meta-data/instance-id');
    expect(v1.status).toBe(401);
    expect(v1.body).toContain('<title>401 - Unauthorized</title>');
    const optional = run(world).InstanceId;
    expect(get(world, optional, '/latest/meta-data/instance-id')).toMatchObject({
      status: 200,
      body: optional,
    });
    expect(get(world, optional, '/latest/meta-data/nope').status).toBe(404);
    const bad = imdsRequest(world, optional, { method: 'PUT', path: '/latest/api/token', headers: {} });
    expect(bad.status).toBe(400);
  });

  it('a role that does not trust ec2.amazonaws.com gives no credentials', () => {
    const { world } = sandbox();
    profile(world, 'LambdaOnly', ec2Trust('lambda.amazonaws.com'));
    const id = run(world, { IamInstanceProfile: { Name: 'LambdaOnly' } }).InstanceId;
    const info = JSON.parse(get(world, id, '/latest/meta-data/iam/info').body) as Record<string, string>;
    expect(info.Code).toBe('AssumeRoleUnauthorizedAccess');
    expect(get(world, id, '/latest/meta-data/iam/security-credentials/LambdaOnly').body).not.toContain(
      'ASIA',
    );
  });

  it('the student needs ec2:RunInstances and iam:PassRole; the denial is EC2-style with a decodable message', () => {
    const { world, student } = sandbox();
    profile(world, 'AppRole');
    const params = { ImageId: 'ami-0abcdef1234567890', MinCount: 1, MaxCount: 1 };
    const denied = world.call(student, 'ec2', 'RunInstances', params) as { code: string; message: string };
    expect(denied.code).toBe('UnauthorizedOperation');
    expect(denied.message).toMatch(
      new RegExp(
        `^You are not authorized to perform this operation\\. User: arn:aws:iam::${DEV}:user/student is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:us-east-1:${DEV}:instance/\\* because no identity-based policy allows the ec2:RunInstances action\\. Encoded authorization failure message: [A-Za-z0-9_-]+$`,
      ),
    );
    world.call(devRoot, 'iam', 'PutUserPolicy', {
      UserName: 'student',
      PolicyName: 'ec2',
      PolicyDocument: allow('ec2:*'),
    });
    // The sandbox's iam:*Role* grant covers iam:PassRole; an explicit deny takes it away.
    world.call(devRoot, 'iam', 'PutUserPolicy', {
      UserName: 'student',
      PolicyName: 'no-pass',
      PolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Deny', Action: 'iam:PassRole', Resource: '*' }],
      }),
    });
    const pass = world.call(student, 'ec2', 'RunInstances', {
      ...params,
      IamInstanceProfile: { Arn: `arn:aws:iam::${DEV}:instance-profile/AppRole` },
    }) as { message: string };
    expect(pass.message).toContain(
      `is not authorized to perform: iam:PassRole on resource: arn:aws:iam::${DEV}:role/AppRole with an explicit deny in an identity-based policy. Encoded authorization failure message: `,
    );
    const encoded = pass.message.slice(pass.message.lastIndexOf(' ') + 1);
    const decoded = decodeAuthorizationMessage(world.state, encoded);
    expect(JSON.parse(decoded?.decodedMessage ?? '{}')).toMatchObject({
      allowed: false,
      explicitDeny: true,
      context: { action: 'iam:PassRole', resource: `arn:aws:iam::${DEV}:role/AppRole` },
    });
    expect(decodeAuthorizationMessage(world.state, 'not-a-message')).toBeNull();
    // The same message through the front door: sts:DecodeAuthorizationMessage.
    expect(world.call(devRoot, 'sts', 'DecodeAuthorizationMessage', { EncodedMessage: encoded })).toEqual({
      DecodedMessage: decoded?.decodedMessage,
    });
    expect(
      world.call(devRoot, 'sts', 'DecodeAuthorizationMessage', { EncodedMessage: 'bogus' }),
    ).toMatchObject({
      code: 'InvalidAuthorizationMessageException',
    });
  });

  it('attaches, replaces and detaches a profile on a running instance; one association per instance', () => {
    const { world } = sandbox();
    profile(world, 'A');
    profile(world, 'B');
    const id = run(world).InstanceId;
    const first = world.call(devRoot, 'ec2', 'AssociateIamInstanceProfile', {
      InstanceId: id,
      IamInstanceProfile: { Name: 'A' },
    }) as { IamInstanceProfileAssociation: { AssociationId: string; State: string } };
    expect(first.IamInstanceProfileAssociation).toMatchObject({ State: 'associating' });
    expect(first.IamInstanceProfileAssociation.AssociationId).toMatch(/^iip-assoc-0[0-9a-f]{16}$/);
    expect(
      world.call(devRoot, 'ec2', 'AssociateIamInstanceProfile', {
        InstanceId: id,
        IamInstanceProfile: { Name: 'B' },
      }),
    ).toMatchObject({
      code: 'IncorrectState',
      message: `There is an existing association for instance ${id}`,
    });
    const replaced = world.call(devRoot, 'ec2', 'ReplaceIamInstanceProfileAssociation', {
      AssociationId: first.IamInstanceProfileAssociation.AssociationId,
      IamInstanceProfile: { Name: 'B' },
    }) as { IamInstanceProfileAssociation: { AssociationId: string } };
    expect(get(world, id, '/latest/meta-data/iam/security-credentials/')).toMatchObject({ body: 'B' });
    world.call(devRoot, 'ec2', 'DisassociateIamInstanceProfile', {
      AssociationId: replaced.IamInstanceProfileAssociation.AssociationId,
    });
    expect(get(world, id, '/latest/meta-data/iam/info').status).toBe(404);
    expect(
      world.call(devRoot, 'ec2', 'AssociateIamInstanceProfile', {
        InstanceId: id,
        IamInstanceProfile: { Name: 'Missing' },
      }),
    ).toMatchObject({
      code: 'InvalidParameterValue',
      message:
        'Value (Missing) for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name',
    });
  });

  it('stop, start and terminate report Current/Previous states', () => {
    const { world } = sandbox();
    const id = run(world).InstanceId;
    expect(world.call(devRoot, 'ec2', 'StopInstances', { InstanceIds: [id] })).toEqual({
      StoppingInstances: [
        {
          InstanceId: id,
          CurrentState: { Code: 64, Name: 'stopping' },
          PreviousState: { Code: 16, Name: 'running' },
        },
      ],
    });
    expect(world.call(devRoot, 'ec2', 'StartInstances', { InstanceIds: [id] })).toMatchObject({
      StartingInstances: [{ CurrentState: { Name: 'pending' }, PreviousState: { Name: 'stopped' } }],
    });
    expect(world.call(devRoot, 'ec2', 'TerminateInstances', { InstanceIds: [id] })).toMatchObject({
      TerminatingInstances: [
        { CurrentState: { Code: 32, Name: 'shutting-down' }, PreviousState: { Name: 'running' } },
      ],
    });
    expect(
      world.call(devRoot, 'ec2', 'DescribeInstances', { InstanceIds: ['i-0123456789abcdef0'] }),
    ).toMatchObject({
      code: 'InvalidInstanceID.NotFound',
      message: "The instance ID 'i-0123456789abcdef0' does not exist",
    });
  });
});
