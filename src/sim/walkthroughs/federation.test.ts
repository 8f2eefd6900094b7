import { describe, expect, it } from 'vitest';
import { sampleMetadata } from '../iam/saml-providers.ts';
import { allow, sandbox } from '../scenarios/fixtures.ts';
import { DEV, devRoot, nobody, sessionOf } from './helpers.ts';

const OIDC = `arn:aws:iam::${DEV}:oidc-provider/token.actions.githubusercontent.com`;
const SAML = `arn:aws:iam::${DEV}:saml-provider/Okta`;

/** A trust policy for a federated principal. */
const federatedTrust = (provider: string, action: string, condition: Record<string, unknown>) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal: { Federated: provider }, Action: action, Condition: condition },
    ],
  });

describe('walkthrough: GitHub Actions OIDC restricted to one repository and branch', () => {
  it('org/app on main deploys; another repository or branch is refused', async () => {
    const { world, student } = sandbox();
    expect(
      world.call(devRoot, 'iam', 'CreateOpenIDConnectProvider', {
        Url: 'https://token.actions.githubusercontent.com',
        ClientIDList: ['sts.amazonaws.com'],
      }),
    ).toMatchObject({ OpenIDConnectProviderArn: OIDC });
    world.call(student, 'iam', 'CreateRole', {
      RoleName: 'GitHubDeploy',
      AssumeRolePolicyDocument: federatedTrust(OIDC, 'sts:AssumeRoleWithWebIdentity', {
        StringEquals: {
          'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
          'token.actions.githubusercontent.com:sub': 'repo:org/app:ref:refs/heads/main',
        },
      }),
    });
    world.call(student, 'iam', 'PutRolePolicy', {
      RoleName: 'GitHubDeploy',
      PolicyName: 'WhoAmI',
      PolicyDocument: allow('sts:GetCallerIdentity'),
    });
    const fromWorkflow = async (sub: string) =>
      world.callAsync(nobody, 'sts', 'AssumeRoleWithWebIdentity', {
        RoleArn: `arn:aws:iam::${DEV}:role/GitHubDeploy`,
        RoleSessionName: 'GitHubActions',
        WebIdentityToken: await world.issueWebIdentityToken({ sub }),
      });
    const deployed = await fromWorkflow('repo:org/app:ref:refs/heads/main');
    expect(deployed).toMatchObject({ SubjectFromWebIdentityToken: 'repo:org/app:ref:refs/heads/main' });
    expect(world.call(sessionOf(deployed), 'sts', 'GetCallerIdentity')).toMatchObject({
      Arn: `arn:aws:sts::${DEV}:assumed-role/GitHubDeploy/GitHubActions`,
    });
    const refused = {
      code: 'AccessDenied',
      message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
    };
    expect(await fromWorkflow('repo:org/other:ref:refs/heads/main')).toMatchObject(refused);
    expect(await fromWorkflow('repo:org/app:ref:refs/heads/feature')).toMatchObject(refused);
    expect(await fromWorkflow('repo:org/app:pull_request')).toMatchObject(refused);
  });
});

describe('walkthrough: SAML single sign-on maps an IdP group to a role', () => {
  it('an engineering user signs in to the Engineers role; a sales user is refused', () => {
    const { world, student } = sandbox();
    world.call(devRoot, 'iam', 'CreateSAMLProvider', {
      Name: 'Okta',
      SAMLMetadataDocument: sampleMetadata('http://www.okta.com/exk1'),
    });
    const roleArn = `arn:aws:iam::${DEV}:role/Engineers`;
    world.call(student, 'iam', 'CreateRole', {
      RoleName: 'Engineers',
      AssumeRolePolicyDocument: federatedTrust(SAML, 'sts:AssumeRoleWithSAML', {
        StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' },
        'ForAnyValue:StringEquals': { 'SAML:edupersonaffiliation': 'engineering' },
      }),
    });
    expect(
      world.call(student, 'iam', 'AttachRolePolicy', {
        RoleName: 'Engineers',
        PolicyArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess',
      }),
    ).toEqual({});
    const signIn = (subject: string, groups: string[]) =>
      world.call(nobody, 'sts', 'AssumeRoleWithSAML', {
        RoleArn: roleArn,
        PrincipalArn: SAML,
        SAMLAssertion: world.issueSamlAssertion({ provider: SAML, roleArn, subject, groups }),
      });
    const alice = signIn('alice@example.com', ['staff', 'engineering']);
    expect(alice).toMatchObject({
      AssumedRoleUser: { Arn: `arn:aws:sts::${DEV}:assumed-role/Engineers/alice@example.com` },
      Issuer: 'http://www.okta.com/exk1',
      // The Recipient the IdP addressed the response to: what SAML:aud compares.
      Audience: 'https://signin.aws.amazon.com/saml',
    });
    expect(world.call(sessionOf(alice), 'iam', 'GetRole', { RoleName: 'Engineers' })).toHaveProperty('Role');
    expect(world.call(sessionOf(alice), 'iam', 'DeleteRole', { RoleName: 'Engineers' })).toMatchObject({
      code: 'AccessDenied',
    });
    expect(signIn('bob@example.com', ['sales'])).toMatchObject({
      code: 'AccessDenied',
      message: 'Not authorized to perform sts:AssumeRoleWithSAML',
    });
    // A response is good for five minutes: one kept for later is refused.
    const kept = world.issueSamlAssertion({ provider: SAML, roleArn, subject: 'alice@example.com' });
    world.clock.advance(10 * 60_000);
    expect(
      world.call(nobody, 'sts', 'AssumeRoleWithSAML', {
        RoleArn: roleArn,
        PrincipalArn: SAML,
        SAMLAssertion: kept,
      }),
    ).toMatchObject({
      code: 'ExpiredTokenException',
      message: 'Token must be redeemed within 5 minutes of issuance',
    });
  });
});
