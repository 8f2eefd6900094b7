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
});
