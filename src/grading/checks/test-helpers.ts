import { isAwsError } from '../../sim/aws-error.ts';
import { sandbox } from '../../sim/scenarios/fixtures.ts';
import type { Params } from '../../sim/world/index.ts';
import { type CheckResult, checkSpecSchema, runCheck } from './index.ts';
import type { CheckContext } from './types.ts';

export { allow, trust } from '../../sim/scenarios/fixtures.ts';

/** Accounts of the default sandbox. */
export const DEV = '111111111111';
export const PROD = '999999999999';
export const VENDOR = '222222222222';

/** A default sandbox, a way to act in it, and a way to run a check written as exercise.yaml would. */
export function lab() {
  const { world, student } = sandbox();
  const ctx: CheckContext = { world, account: DEV, currentCaller: null };
  /** Calls as the student; a failure fails the test (setup must work). */
  const asStudent = (service: Parameters<typeof world.call>[1], operation: string, params: Params = {}) => {
    const result = world.call(student, service, operation, params);
    if (isAwsError(result)) throw new Error(`${operation}: ${result.code}: ${result.message}`);
    return result;
  };
  /** Calls as an account's root. */
  const asRoot = (
    account: string,
    service: Parameters<typeof world.call>[1],
    operation: string,
    params: Params = {},
  ) => {
    const result = world.call({ principal: `arn:aws:iam::${account}:root` }, service, operation, params);
    if (isAwsError(result)) throw new Error(`${operation}: ${result.code}: ${result.message}`);
    return result;
  };
  const check = (spec: Record<string, unknown>, context: Partial<CheckContext> = {}): CheckResult =>
    runCheck(checkSpecSchema.parse({ id: 'c', ...spec }), { ...ctx, ...context });
  const createRole = (name: string, trustPolicy: string | object, policy?: string) => {
    asStudent('iam', 'CreateRole', {
      RoleName: name,
      AssumeRolePolicyDocument: typeof trustPolicy === 'string' ? trustPolicy : JSON.stringify(trustPolicy),
    });
    if (policy)
      asStudent('iam', 'PutRolePolicy', { RoleName: name, PolicyName: 'inline', PolicyDocument: policy });
  };
  return { world, student, ctx, asStudent, asRoot, check, createRole };
}

/** A trust policy for a service principal. */
export function serviceTrust(service: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }],
  });
}

/** A trust policy with `Principal: "*"`. */
export const WILDCARD_TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' }],
});
