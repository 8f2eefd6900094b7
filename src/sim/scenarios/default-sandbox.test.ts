import { describe, expect, it } from 'vitest';
import { isAwsError } from '../aws-error.ts';
import { policySize, QUOTAS } from '../policy/index.ts';
import { defaultSandbox } from './default-sandbox.ts';
import { sandbox } from './fixtures.ts';

const DEV = '111111111111';
const POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
});

/** The call's error code, or 'ok'. */
function outcome(result: unknown): string {
  return isAwsError(result) ? result.code : 'ok';
}

describe("the student's permissions in the default sandbox", () => {
  it('validate policies, and describe and list DynamoDB tables but not read them', () => {
    const { world, student } = sandbox();
    const call = (service: 'accessanalyzer' | 'dynamodb', op: string, params: Record<string, unknown>) =>
      outcome(world.call(student, service, op, params));
    expect(
      call('accessanalyzer', 'ValidatePolicy', { policyDocument: POLICY, policyType: 'IDENTITY_POLICY' }),
    ).toBe('ok');
    expect(call('dynamodb', 'ListTables', {})).toBe('ok');
    expect(call('dynamodb', 'DescribeTable', { TableName: 'orders' })).toBe('ok');
    expect(call('dynamodb', 'Scan', { TableName: 'orders' })).toBe('AccessDeniedException');
  });

  it('manage OIDC and SAML providers in the dev account', () => {
    const { world, student } = sandbox();
    const iam = (op: string, params: Record<string, unknown>) =>
      outcome(world.call(student, 'iam', op, params));
    const oidc = `arn:aws:iam::${DEV}:oidc-provider/token.actions.githubusercontent.com`;
    expect(
      iam('CreateOpenIDConnectProvider', {
        Url: 'https://token.actions.githubusercontent.com',
        ClientIDList: ['sts.amazonaws.com'],
      }),
    ).toBe('ok');
    expect(iam('GetOpenIDConnectProvider', { OpenIDConnectProviderArn: oidc })).toBe('ok');
    expect(iam('ListOpenIDConnectProviders', {})).toBe('ok');
    expect(iam('DeleteOpenIDConnectProvider', { OpenIDConnectProviderArn: oidc })).toBe('ok');
    expect(iam('ListSAMLProviders', {})).toBe('ok');
    expect(iam('DeleteSAMLProvider', { SAMLProviderArn: `arn:aws:iam::${DEV}:saml-provider/Okta` })).toBe(
      'NoSuchEntity',
    );
  });

  it('set up a virtual MFA device for themselves only', () => {
    const { world, student } = sandbox();
    const iam = (op: string, params: Record<string, unknown>) =>
      outcome(world.call(student, 'iam', op, params));
    const serial = `arn:aws:iam::${DEV}:mfa/student`;
    expect(iam('CreateVirtualMFADevice', { VirtualMFADeviceName: 'other' })).toBe('AccessDenied');
    expect(iam('CreateVirtualMFADevice', { VirtualMFADeviceName: 'student' })).toBe('ok');
    const enable = {
      UserName: 'student',
      SerialNumber: serial,
      AuthenticationCode1: world.mfaCode(serial, -1),
      AuthenticationCode2: world.mfaCode(serial),
    };
    expect(iam('EnableMFADevice', enable)).toBe('ok');
    expect(iam('ListMFADevices', {})).toBe('ok');
    expect(iam('ListVirtualMFADevices', {})).toBe('ok');
    expect(iam('DeactivateMFADevice', { UserName: 'student', SerialNumber: serial })).toBe('ok');
    expect(iam('DeleteVirtualMFADevice', { SerialNumber: serial })).toBe('ok');
    expect(iam('CreateUser', { UserName: 'x' })).toBe('AccessDenied');
  });

  it("leaves lessons room in the user's 2,048-character inline policy quota", () => {
    const student = defaultSandbox.users?.find((u) => u.name === 'student');
    const used = Object.values(student?.inlinePolicies ?? {}).reduce<number>(
      (sum, doc) => sum + policySize(JSON.stringify(doc)),
      0,
    );
    expect(QUOTAS.inlineUser - used).toBeGreaterThanOrEqual(450);
  });
});
