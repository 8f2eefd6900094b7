import { describe, expect, it } from 'vitest';
import { defaultSandbox, SANDBOX_ACCOUNTS } from './default-sandbox.ts';
import { loadScenario } from './load.ts';

describe('scenarios', () => {
  it('the default sandbox: accounts, organization, the student', () => {
    const world = loadScenario(defaultSandbox);
    expect(Object.keys(world.state.accounts)).toEqual(Object.values(SANDBOX_ACCOUNTS));
    const org = world.state.organization;
    expect(org?.managementAccountId).toBe('123456789012');
    expect(org?.accountParents['222222222222']).toBeUndefined();
    expect(world.state.accounts['111111111111']?.iam.users.student?.arn).toBe(
      'arn:aws:iam::111111111111:user/student',
    );
  });

  it('same scenario, same world', () => {
    expect(JSON.stringify(loadScenario(defaultSandbox).snapshot())).toBe(
      JSON.stringify(loadScenario(defaultSandbox).snapshot()),
    );
  });

  it('author mistakes name the field', () => {
    expect(() => loadScenario({ ...defaultSandbox, accounts: [{ id: '12' }] }, 'broken')).toThrow(
      'scenario broken: accounts.0.id: an account id is 12 digits',
    );
    expect(() =>
      loadScenario({
        ...defaultSandbox,
        roles: [
          { account: '111111111111', name: 'R', trustPolicy: { Version: '2012-10-17', Statement: [] } },
        ],
      }),
    ).toThrow(/roles\[0\]\.trustPolicy: Syntax errors in policy\./);
    expect(() =>
      loadScenario({ ...defaultSandbox, users: [{ account: '333333333333', name: 'x' }] }),
    ).toThrow(
      'scenario default-sandbox: users[0].account: account 333333333333 is not listed under accounts',
    );
  });

  it('attached policies and boundaries must exist: AWS managed ones the simulator knows, or ones defined here', () => {
    const role = (extra: Record<string, unknown>) => ({
      ...defaultSandbox,
      roles: [{ account: '111111111111', name: 'app', trustPolicy: ROLE_TRUST, ...extra }],
    });
    expect(() => loadScenario(role({ managedPolicies: ['arn:aws:iam::aws:policy/NoSuchPolicy'] }))).toThrow(
      'scenario default-sandbox: roles[0].managedPolicies[0]: no managed policy arn:aws:iam::aws:policy/NoSuchPolicy (AWS managed policies known: AdministratorAccess, IAMReadOnlyAccess, AmazonS3FullAccess, AmazonS3ReadOnlyAccess, service-role/AWSLambdaBasicExecutionRole, AmazonEC2ReadOnlyAccess, ReadOnlyAccess, PowerUserAccess, IAMFullAccess, AmazonDynamoDBReadOnlyAccess, AmazonSSMManagedInstanceCore, CloudWatchLogsFullAccess; or define it under policies with account 111111111111)',
    );
    expect(() =>
      loadScenario(role({ managedPolicies: [READ_ONLY, 'arn:aws:iam::111111111111:policy/Missing'] })),
    ).toThrow(
      /^scenario default-sandbox: roles\[0\]\.managedPolicies\[1\]: no managed policy arn:aws:iam::111111111111:policy\/Missing \(AWS managed policies known: .*service-role\/AWSLambdaBasicExecutionRole.*; or define it under policies with account 111111111111\)$/,
    );
    expect(() =>
      loadScenario({
        ...defaultSandbox,
        users: [
          {
            account: '111111111111',
            name: 'u',
            permissionsBoundary: 'arn:aws:iam::111111111111:policy/Nope',
          },
        ],
      }),
    ).toThrow('scenario default-sandbox: users[0].permissionsBoundary: no managed policy');
    // A customer managed policy of another account cannot be attached, as in IAM.
    const elsewhere = { account: '999999999999', name: 'Shared', document: ALLOW_S3 };
    expect(() =>
      loadScenario({
        ...role({ managedPolicies: ['arn:aws:iam::999999999999:policy/Shared'] }),
        policies: [elsewhere],
      }),
    ).toThrow('roles[0].managedPolicies[0]: no managed policy arn:aws:iam::999999999999:policy/Shared');
    const world = loadScenario({
      ...role({
        managedPolicies: [READ_ONLY, 'arn:aws:iam::111111111111:policy/team/Mine'],
        permissionsBoundary: 'arn:aws:iam::111111111111:policy/team/Mine',
      }),
      policies: [{ account: '111111111111', name: 'Mine', path: '/team/', document: ALLOW_S3 }],
    });
    expect(world.state.accounts['111111111111']?.iam.roles.app).toMatchObject({
      attachedPolicies: [READ_ONLY, 'arn:aws:iam::111111111111:policy/team/Mine'],
      permissionsBoundary: 'arn:aws:iam::111111111111:policy/team/Mine',
    });
  });
});

const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
const ALLOW_S3 = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] };
const ROLE_TRUST = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: '111111111111' }, Action: 'sts:AssumeRole' }],
};
