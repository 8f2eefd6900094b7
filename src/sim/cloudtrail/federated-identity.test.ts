import { describe, expect, it } from 'vitest';
import type { ServiceName } from '../api/model.ts';
import { sampleMetadata } from '../iam/saml-providers.ts';
import { sandbox } from '../scenarios/fixtures.ts';
import type { Caller } from '../world/credentials.ts';
import type { Params } from '../world/operation.ts';
import type { CallResult, World } from '../world/world.ts';

const DEV = '111111111111';
const PROD = '999999999999';
const devRoot = { principal: `arn:aws:iam::${DEV}:root` };
const prodRoot = { principal: `arn:aws:iam::${PROD}:root` };
const nobody = { anonymous: true } as const;
const HOST = 'token.actions.githubusercontent.com';
const OIDC = `arn:aws:iam::${PROD}:oidc-provider/${HOST}`;
const SAML = `arn:aws:iam::${PROD}:saml-provider/Okta`;
const SUB = 'repo:octo-org/app-a:ref:refs/heads/main';

type Event = { EventName: string; Username: string; AccessKeyId: string; CloudTrailEvent: string };
type AnyCall = (
  caller: Caller,
  service: ServiceName,
  operation: string,
  params?: Params,
) => CallResult | Promise<CallResult>;

/** The world's asynchronous front door where it has one (web identity verification may need it), else `call`. */
function callOf(world: World): AnyCall {
  const maybeAsync = (world as World & { callAsync?: AnyCall }).callAsync;
  return maybeAsync ? maybeAsync.bind(world) : world.call;
}

const lookup = (world: World, caller: Caller, username?: string) =>
  (
    world.call(
      caller,
      'cloudtrail',
      'LookupEvents',
      username ? { LookupAttributes: [{ AttributeKey: 'Username', AttributeValue: username }] } : {},
    ) as { Events: Event[] }
  ).Events;

const federatedTrust = (provider: string, action: string, condition: Record<string, unknown>) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal: { Federated: provider }, Action: action, Condition: condition },
    ],
  });

/** A GitHub Actions deploy role in the prod account, trusting one repository. */
function githubWorld() {
  const { world, student } = sandbox();
  world.call(prodRoot, 'iam', 'CreateOpenIDConnectProvider', {
    Url: `https://${HOST}`,
    ClientIDList: ['sts.amazonaws.com'],
  });
  world.call(prodRoot, 'iam', 'CreateRole', {
    RoleName: 'GitHubDeploy',
    AssumeRolePolicyDocument: federatedTrust(OIDC, 'sts:AssumeRoleWithWebIdentity', {
      StringEquals: { [`${HOST}:aud`]: 'sts.amazonaws.com', [`${HOST}:sub`]: SUB },
    }),
  });
  return { world, student };
}

async function assumeWithToken(world: World, caller: Caller, sub: string): Promise<CallResult> {
  const token = await Promise.resolve(world.issueWebIdentityToken({ sub }));
  return callOf(world)(caller, 'sts', 'AssumeRoleWithWebIdentity', {
    RoleArn: `arn:aws:iam::${PROD}:role/GitHubDeploy`,
    RoleSessionName: 'gha',
    WebIdentityToken: token,
  });
}

describe('CloudTrail records unsigned federation calls under the external identity', () => {
  it('AssumeRoleWithWebIdentity: a WebIdentityUser in the role account, whoever signed', async () => {
    const { world, student } = githubWorld();
    // The shell sends the learner's keys along; AWS ignores them for this unsigned call.
    const out = await assumeWithToken(world, student, SUB);
    expect(out).toMatchObject({
      AssumedRoleUser: { Arn: `arn:aws:sts::${PROD}:assumed-role/GitHubDeploy/gha` },
    });
    expect(lookup(world, devRoot).map((e) => e.EventName)).not.toContain('AssumeRoleWithWebIdentity');
    const [event] = lookup(world, prodRoot, SUB);
    expect(event).toMatchObject({ EventName: 'AssumeRoleWithWebIdentity', Username: SUB, AccessKeyId: '' });
    const record = JSON.parse(event?.CloudTrailEvent ?? '{}');
    expect(record.userIdentity).toEqual({
      type: 'WebIdentityUser',
      principalId: `${OIDC}:sts.amazonaws.com:${SUB}`,
      userName: SUB,
      identityProvider: OIDC,
    });
    expect(record).toMatchObject({
      eventSource: 'sts.amazonaws.com',
      readOnly: true,
      recipientAccountId: PROD,
      requestParameters: { roleArn: `arn:aws:iam::${PROD}:role/GitHubDeploy`, roleSessionName: 'gha' },
      responseElements: { subjectFromWebIdentityToken: SUB, audience: 'sts.amazonaws.com' },
      resources: [{ ARN: `arn:aws:iam::${PROD}:role/GitHubDeploy`, accountId: PROD, type: 'AWS::IAM::Role' }],
    });
    // The token is a bearer credential: the record keeps neither it nor the session's secret.
    expect(record.requestParameters).not.toHaveProperty('webIdentityToken');
    expect(event?.CloudTrailEvent).not.toContain(
      (out as { Credentials: { SecretAccessKey: string } }).Credentials.SecretAccessKey,
    );
  });

  it('a refused token is recorded too, with its error', async () => {
    const { world } = githubWorld();
    const fork = 'repo:octo-org/app-b:ref:refs/heads/main';
    expect(await assumeWithToken(world, nobody, fork)).toMatchObject({ code: 'AccessDenied' });
    const [event] = lookup(world, prodRoot, fork);
    expect(JSON.parse(event?.CloudTrailEvent ?? '{}')).toMatchObject({
      eventName: 'AssumeRoleWithWebIdentity',
      errorCode: 'AccessDenied',
      errorMessage: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
      responseElements: null,
      userIdentity: { type: 'WebIdentityUser', principalId: `${OIDC}:sts.amazonaws.com:${fork}` },
    });
  });

  it('a provider IAM knows by name (Google) is recorded by its issuer name', async () => {
    const { world } = sandbox();
    world.call(prodRoot, 'iam', 'CreateRole', {
      RoleName: 'GoogleWorkload',
      AssumeRolePolicyDocument: federatedTrust('accounts.google.com', 'sts:AssumeRoleWithWebIdentity', {
        StringEquals: { 'accounts.google.com:sub': '1009876' },
      }),
    });
    const token = await Promise.resolve(
      world.issueWebIdentityToken({ issuer: 'https://accounts.google.com', sub: '1009876', aud: 'app-1' }),
    );
    const out = await callOf(world)(nobody, 'sts', 'AssumeRoleWithWebIdentity', {
      RoleArn: `arn:aws:iam::${PROD}:role/GoogleWorkload`,
      RoleSessionName: 'gcp',
      WebIdentityToken: token,
    });
    expect(out).toHaveProperty('Credentials');
    const [event] = lookup(world, prodRoot, '1009876');
    expect(JSON.parse(event?.CloudTrailEvent ?? '{}').userIdentity).toEqual({
      type: 'WebIdentityUser',
      principalId: 'accounts.google.com:app-1:1009876',
      userName: '1009876',
      identityProvider: 'accounts.google.com',
    });
  });

  it('AssumeRoleWithSAML: a SAMLUser named by the name qualifier and NameID', () => {
    const { world, student } = sandbox();
    world.call(prodRoot, 'iam', 'CreateSAMLProvider', {
      Name: 'Okta',
      SAMLMetadataDocument: sampleMetadata('http://www.okta.com/exk1'),
    });
    const roleArn = `arn:aws:iam::${PROD}:role/Engineers`;
    world.call(prodRoot, 'iam', 'CreateRole', {
      RoleName: 'Engineers',
      AssumeRolePolicyDocument: federatedTrust(SAML, 'sts:AssumeRoleWithSAML', {
        StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' },
      }),
    });
    const assertion = world.issueSamlAssertion({
      provider: SAML,
      roleArn,
      subject: 'alice@example.com',
      sessionName: 'alice',
    });
    const params = { RoleArn: roleArn, PrincipalArn: SAML, SAMLAssertion: assertion };
    const out = world.call(student, 'sts', 'AssumeRoleWithSAML', params) as { NameQualifier: string };
    expect(out.NameQualifier).toMatch(/=$/);
    expect(lookup(world, devRoot, 'student').map((e) => e.EventName)).not.toContain('AssumeRoleWithSAML');
    const [event] = lookup(world, prodRoot, 'alice@example.com');
    expect(event).toMatchObject({ EventName: 'AssumeRoleWithSAML', AccessKeyId: '' });
    const record = JSON.parse(event?.CloudTrailEvent ?? '{}');
    expect(record.userIdentity).toEqual({
      type: 'SAMLUser',
      principalId: `${out.NameQualifier}:alice@example.com`,
      userName: 'alice@example.com',
      identityProvider: out.NameQualifier,
    });
    expect(record.requestParameters).toEqual({
      roleArn,
      principalArn: SAML,
      roleSessionName: 'alice',
    });
    expect(record.resources).toEqual([
      { ARN: roleArn, accountId: PROD, type: 'AWS::IAM::Role' },
      { ARN: SAML, accountId: PROD, type: 'AWS::IAM::SAMLProvider' },
    ]);
    expect(record).toMatchObject({
      readOnly: true,
      recipientAccountId: PROD,
      responseElements: { subject: 'alice@example.com', nameQualifier: out.NameQualifier },
    });
    // A failed call (the assertion does not list role Nope) names the same identity, its qualifier computed from
    // the assertion.
    world.call(nobody, 'sts', 'AssumeRoleWithSAML', { ...params, RoleArn: `arn:aws:iam::${PROD}:role/Nope` });
    const [failed] = lookup(world, prodRoot, 'alice@example.com');
    expect(JSON.parse(failed?.CloudTrailEvent ?? '{}')).toMatchObject({
      errorCode: 'InvalidIdentityToken',
      userIdentity: { principalId: `${out.NameQualifier}:alice@example.com` },
    });
  });

  it('records nothing it cannot attribute: an unreadable token, a role in no account of the world', async () => {
    const { world } = githubWorld();
    const before = world.state.cloudtrail.events.length;
    await callOf(world)(nobody, 'sts', 'AssumeRoleWithWebIdentity', {
      RoleArn: `arn:aws:iam::${PROD}:role/GitHubDeploy`,
      RoleSessionName: 'gha',
      WebIdentityToken: 'not-a-jwt',
    });
    world.call(nobody, 'sts', 'AssumeRoleWithSAML', {
      RoleArn: 'arn:aws:iam::444455556666:role/Elsewhere',
      PrincipalArn: 'arn:aws:iam::444455556666:saml-provider/Okta',
      SAMLAssertion: 'bm90IHNhbWw=',
    });
    expect(world.state.cloudtrail.events.length).toBe(before);
  });
});
