import { describe, expect, it } from 'vitest';
import { sampleMetadata } from '../iam/saml-providers.ts';
import { sandbox } from '../scenarios/fixtures.ts';

const DEV = '111111111111';
const root = { principal: `arn:aws:iam::${DEV}:root` };
const nobody = { anonymous: true } as const;
const OIDC = `arn:aws:iam::${DEV}:oidc-provider/token.actions.githubusercontent.com`;
const SAML = `arn:aws:iam::${DEV}:saml-provider/Okta`;

const federatedTrust = (provider: string, action: string, condition: Record<string, unknown>) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal: { Federated: provider }, Action: action, Condition: condition },
    ],
  });

function githubWorld() {
  const { world } = sandbox();
  world.call(root, 'iam', 'CreateOpenIDConnectProvider', {
    Url: 'https://token.actions.githubusercontent.com',
    ClientIDList: ['sts.amazonaws.com'],
  });
  world.call(root, 'iam', 'CreateRole', {
    RoleName: 'GitHubDeploy',
    AssumeRolePolicyDocument: federatedTrust(OIDC, 'sts:AssumeRoleWithWebIdentity', {
      StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
      StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:octo-org/app-a:*' },
    }),
  });
  return world;
}

const assume = (token: string) => ({
  RoleArn: `arn:aws:iam::${DEV}:role/GitHubDeploy`,
  RoleSessionName: 'gha',
  WebIdentityToken: token,
});

describe('AssumeRoleWithWebIdentity (GitHub Actions OIDC)', () => {
  it('repo A gets credentials without signing; repo B is refused by the trust policy', () => {
    const world = githubWorld();
    const tokenA = world.issueWebIdentityToken({ sub: 'repo:octo-org/app-a:ref:refs/heads/main' });
    const ok = world.call(nobody, 'sts', 'AssumeRoleWithWebIdentity', assume(tokenA));
    expect(ok).toMatchObject({
      AssumedRoleUser: { Arn: `arn:aws:sts::${DEV}:assumed-role/GitHubDeploy/gha` },
      SubjectFromWebIdentityToken: 'repo:octo-org/app-a:ref:refs/heads/main',
      Audience: 'sts.amazonaws.com',
      Provider: 'https://token.actions.githubusercontent.com',
    });
    const c = (ok as { Credentials: { AccessKeyId: string; SecretAccessKey: string; SessionToken: string } })
      .Credentials;
    const session = {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      sessionToken: c.SessionToken,
    };
    expect(world.call(session, 'sts', 'GetCallerIdentity')).toMatchObject({
      Arn: `arn:aws:sts::${DEV}:assumed-role/GitHubDeploy/gha`,
    });
    const tokenB = world.issueWebIdentityToken({ sub: 'repo:octo-org/app-b:ref:refs/heads/main' });
    expect(world.call(nobody, 'sts', 'AssumeRoleWithWebIdentity', assume(tokenB))).toMatchObject({
      code: 'AccessDenied',
      message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
    });
  });

  it('expired, wrong-audience, tampered tokens and a missing provider', () => {
    const world = githubWorld();
    const sub = 'repo:octo-org/app-a:ref:refs/heads/main';
    const token = world.issueWebIdentityToken({ sub, expiresInSeconds: 300 });
    world.clock.advance(600_000);
    const now = Math.floor(world.clock.epochMs() / 1000);
    expect(world.call(nobody, 'sts', 'AssumeRoleWithWebIdentity', assume(token))).toMatchObject({
      code: 'ExpiredTokenException',
      message: `Token expired: current date/time ${now} must be before the expiration date/time ${now - 300}`,
    });
    const wrongAud = world.issueWebIdentityToken({ sub, aud: 'sigstore' });
    expect(world.call(nobody, 'sts', 'AssumeRoleWithWebIdentity', assume(wrongAud))).toMatchObject({
      code: 'InvalidIdentityToken',
      message: 'Incorrect token audience',
    });
    const [h, payload, sig] = world.issueWebIdentityToken({ sub: 'repo:octo-org/app-b:x' }).split('.');
    const [, goodPayload] = world.issueWebIdentityToken({ sub }).split('.');
    expect(
      world.call(nobody, 'sts', 'AssumeRoleWithWebIdentity', assume(`${h}.${goodPayload}.${sig}`)),
    ).toMatchObject({ code: 'InvalidIdentityToken' });
    expect(payload).not.toBe(goodPayload);
    const gitlab = world.issueWebIdentityToken({ issuer: 'https://gitlab.com', sub });
    expect(world.call(nobody, 'sts', 'AssumeRoleWithWebIdentity', assume(gitlab))).toMatchObject({
      code: 'InvalidIdentityToken',
      message: 'No OpenIDConnect provider found in your account for https://gitlab.com',
    });
    expect(world.call(nobody, 'sts', 'AssumeRoleWithWebIdentity', assume('not-a-jwt'))).toMatchObject({
      code: 'InvalidIdentityToken',
    });
  });

  it('one provider per URL', () => {
    const world = githubWorld();
    expect(
      world.call(root, 'iam', 'CreateOpenIDConnectProvider', {
        Url: 'https://token.actions.githubusercontent.com',
        ClientIDList: ['sts.amazonaws.com'],
      }),
    ).toMatchObject({
      code: 'EntityAlreadyExists',
      message: 'Provider with url https://token.actions.githubusercontent.com already exists.',
    });
    expect(
      world.call(root, 'iam', 'GetOpenIDConnectProvider', { OpenIDConnectProviderArn: OIDC }),
    ).toMatchObject({
      Url: 'token.actions.githubusercontent.com',
      ClientIDList: ['sts.amazonaws.com'],
    });
  });
});

describe('AssumeRoleWithSAML', () => {
  function oktaWorld() {
    const { world } = sandbox();
    world.call(root, 'iam', 'CreateSAMLProvider', {
      Name: 'Okta',
      SAMLMetadataDocument: sampleMetadata('http://www.okta.com/exk1'),
    });
    world.call(root, 'iam', 'CreateRole', {
      RoleName: 'Engineers',
      AssumeRolePolicyDocument: federatedTrust(SAML, 'sts:AssumeRoleWithSAML', {
        StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' },
        'ForAnyValue:StringEquals': { 'SAML:edupersonaffiliation': 'engineering' },
      }),
    });
    return world;
  }
  const roleArn = `arn:aws:iam::${DEV}:role/Engineers`;

  it('the right group gets in; another group and a tampered assertion do not', () => {
    const world = oktaWorld();
    const good = world.issueSamlAssertion({
      provider: SAML,
      roleArn,
      subject: 'alice',
      groups: ['engineering'],
    });
    expect(
      world.call(nobody, 'sts', 'AssumeRoleWithSAML', {
        RoleArn: roleArn,
        PrincipalArn: SAML,
        SAMLAssertion: good,
      }),
    ).toMatchObject({
      AssumedRoleUser: { Arn: `arn:aws:sts::${DEV}:assumed-role/Engineers/alice` },
      Subject: 'alice',
      SubjectType: 'persistent',
      Issuer: 'http://www.okta.com/exk1',
    });
    const sales = world.issueSamlAssertion({ provider: SAML, roleArn, subject: 'bob', groups: ['sales'] });
    expect(
      world.call(nobody, 'sts', 'AssumeRoleWithSAML', {
        RoleArn: roleArn,
        PrincipalArn: SAML,
        SAMLAssertion: sales,
      }),
    ).toMatchObject({ code: 'AccessDenied', message: 'Not authorized to perform sts:AssumeRoleWithSAML' });
    const xml = Buffer.from(sales, 'base64').toString('utf8').replace('>sales<', '>engineering<');
    expect(
      world.call(nobody, 'sts', 'AssumeRoleWithSAML', {
        RoleArn: roleArn,
        PrincipalArn: SAML,
        SAMLAssertion: Buffer.from(xml).toString('base64'),
      }),
    ).toMatchObject({ code: 'InvalidIdentityToken' });
  });

  it('rejects metadata that is not SAML metadata', () => {
    const { world } = sandbox();
    expect(
      world.call(root, 'iam', 'CreateSAMLProvider', {
        Name: 'Bad',
        SAMLMetadataDocument: `<html>${' '.repeat(1000)}</html>`,
      }),
    ).toMatchObject({ code: 'InvalidInput' });
  });
});
