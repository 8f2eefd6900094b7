import { createLocalJWKSet, generateKeyPair, jwtVerify, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { sandbox } from '../scenarios/fixtures.ts';
import { EKS_ISSUER, GITHUB_ISSUER, GOOGLE_ISSUER, publicJwks } from './oidc-idps.ts';

const DEV = '111111111111';
const root = { principal: `arn:aws:iam::${DEV}:root` };
const nobody = { anonymous: true } as const;
const OIDC = `arn:aws:iam::${DEV}:oidc-provider/token.actions.githubusercontent.com`;

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
  it('repo A gets credentials without signing; repo B is refused by the trust policy', async () => {
    const world = githubWorld();
    const tokenA = await world.issueWebIdentityToken({ sub: 'repo:octo-org/app-a:ref:refs/heads/main' });
    const ok = await world.callAsync(nobody, 'sts', 'AssumeRoleWithWebIdentity', assume(tokenA));
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
    const tokenB = await world.issueWebIdentityToken({ sub: 'repo:octo-org/app-b:ref:refs/heads/main' });
    expect(await world.callAsync(nobody, 'sts', 'AssumeRoleWithWebIdentity', assume(tokenB))).toMatchObject({
      code: 'AccessDenied',
      message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
    });
  });

  it('expired, wrong-audience, tampered tokens and a missing provider', async () => {
    const world = githubWorld();
    const sub = 'repo:octo-org/app-a:ref:refs/heads/main';
    const token = await world.issueWebIdentityToken({ sub, expiresInSeconds: 300 });
    world.clock.advance(600_000);
    const now = Math.floor(world.clock.epochMs() / 1000);
    expect(await world.callAsync(nobody, 'sts', 'AssumeRoleWithWebIdentity', assume(token))).toMatchObject({
      code: 'ExpiredTokenException',
      message: `Token expired: current date/time ${now} must be before the expiration date/time ${now - 300}`,
    });
    const wrongAud = await world.issueWebIdentityToken({ sub, aud: 'sigstore' });
    expect(await world.callAsync(nobody, 'sts', 'AssumeRoleWithWebIdentity', assume(wrongAud))).toMatchObject(
      {
        code: 'InvalidIdentityToken',
        message: 'Incorrect token audience',
      },
    );
    const [h, payload, sig] = (await world.issueWebIdentityToken({ sub: 'repo:octo-org/app-b:x' })).split(
      '.',
    );
    const [, goodPayload] = (await world.issueWebIdentityToken({ sub })).split('.');
    expect(
      await world.callAsync(nobody, 'sts', 'AssumeRoleWithWebIdentity', assume(`${h}.${goodPayload}.${sig}`)),
    ).toMatchObject({ code: 'InvalidIdentityToken' });
    expect(payload).not.toBe(goodPayload);
    const gitlab = await world.issueWebIdentityToken({ issuer: 'https://gitlab.com', sub });
    expect(await world.callAsync(nobody, 'sts', 'AssumeRoleWithWebIdentity', assume(gitlab))).toMatchObject({
      code: 'InvalidIdentityToken',
      message: 'No OpenIDConnect provider found in your account for https://gitlab.com',
    });
    expect(
      await world.callAsync(nobody, 'sts', 'AssumeRoleWithWebIdentity', assume('not-a-jwt')),
    ).toMatchObject({
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

describe('AssumeRoleWithWebIdentity: tokens are RS256 JWTs checked against the IdP keys', () => {
  it('a token signed with a key that is not in the issuer JWKS fails its signature check', async () => {
    const world = githubWorld();
    const { privateKey } = await generateKeyPair('RS256');
    const githubKid = publicJwks(GITHUB_ISSUER).keys[0]?.kid as string;
    const now = Math.floor(world.clock.epochMs() / 1000);
    const forged = await new SignJWT({
      sub: 'repo:octo-org/app-a:ref:refs/heads/main',
      aud: 'sts.amazonaws.com',
    })
      .setProtectedHeader({ alg: 'RS256', kid: githubKid })
      .setIssuer(GITHUB_ISSUER)
      .setIssuedAt(now)
      .setExpirationTime(now + 300)
      .sign(privateKey);
    expect(await world.callAsync(nobody, 'sts', 'AssumeRoleWithWebIdentity', assume(forged))).toMatchObject({
      code: 'InvalidIdentityToken',
      message: 'The signature of the web identity token could not be verified.',
    });
    // The same claims signed by the simulated GitHub IdP pass.
    const genuine = await world.issueWebIdentityToken({ sub: 'repo:octo-org/app-a:ref:refs/heads/main' });
    const verified = await jwtVerify(genuine, createLocalJWKSet(publicJwks(GITHUB_ISSUER)), {
      currentDate: world.clock.now(),
    });
    expect(verified.protectedHeader).toMatchObject({ alg: 'RS256', kid: githubKid });
    expect(await world.callAsync(nobody, 'sts', 'AssumeRoleWithWebIdentity', assume(genuine))).toHaveProperty(
      'Credentials',
    );
  });

  it('a token naming a key the issuer does not publish: STS cannot retrieve a verification key', async () => {
    const world = githubWorld();
    const { privateKey } = await generateKeyPair('RS256');
    const now = Math.floor(world.clock.epochMs() / 1000);
    const token = await new SignJWT({
      sub: 'repo:octo-org/app-a:ref:refs/heads/main',
      aud: 'sts.amazonaws.com',
    })
      .setProtectedHeader({ alg: 'RS256', kid: 'not-a-github-key' })
      .setIssuer(GITHUB_ISSUER)
      .setIssuedAt(now)
      .setExpirationTime(now + 300)
      .sign(privateKey);
    expect(await world.callAsync(nobody, 'sts', 'AssumeRoleWithWebIdentity', assume(token))).toMatchObject({
      code: 'InvalidIdentityToken',
      message:
        "Couldn't retrieve verification key from your identity provider, please reference AssumeRoleWithWebIdentity documentation for requirements",
    });
  });

  it('the synchronous call refuses a token nobody checked (callAsync or prepare first)', async () => {
    const world = githubWorld();
    const token = await world.issueWebIdentityToken({ sub: 'repo:octo-org/app-a:ref:refs/heads/main' });
    expect(() => world.call(nobody, 'sts', 'AssumeRoleWithWebIdentity', assume(token))).toThrow(/callAsync/);
    await world.prepare('sts', 'AssumeRoleWithWebIdentity', { WebIdentityToken: token });
    expect(world.call(nobody, 'sts', 'AssumeRoleWithWebIdentity', assume(token))).toHaveProperty(
      'Credentials',
    );
  });

  it('an EKS cluster issuer (IAM roles for service accounts) with its own provider and keys', async () => {
    const { world } = sandbox();
    const host = EKS_ISSUER.slice('https://'.length);
    world.call(root, 'iam', 'CreateOpenIDConnectProvider', {
      Url: EKS_ISSUER,
      ClientIDList: ['sts.amazonaws.com'],
    });
    world.call(root, 'iam', 'CreateRole', {
      RoleName: 'PodRole',
      AssumeRolePolicyDocument: federatedTrust(
        `arn:aws:iam::${DEV}:oidc-provider/${host}`,
        'sts:AssumeRoleWithWebIdentity',
        {
          StringEquals: {
            [`${host}:sub`]: 'system:serviceaccount:shop:cart',
            [`${host}:aud`]: 'sts.amazonaws.com',
          },
        },
      ),
    });
    const request = async (sub: string) =>
      world.callAsync(nobody, 'sts', 'AssumeRoleWithWebIdentity', {
        RoleArn: `arn:aws:iam::${DEV}:role/PodRole`,
        RoleSessionName: 'pod',
        WebIdentityToken: await world.issueWebIdentityToken({ issuer: EKS_ISSUER, sub }),
      });
    expect(await request('system:serviceaccount:shop:cart')).toMatchObject({
      Provider: EKS_ISSUER,
      SubjectFromWebIdentityToken: 'system:serviceaccount:shop:cart',
      AssumedRoleUser: { Arn: `arn:aws:sts::${DEV}:assumed-role/PodRole/pod` },
    });
    expect(await request('system:serviceaccount:shop:other')).toMatchObject({ code: 'AccessDenied' });
  });

  it('Google needs no IAM OIDC provider: accounts.google.com:aud is azp when present, oaud is aud', async () => {
    const { world } = sandbox();
    world.call(root, 'iam', 'CreateRole', {
      RoleName: 'GoogleWorkload',
      AssumeRolePolicyDocument: federatedTrust('accounts.google.com', 'sts:AssumeRoleWithWebIdentity', {
        StringEquals: {
          'accounts.google.com:aud': '1009876',
          'accounts.google.com:oaud': 'https://app.example',
          'accounts.google.com:sub': '1009876',
        },
      }),
    });
    const request = async (claims: Record<string, string>) =>
      world.callAsync(nobody, 'sts', 'AssumeRoleWithWebIdentity', {
        RoleArn: `arn:aws:iam::${DEV}:role/GoogleWorkload`,
        RoleSessionName: 'gcp',
        WebIdentityToken: await world.issueWebIdentityToken({
          issuer: GOOGLE_ISSUER,
          sub: '1009876',
          aud: 'https://app.example',
          claims,
        }),
      });
    expect(await request({ azp: '1009876' })).toMatchObject({
      Provider: GOOGLE_ISSUER,
      Audience: 'https://app.example',
    });
    expect(await request({ azp: '555' })).toMatchObject({ code: 'AccessDenied' });
    expect(await request({})).toMatchObject({ code: 'AccessDenied' });
  });
});
