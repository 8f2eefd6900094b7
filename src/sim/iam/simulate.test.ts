import { describe, expect, it } from 'vitest';
import { evaluate, parsePolicy } from '../policy/index.ts';
import { sandbox } from '../scenarios/fixtures.ts';
import { statementSpans } from './simulate-positions.ts';

const DEV = '111111111111';
const devRoot = { principal: `arn:aws:iam::${DEV}:root` };
/** The AWS CLI's simulate-custom-policy example document, byte for byte. */
const CLI_EXAMPLE =
  '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"dynamodb:*","Resource":"*","Condition":{"DateGreaterThan":{"aws:CurrentTime":"2018-08-16T12:00:00Z"}}}}';
const dateEntry = (value: string) => [
  { ContextKeyName: 'aws:CurrentTime', ContextKeyValues: [value], ContextKeyType: 'date' },
];

describe('statement positions', () => {
  it('match AWS examples: a lone statement object and AdministratorAccess as stored', () => {
    expect(statementSpans(CLI_EXAMPLE)).toEqual([
      { start: { Line: 1, Column: 38 }, end: { Line: 1, Column: 167 } },
    ]);
    const admin =
      '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Action": "*",\n      "Resource": "*"\n    }\n  ]\n}';
    expect(statementSpans(admin)).toEqual([{ start: { Line: 3, Column: 17 }, end: { Line: 8, Column: 6 } }]);
  });
});

describe('SimulateCustomPolicy', () => {
  it('reproduces the AWS CLI example: allowed with positions, implicitDeny before the date', () => {
    const { world } = sandbox();
    const run = (date: string) =>
      world.call(devRoot, 'iam', 'SimulateCustomPolicy', {
        PolicyInputList: [CLI_EXAMPLE],
        ActionNames: ['dynamodb:CreateBackup'],
        ContextEntries: dateEntry(date),
      });
    expect(run('2019-04-25T11:00:00Z')).toEqual({
      EvaluationResults: [
        {
          EvalActionName: 'dynamodb:CreateBackup',
          EvalResourceName: '*',
          EvalDecision: 'allowed',
          MatchedStatements: [
            {
              SourcePolicyId: 'PolicyInputList.1',
              SourcePolicyType: 'IAM Policy',
              StartPosition: { Line: 1, Column: 38 },
              EndPosition: { Line: 1, Column: 167 },
            },
          ],
          MissingContextValues: [],
        },
      ],
      IsTruncated: false,
    });
    expect(run('2014-04-25T11:00:00Z')).toMatchObject({
      EvaluationResults: [{ EvalDecision: 'implicitDeny', MatchedStatements: [], MissingContextValues: [] }],
    });
  });

  it('reports condition keys of matching statements that the context lacks', () => {
    const { world } = sandbox();
    const out = world.call(devRoot, 'iam', 'SimulateCustomPolicy', {
      PolicyInputList: [CLI_EXAMPLE],
      ActionNames: ['dynamodb:CreateBackup', 's3:GetObject'],
    });
    expect(out).toMatchObject({
      EvaluationResults: [
        { EvalActionName: 'dynamodb:CreateBackup', MissingContextValues: ['aws:CurrentTime'] },
        { EvalActionName: 's3:GetObject', MissingContextValues: [] },
      ],
    });
  });
});

describe('SimulatePrincipalPolicy', () => {
  const ALLOW = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Sid: 'Read', Effect: 'Allow', Action: 's3:Get*', Resource: '*' }],
  });
  const DENY = JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'NoSecrets', Effect: 'Deny', Action: 's3:GetObject', Resource: 'arn:aws:s3:::secrets/*' },
      ],
    },
    null,
    4,
  );

  it('agrees with the engine for allowed, explicitDeny and implicitDeny, naming the deciding statements', () => {
    const { world } = sandbox();
    world.call(devRoot, 'iam', 'CreateRole', {
      RoleName: 'Reader',
      AssumeRolePolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: DEV }, Action: 'sts:AssumeRole' }],
      }),
    });
    world.call(devRoot, 'iam', 'PutRolePolicy', {
      RoleName: 'Reader',
      PolicyName: 'read',
      PolicyDocument: ALLOW,
    });
    world.call(devRoot, 'iam', 'PutRolePolicy', {
      RoleName: 'Reader',
      PolicyName: 'deny',
      PolicyDocument: DENY,
    });
    const resources = ['arn:aws:s3:::public/a.txt', 'arn:aws:s3:::secrets/key'];
    const out = world.call(devRoot, 'iam', 'SimulatePrincipalPolicy', {
      PolicySourceArn: `arn:aws:iam::${DEV}:role/Reader`,
      ActionNames: ['s3:GetObject', 's3:PutObject'],
      ResourceArns: resources,
    }) as { EvaluationResults: { EvalDecision: string; MatchedStatements: unknown[] }[] };
    expect(out.EvaluationResults.map((r) => r.EvalDecision)).toEqual([
      'allowed',
      'explicitDeny',
      'implicitDeny',
      'implicitDeny',
    ]);
    // The same question put straight to the engine.
    const doc = (text: string, name: string) => {
      const parsed = parsePolicy(text, 'identity');
      if (!parsed.ok) throw new Error('bad test policy');
      return { type: 'identity' as const, name, document: parsed.policy };
    };
    for (const [i, [action, resource]] of [
      ['s3:GetObject', resources[0]],
      ['s3:GetObject', resources[1]],
      ['s3:PutObject', resources[0]],
    ].entries()) {
      const engine = evaluate(
        { principal: `arn:aws:iam::${DEV}:role/Reader`, action: action ?? '', resource: resource ?? '' },
        { identity: [doc(ALLOW, 'read'), doc(DENY, 'deny')] },
      );
      const expected = { Allow: 'allowed', ExplicitDeny: 'explicitDeny', ImplicitDeny: 'implicitDeny' };
      expect(out.EvaluationResults[i]?.EvalDecision).toBe(expected[engine.decision]);
    }
    expect(out.EvaluationResults[0]?.MatchedStatements).toEqual([
      {
        SourcePolicyId: 'role_Reader_read',
        SourcePolicyType: 'IAM Policy',
        StartPosition: { Line: 1, Column: 38 },
        EndPosition: { Line: 1, Column: 103 },
      },
    ]);
    expect(out.EvaluationResults[1]?.MatchedStatements).toEqual([
      {
        SourcePolicyId: 'role_Reader_deny',
        SourcePolicyType: 'IAM Policy',
        // A 4-space-indented four-member statement: the AWS CLI's simulate-principal-policy example also gives 3:19–9:10.
        StartPosition: { Line: 3, Column: 19 },
        EndPosition: { Line: 9, Column: 10 },
      },
    ]);
    expect(out.EvaluationResults[2]?.MatchedStatements).toEqual([]);
  });

  it('includes the SCPs of the account and a permissions boundary verdict', () => {
    const { world } = sandbox();
    world.call(devRoot, 'iam', 'PutUserPermissionsBoundary', {
      UserName: 'student',
      PermissionsBoundary: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess',
    });
    const out = world.call(devRoot, 'iam', 'SimulatePrincipalPolicy', {
      PolicySourceArn: `arn:aws:iam::${DEV}:user/student`,
      ActionNames: ['iam:GetRole', 'iam:CreateRole', 'organizations:LeaveOrganization'],
    });
    expect(out).toMatchObject({
      EvaluationResults: [
        {
          EvalDecision: 'allowed',
          OrganizationsDecisionDetail: { AllowedByOrganizations: true },
          PermissionsBoundaryDecisionDetail: { AllowedByPermissionsBoundary: true },
        },
        {
          EvalDecision: 'implicitDeny',
          PermissionsBoundaryDecisionDetail: { AllowedByPermissionsBoundary: false },
        },
        { EvalDecision: 'explicitDeny', OrganizationsDecisionDetail: { AllowedByOrganizations: false } },
      ],
    });
  });
});
