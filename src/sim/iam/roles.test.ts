import { describe, expect, it } from 'vitest';
import { allow, sandbox, trust } from '../scenarios/fixtures.ts';

const DEV = '111111111111';
const STUDENT = `arn:aws:iam::${DEV}:user/student`;

function setup() {
  const { world, student } = sandbox();
  const call = (op: string, params: Record<string, unknown> = {}) => world.call(student, 'iam', op, params);
  return { world, student, call };
}

describe('CreateRole', () => {
  it('validates parameters the way IAM does', () => {
    const { call } = setup();
    expect(call('CreateRole', { RoleName: 'bad name', AssumeRolePolicyDocument: trust(DEV) })).toMatchObject({
      code: 'ValidationError',
      message:
        "1 validation error detected: Value 'bad name' at 'roleName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+",
    });
    expect(
      call('CreateRole', {
        RoleName: 'R'.repeat(65),
        AssumeRolePolicyDocument: trust(DEV),
        MaxSessionDuration: 50000,
      }),
    ).toMatchObject({
      message: `2 validation errors detected: Value '${'R'.repeat(65)}' at 'roleName' failed to satisfy constraint: Member must have length less than or equal to 64; Value '50000' at 'maxSessionDuration' failed to satisfy constraint: Member must have value less than or equal to 43200`,
    });
    expect(
      call('CreateRole', { RoleName: 'R', Path: 'nope', AssumeRolePolicyDocument: trust(DEV) }),
    ).toMatchObject({
      code: 'ValidationError',
      message:
        "1 validation error detected: Value 'nope' at 'path' failed to satisfy constraint: Member must satisfy regular expression pattern: (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)",
    });
  });

  it('refuses duplicates regardless of case, and malformed trust policies', () => {
    const { call } = setup();
    expect(call('CreateRole', { RoleName: 'App', AssumeRolePolicyDocument: trust(DEV) })).toHaveProperty(
      'Role',
    );
    expect(call('CreateRole', { RoleName: 'app', AssumeRolePolicyDocument: trust(DEV) })).toMatchObject({
      code: 'EntityAlreadyExists',
      message: 'Role with name app already exists.',
      status: 409,
    });
    expect(call('CreateRole', { RoleName: 'B', AssumeRolePolicyDocument: allow('s3:*') })).toMatchObject({
      code: 'MalformedPolicyDocument',
    });
    expect(call('CreateRole', { RoleName: 'C', AssumeRolePolicyDocument: '{not json' })).toMatchObject({
      code: 'MalformedPolicyDocument',
      message: 'This policy contains invalid Json',
    });
  });

  it('answers "This policy contains invalid Json" for trust policies that are not JSON, as IAM does', () => {
    const { call } = setup();
    const invalidJson = {
      kind: 'AwsError',
      code: 'MalformedPolicyDocument',
      message: 'This policy contains invalid Json',
      status: 400,
    };
    // `--assume-role-policy-document trust.json` without file:// sends the file name (AWSCookbook/Security#2); a
    // trailing comma is LocalStack's AWS-recorded case. Text after the closing brace is rejected too (unverified).
    const texts = ['trust.json', '{"Version": "2012-10-17",}', `${trust(DEV)} trailing`, '   '];
    for (const text of texts)
      expect(call('CreateRole', { RoleName: 'R', AssumeRolePolicyDocument: text }), text).toEqual(
        invalidJson,
      );
    expect(call('CreateRole', { RoleName: 'R', AssumeRolePolicyDocument: trust(DEV) })).toHaveProperty(
      'Role',
    );
    expect(call('UpdateAssumeRolePolicy', { RoleName: 'R', PolicyDocument: 'not valid json' })).toEqual(
      invalidJson,
    );
    // Valid JSON of the wrong shape goes on to the grammar check (IAM's answer for it is unverified).
    expect(call('UpdateAssumeRolePolicy', { RoleName: 'R', PolicyDocument: '[]' })).toMatchObject({
      message: 'Syntax errors in policy.',
    });
    // Identity policies keep their own wording (99designs/iamy#74).
    expect(call('CreatePolicy', { PolicyName: 'P', PolicyDocument: 'policy.json' })).toMatchObject({
      code: 'MalformedPolicyDocument',
      message: 'Syntax errors in policy.',
    });
    expect(
      call('PutRolePolicy', { RoleName: 'R', PolicyName: 'P', PolicyDocument: 'policy.json' }),
    ).toMatchObject({ message: 'Syntax errors in policy.' });
  });

  it('keeps path, description, tags and boundary; returns the trust policy URL-encoded', () => {
    const { call } = setup();
    const doc = trust(STUDENT);
    const out = call('CreateRole', {
      RoleName: 'Svc',
      Path: '/service/',
      AssumeRolePolicyDocument: doc,
      Description: 'for apps',
      Tags: [{ Key: 'team', Value: 'blue' }],
      PermissionsBoundary: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
    }) as { Role: Record<string, unknown> };
    expect(out.Role).toMatchObject({
      Path: '/service/',
      Arn: `arn:aws:iam::${DEV}:role/service/Svc`,
      Description: 'for apps',
      Tags: [{ Key: 'team', Value: 'blue' }],
      PermissionsBoundary: {
        PermissionsBoundaryType: 'Policy',
        PermissionsBoundaryArn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
      },
    });
    expect(out.Role.AssumeRolePolicyDocument).toMatch(/^%7B%22Version%22%3A%222012-10-17%22/);
    expect(decodeURIComponent(out.Role.AssumeRolePolicyDocument as string)).toBe(doc);
  });

  it('puts the requested boundary in iam:PermissionsBoundary, so delegated admins can be made to set one', () => {
    const { call } = setup();
    const boundary = 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess';
    call('PutUserPolicy', {
      UserName: 'student',
      PolicyName: 'OnlyWithBoundary',
      PolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Deny',
            Action: 'iam:CreateRole',
            Resource: '*',
            Condition: { StringNotEquals: { 'iam:PermissionsBoundary': boundary } },
          },
        ],
      }),
    });
    expect(call('CreateRole', { RoleName: 'Free', AssumeRolePolicyDocument: trust(DEV) })).toMatchObject({
      code: 'AccessDenied',
    });
    expect(
      call('CreateRole', {
        RoleName: 'Bounded',
        AssumeRolePolicyDocument: trust(DEV),
        PermissionsBoundary: boundary,
      }),
    ).toMatchObject({ Role: { RoleName: 'Bounded' } });
  });
});

describe('GetRole, ListRoles, UpdateRole, DeleteRole', () => {
  it('NoSuchEntity with IAM wording', () => {
    const { call } = setup();
    expect(call('GetRole', { RoleName: 'Ghost' })).toEqual({
      kind: 'AwsError',
      code: 'NoSuchEntity',
      message: 'The role with name Ghost cannot be found.',
      status: 404,
    });
  });

  it('lists by PathPrefix and pages with Marker/MaxItems', () => {
    const { call } = setup();
    for (const name of ['c', 'a', 'b'])
      call('CreateRole', { RoleName: name, AssumeRolePolicyDocument: trust(DEV) });
    call('CreateRole', { RoleName: 'd', Path: '/ops/', AssumeRolePolicyDocument: trust(DEV) });
    const first = call('ListRoles', { MaxItems: 2 }) as {
      Roles: { RoleName: string }[];
      IsTruncated: boolean;
      Marker: string;
    };
    expect(first.Roles.map((r) => r.RoleName)).toEqual(['a', 'b']);
    expect(first.IsTruncated).toBe(true);
    const second = call('ListRoles', { MaxItems: 2, Marker: first.Marker }) as {
      Roles: { RoleName: string }[];
    };
    expect(second).toMatchObject({ IsTruncated: false });
    expect(second.Roles.map((r) => r.RoleName)).toEqual(['c', 'd']);
    expect((call('ListRoles', { PathPrefix: '/ops/' }) as { Roles: unknown[] }).Roles).toHaveLength(1);
    expect(first.Roles[0]).not.toHaveProperty('RoleLastUsed');
  });

  it('updates description, max session duration and trust policy', () => {
    const { call } = setup();
    call('CreateRole', { RoleName: 'R', AssumeRolePolicyDocument: trust(DEV) });
    expect(call('UpdateRole', { RoleName: 'R', MaxSessionDuration: 7200, Description: 'x' })).toEqual({});
    expect(call('UpdateRoleDescription', { RoleName: 'R', Description: 'y' })).toMatchObject({
      Role: { Description: 'y' },
    });
    expect(call('UpdateAssumeRolePolicy', { RoleName: 'R', PolicyDocument: trust(STUDENT) })).toEqual({});
    expect(call('GetRole', { RoleName: 'R' })).toMatchObject({
      Role: { MaxSessionDuration: 7200, Description: 'y' },
    });
    expect(call('UpdateAssumeRolePolicy', { RoleName: 'R', PolicyDocument: allow('*') })).toMatchObject({
      code: 'MalformedPolicyDocument',
    });
  });

  it('DeleteRole conflicts: instance profile, attached policies, inline policies', () => {
    const { call } = setup();
    call('CreateRole', { RoleName: 'R', AssumeRolePolicyDocument: trust(DEV) });
    call('CreateInstanceProfile', { InstanceProfileName: 'P' });
    call('AddRoleToInstanceProfile', { InstanceProfileName: 'P', RoleName: 'R' });
    call('AttachRolePolicy', { RoleName: 'R', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccessNope' });
    call('AttachRolePolicy', { RoleName: 'R', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' });
    call('PutRolePolicy', { RoleName: 'R', PolicyName: 'inline', PolicyDocument: allow('s3:*') });
    const conflict = (message: string) => ({ code: 'DeleteConflict', message, status: 409 });
    expect(call('DeleteRole', { RoleName: 'R' })).toMatchObject(
      conflict('Cannot delete entity, must remove roles from instance profile first.'),
    );
    expect(call('DeleteInstanceProfile', { InstanceProfileName: 'P' })).toMatchObject(
      conflict('Cannot delete entity, must remove roles from instance profile first.'),
    );
    call('RemoveRoleFromInstanceProfile', { InstanceProfileName: 'P', RoleName: 'R' });
    expect(call('DeleteRole', { RoleName: 'R' })).toMatchObject(
      conflict('Cannot delete entity, must detach all policies first.'),
    );
    call('DetachRolePolicy', { RoleName: 'R', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' });
    expect(call('DeleteRole', { RoleName: 'R' })).toMatchObject(
      conflict('Cannot delete entity, must delete policies first.'),
    );
    call('DeleteRolePolicy', { RoleName: 'R', PolicyName: 'inline' });
    expect(call('DeleteRole', { RoleName: 'R' })).toEqual({});
    expect(call('GetRole', { RoleName: 'R' })).toMatchObject({ code: 'NoSuchEntity' });
  });

  it('tags: add, replace, list, remove', () => {
    const { call } = setup();
    call('CreateRole', { RoleName: 'R', AssumeRolePolicyDocument: trust(DEV) });
    call('TagRole', {
      RoleName: 'R',
      Tags: [
        { Key: 'a', Value: '1' },
        { Key: 'b', Value: '2' },
      ],
    });
    call('TagRole', { RoleName: 'R', Tags: [{ Key: 'a', Value: '3' }] });
    expect(call('ListRoleTags', { RoleName: 'R' })).toEqual({
      Tags: [
        { Key: 'a', Value: '3' },
        { Key: 'b', Value: '2' },
      ],
      IsTruncated: false,
    });
    call('UntagRole', { RoleName: 'R', TagKeys: ['a'] });
    expect(call('ListRoleTags', { RoleName: 'R' })).toMatchObject({ Tags: [{ Key: 'b', Value: '2' }] });
  });
});

describe('inline and managed policies', () => {
  it('inline policies come back URL-encoded; missing ones are NoSuchEntity', () => {
    const { call } = setup();
    call('CreateRole', { RoleName: 'R', AssumeRolePolicyDocument: trust(DEV) });
    const doc =
      '{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}}';
    expect(call('PutRolePolicy', { RoleName: 'R', PolicyName: 'read', PolicyDocument: doc })).toEqual({});
    const got = call('GetRolePolicy', { RoleName: 'R', PolicyName: 'read' }) as Record<string, string>;
    expect(got.RoleName).toBe('R');
    expect(got.PolicyDocument).toContain('%7B%22Version%22%3A%20%222012-10-17%22');
    expect(decodeURIComponent(got.PolicyDocument ?? '')).toBe(doc);
    expect(call('ListRolePolicies', { RoleName: 'R' })).toEqual({
      PolicyNames: ['read'],
      IsTruncated: false,
    });
    expect(call('GetRolePolicy', { RoleName: 'R', PolicyName: 'nope' })).toMatchObject({
      code: 'NoSuchEntity',
      message: 'The role policy with name nope cannot be found.',
    });
    expect(
      call('PutRolePolicy', { RoleName: 'R', PolicyName: 'bad', PolicyDocument: trust(DEV) }),
    ).toMatchObject({
      code: 'MalformedPolicyDocument',
    });
  });

  it('customer managed policies: create, versions, attach, list, delete', () => {
    const { call } = setup();
    const created = call('CreatePolicy', { PolicyName: 'S3Read', PolicyDocument: allow('s3:Get*') }) as {
      Policy: Record<string, unknown>;
    };
    const arn = `arn:aws:iam::${DEV}:policy/S3Read`;
    expect(created.Policy).toMatchObject({
      Arn: arn,
      DefaultVersionId: 'v1',
      AttachmentCount: 0,
      IsAttachable: true,
    });
    expect(created.Policy.PolicyId).toMatch(/^ANPA/);
    expect(call('CreatePolicy', { PolicyName: 's3read', PolicyDocument: allow('s3:Get*') })).toMatchObject({
      code: 'EntityAlreadyExists',
      message: 'A policy called s3read already exists. Duplicate names are not allowed.',
    });
    expect(
      call('CreatePolicyVersion', { PolicyArn: arn, PolicyDocument: allow('s3:*'), SetAsDefault: true }),
    ).toMatchObject({
      PolicyVersion: { VersionId: 'v2', IsDefaultVersion: true },
    });
    call('CreateRole', { RoleName: 'R', AssumeRolePolicyDocument: trust(DEV) });
    expect(call('AttachRolePolicy', { RoleName: 'R', PolicyArn: arn })).toEqual({});
    expect(call('ListAttachedRolePolicies', { RoleName: 'R' })).toEqual({
      AttachedPolicies: [{ PolicyName: 'S3Read', PolicyArn: arn }],
      IsTruncated: false,
    });
    expect(call('GetPolicy', { PolicyArn: arn })).toMatchObject({
      Policy: { AttachmentCount: 1, DefaultVersionId: 'v2' },
    });
    const version = call('GetPolicyVersion', { PolicyArn: arn, VersionId: 'v2' }) as {
      PolicyVersion: { Document: string };
    };
    expect(decodeURIComponent(version.PolicyVersion.Document)).toBe(allow('s3:*'));
    expect(call('DeletePolicy', { PolicyArn: arn })).toMatchObject({
      code: 'DeleteConflict',
      message: 'Cannot delete a policy attached to entities.',
    });
    call('DetachRolePolicy', { RoleName: 'R', PolicyArn: arn });
    expect(call('DeletePolicy', { PolicyArn: arn })).toMatchObject({ code: 'DeleteConflict' });
    call('DeletePolicyVersion', { PolicyArn: arn, VersionId: 'v1' });
    expect(call('DeletePolicy', { PolicyArn: arn })).toEqual({});
    expect(call('AttachRolePolicy', { RoleName: 'R', PolicyArn: arn })).toMatchObject({
      code: 'NoSuchEntity',
      message: `Policy ${arn} does not exist or is not attachable.`,
    });
  });

  it('AWS managed policies have their real ARNs, paths and documents', () => {
    const { call } = setup();
    const lambda = 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole';
    expect(call('GetPolicy', { PolicyArn: lambda })).toMatchObject({
      Policy: { Path: '/service-role/', DefaultVersionId: 'v1' },
    });
    const admin = call('GetPolicyVersion', {
      PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess',
      VersionId: 'v1',
    }) as { PolicyVersion: { Document: string } };
    expect(JSON.parse(decodeURIComponent(admin.PolicyVersion.Document))).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
    });
    const aws = call('ListPolicies', { Scope: 'AWS' }) as { Policies: { PolicyName: string }[] };
    expect(aws.Policies.map((p) => p.PolicyName)).toContain('AmazonS3ReadOnlyAccess');
  });

  it('permissions boundaries on roles', () => {
    const { call } = setup();
    call('CreateRole', { RoleName: 'R', AssumeRolePolicyDocument: trust(DEV) });
    const arn = 'arn:aws:iam::aws:policy/IAMReadOnlyAccess';
    expect(call('PutRolePermissionsBoundary', { RoleName: 'R', PermissionsBoundary: arn })).toEqual({});
    expect(call('GetRole', { RoleName: 'R' })).toMatchObject({
      Role: { PermissionsBoundary: { PermissionsBoundaryArn: arn } },
    });
    expect(call('DeleteRolePermissionsBoundary', { RoleName: 'R' })).toEqual({});
    expect(call('GetRole', { RoleName: 'R' })).not.toHaveProperty('Role.PermissionsBoundary');
  });
});

describe('instance profiles', () => {
  it('hold one role at most', () => {
    const { call } = setup();
    call('CreateRole', { RoleName: 'A', AssumeRolePolicyDocument: trust(DEV) });
    call('CreateRole', { RoleName: 'B', AssumeRolePolicyDocument: trust(DEV) });
    const created = call('CreateInstanceProfile', { InstanceProfileName: 'Web' }) as {
      InstanceProfile: Record<string, unknown>;
    };
    expect(created.InstanceProfile).toMatchObject({ InstanceProfileName: 'Web', Roles: [] });
    expect(created.InstanceProfile.InstanceProfileId).toMatch(/^AIPA/);
    expect(call('AddRoleToInstanceProfile', { InstanceProfileName: 'Web', RoleName: 'A' })).toEqual({});
    expect(call('AddRoleToInstanceProfile', { InstanceProfileName: 'Web', RoleName: 'B' })).toMatchObject({
      code: 'LimitExceeded',
      message: 'Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1',
    });
    expect(call('GetInstanceProfile', { InstanceProfileName: 'Web' })).toMatchObject({
      InstanceProfile: { Roles: [{ RoleName: 'A' }] },
    });
    expect(call('ListInstanceProfilesForRole', { RoleName: 'A' })).toMatchObject({
      InstanceProfiles: [{ InstanceProfileName: 'Web' }],
    });
    expect(call('ListInstanceProfiles')).toMatchObject({
      InstanceProfiles: [{ InstanceProfileName: 'Web' }],
    });
    expect(call('GetInstanceProfile', { InstanceProfileName: 'Nope' })).toMatchObject({
      code: 'NoSuchEntity',
    });
  });
});
