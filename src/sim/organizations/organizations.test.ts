import { describe, expect, it } from 'vitest';
import { isAwsError } from '../aws-error.ts';
import { sandbox } from '../scenarios/fixtures.ts';
import type { Params } from '../world/index.ts';

const MANAGEMENT = { principal: 'arn:aws:iam::123456789012:root' };
const DENY_USERS = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', Action: 'iam:CreateUser', Resource: '*' }],
});

function org() {
  const { world, student } = sandbox();
  const call = (
    operation: string,
    params: Params = {},
    caller: Parameters<typeof world.call>[0] = MANAGEMENT,
  ) => world.call(caller, 'organizations', operation, params);
  const ok = (operation: string, params: Params = {}) => {
    const result = call(operation, params);
    if (isAwsError(result)) throw new Error(`${operation}: ${result.code}: ${result.message}`);
    return result as Record<string, unknown>;
  };
  /** A list member of an answer, e.g. `Roots` of ListRoots. */
  const list = <T>(operation: string, params: Params, key: string) => ok(operation, params)[key] as T[];
  const rootId = list<{ Id: string }>('ListRoots', {}, 'Roots')[0]?.Id ?? '';
  const workloads =
    list<{ Id: string; Name: string }>(
      'ListOrganizationalUnitsForParent',
      { ParentId: rootId },
      'OrganizationalUnits',
    ).find((u) => u.Name === 'Workloads')?.Id ?? '';
  return { world, student, call, ok, list, rootId, workloads };
}

describe('AWS Organizations service control policies', () => {
  it('the management account creates an SCP, attaches it to an OU, and it binds the OU’s accounts', () => {
    const { world, student, ok, list, workloads } = org();
    const created = ok('CreatePolicy', {
      Name: 'DenyUsers',
      Description: 'no IAM users',
      Type: 'SERVICE_CONTROL_POLICY',
      Content: DENY_USERS,
    }).Policy as unknown as { PolicySummary: { Id: string; Arn: string; AwsManaged: boolean } };
    expect(created.PolicySummary).toMatchObject({ AwsManaged: false });
    expect(created.PolicySummary.Arn).toMatch(
      /^arn:aws:organizations::123456789012:policy\/o-[a-z0-9]{10}\/service_control_policy\/p-[a-z0-9]{8}$/,
    );
    const id = created.PolicySummary.Id;
    ok('AttachPolicy', { PolicyId: id, TargetId: workloads });
    const attached = list<{ Name: string }>(
      'ListPoliciesForTarget',
      { TargetId: workloads, Filter: 'SERVICE_CONTROL_POLICY' },
      'Policies',
    );
    expect(attached.map((p) => p.Name)).toEqual(['FullAWSAccess', 'DenyUsers']);
    // UpdatePolicy replaces the content; the student (in dev, inside Workloads) is now refused what it may do.
    ok('UpdatePolicy', {
      PolicyId: id,
      Content: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Deny', Action: 'iam:CreateRole', Resource: '*' }],
      }),
    });
    const denied = world.call(student, 'iam', 'CreateRole', {
      RoleName: 'Probe',
      AssumeRolePolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
        ],
      }),
    });
    expect(isAwsError(denied) && denied.message).toBe(
      'User: arn:aws:iam::111111111111:user/student is not authorized to perform: iam:CreateRole on resource: arn:aws:iam::111111111111:role/Probe with an explicit deny in a service control policy',
    );
    ok('DetachPolicy', { PolicyId: id, TargetId: workloads });
    expect(list('ListTargetsForPolicy', { PolicyId: id }, 'Targets')).toEqual([]);
  });

  it('refuses member accounts, duplicates, malformed content, AWS-managed edits and removing the last SCP', () => {
    const { call, student, rootId } = org();
    expect(call('ListRoots', {}, { principal: 'arn:aws:iam::111111111111:root' })).toMatchObject({
      code: 'AccessDeniedException',
    });
    expect(call('ListRoots', {}, student)).toMatchObject({ code: 'AccessDeniedException' });
    expect(call('ListRoots', {}, { principal: 'arn:aws:iam::222222222222:root' })).toMatchObject({
      code: 'AWSOrganizationsNotInUseException',
    });
    const create = (Content: string, Name = 'P') =>
      call('CreatePolicy', { Name, Description: '', Type: 'SERVICE_CONTROL_POLICY', Content });
    expect(create('{"Version":"2012-10-17"')).toMatchObject({ code: 'MalformedPolicyDocumentException' });
    expect(create(DENY_USERS, 'Guardrails')).toMatchObject({ code: 'DuplicatePolicyException' });
    expect(
      call('CreatePolicy', { Name: 'T', Description: '', Type: 'TAG_POLICY', Content: '{}' }),
    ).toMatchObject({ code: 'PolicyTypeNotEnabledException' });
    expect(call('UpdatePolicy', { PolicyId: 'p-FullAWSAccess', Content: DENY_USERS })).toMatchObject({
      code: 'AccessDeniedException',
    });
    expect(call('AttachPolicy', { PolicyId: 'p-FullAWSAccess', TargetId: rootId })).toMatchObject({
      code: 'DuplicatePolicyAttachmentException',
    });
    expect(call('DetachPolicy', { PolicyId: 'p-FullAWSAccess', TargetId: '111111111111' })).toMatchObject({
      code: 'ConstraintViolationException',
    });
    expect(call('AttachPolicy', { PolicyId: 'p-FullAWSAccess', TargetId: '333333333333' })).toMatchObject({
      code: 'TargetNotFoundException',
    });
  });
});
