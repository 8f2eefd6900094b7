import { describe, expect, it } from 'vitest';
import { sampleMetadata } from '../iam/saml-providers.ts';
import { sandbox } from '../scenarios/fixtures.ts';
import type { SamlAssertionRequest } from './saml-assertion.ts';

const DEV = '111111111111';
const root = { principal: `arn:aws:iam::${DEV}:root` };
const nobody = { anonymous: true } as const;
const SAML = `arn:aws:iam::${DEV}:saml-provider/Okta`;
const roleArn = `arn:aws:iam::${DEV}:role/Engineers`;
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}';

/** Okta registered in dev, and a role for its engineering group addressed to AWS's global sign-in endpoint. */
function oktaWorld() {
  const { world } = sandbox();
  world.call(root, 'iam', 'CreateSAMLProvider', {
    Name: 'Okta',
    SAMLMetadataDocument: sampleMetadata('http://www.okta.com/exk1'),
  });
  world.call(root, 'iam', 'CreateRole', {
    RoleName: 'Engineers',
    AssumeRolePolicyDocument: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: SAML },
          Action: 'sts:AssumeRoleWithSAML',
          Condition: {
            StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' },
            'ForAnyValue:StringEquals': { 'SAML:edupersonaffiliation': 'engineering' },
          },
        },
      ],
    }),
  });
  /** Alice of engineering signs in; `changes` shape the response. */
  const issue = (changes: Partial<SamlAssertionRequest> = {}) =>
    world.issueSamlAssertion({
      provider: SAML,
      roleArn,
      subject: 'alice',
      groups: ['engineering'],
      ...changes,
    });
  const assume = (assertion: string, params: Record<string, unknown> = {}) =>
    world.call(nobody, 'sts', 'AssumeRoleWithSAML', {
      RoleArn: roleArn,
      PrincipalArn: SAML,
      SAMLAssertion: assertion,
      ...params,
    });
  return { world, issue, assume };
}

const refused = (code: string, message: string) => ({ kind: 'AwsError', code, message, status: 400 });

describe('AssumeRoleWithSAML', () => {
  it('the right group gets in; another group and a tampered assertion do not', () => {
    const { world, issue, assume } = oktaWorld();
    expect(assume(issue())).toMatchObject({
      AssumedRoleUser: { Arn: `arn:aws:sts::${DEV}:assumed-role/Engineers/alice` },
      Subject: 'alice',
      SubjectType: 'persistent',
      Issuer: 'http://www.okta.com/exk1',
      Audience: 'https://signin.aws.amazon.com/saml',
    });
    const sales = world.issueSamlAssertion({ provider: SAML, roleArn, subject: 'bob', groups: ['sales'] });
    expect(assume(sales)).toEqual({
      kind: 'AwsError',
      code: 'AccessDenied',
      message: 'Not authorized to perform sts:AssumeRoleWithSAML',
      status: 403,
    });
    const xml = Buffer.from(sales, 'base64').toString('utf8').replace('>sales<', '>engineering<');
    expect(assume(Buffer.from(xml).toString('base64'))).toEqual(
      refused('InvalidIdentityToken', 'Response signature invalid'),
    );
  });

  it('Audience and SAML:aud are the Recipient of SubjectConfirmationData, not the <Audience>', () => {
    const { issue, assume } = oktaWorld();
    const urn = issue({ audiences: ['urn:amazon:webservices'] });
    expect(assume(urn)).toMatchObject({ Audience: 'https://signin.aws.amazon.com/saml' });
    // Addressed to a regional endpoint: STS takes it, and the role's SAML:aud condition (global endpoint) refuses.
    const regional = 'https://us-east-2.signin.aws.amazon.com/saml';
    expect(assume(issue({ recipient: regional, audiences: [regional] }))).toMatchObject({
      code: 'AccessDenied',
      message: 'Not authorized to perform sts:AssumeRoleWithSAML',
    });
  });

  it('a response that is not base64 SAML, and a provider the account does not have', () => {
    /** The same three calls in a fresh world. */
    const calls = () => {
      const { world, issue, assume } = oktaWorld();
      return [
        assume(Buffer.from('<html>sign in</html>').toString('base64')),
        assume('%%% not base64 %%%'),
        world.call(nobody, 'sts', 'AssumeRoleWithSAML', {
          RoleArn: roleArn,
          PrincipalArn: `arn:aws:iam::${DEV}:saml-provider/Nope`,
          SAMLAssertion: issue(),
        }),
      ];
    };
    const [notSaml, garbage, missing] = calls();
    const invalid = {
      code: 'InvalidIdentityToken',
      message: expect.stringMatching(
        new RegExp(
          `^Invalid base64 SAMLResponse \\(Service: AWSOpenIdDiscoveryService; Status Code: 400; Error Code: AuthSamlInvalidSamlResponseException; Request ID: ${UUID}; Proxy: null\\)$`,
        ),
      ),
    };
    expect(notSaml).toMatchObject(invalid);
    expect(garbage).toMatchObject(invalid);
    expect(missing).toMatchObject({
      code: 'InvalidIdentityToken',
      message: expect.stringMatching(
        new RegExp(
          `^Specified provider doesn't exist \\(Service: AWSOpenIdDiscoveryService; Status Code: 400; Error Code: AuthSamlManifestNotFoundException; Request ID: ${UUID}; Proxy: null\\)$`,
        ),
      ),
    });
    // Each error has its own request id, from the world's seeded ids: the same calls give the same ids.
    expect(new Set([notSaml, garbage, missing].map((e) => (e as { message: string }).message)).size).toBe(3);
    expect(calls()).toEqual([notSaml, garbage, missing]);
  });

  it('checks the issuer against the provider metadata, then the signature', () => {
    const { issue, assume } = oktaWorld();
    expect(assume(issue({ issuer: 'http://www.okta.com/other' }))).toMatchObject({
      code: 'InvalidIdentityToken',
      message: expect.stringMatching(
        new RegExp(
          `^Issuer not present in specified provider \\(Service: AWSOpenIdDiscoveryService; Status Code: 400; Error Code: AuthSamlInvalidSamlResponseException; Request ID: ${UUID}; Proxy: null\\)$`,
        ),
      ),
    });
    const xml = Buffer.from(issue(), 'base64').toString('utf8').replace('>alice<', '>mallory<');
    expect(assume(Buffer.from(xml).toString('base64'))).toEqual(
      refused('InvalidIdentityToken', 'Response signature invalid'),
    );
  });

  it('needs a Recipient and NotOnOrAfter on SubjectConfirmationData, and AWS among the audiences', () => {
    const { issue, assume } = oktaWorld();
    expect(assume(issue({ recipient: null }))).toEqual(
      refused(
        'InvalidIdentityToken',
        'Responses must contain SubjectConfirmatonData with a Recipient and NotOnOrAfter',
      ),
    );
    const audience = refused('InvalidIdentityToken', 'Response does not contain the required audience.');
    expect(assume(issue({ audiences: ['https://sso.partner.example/acs'] }))).toEqual(audience);
    expect(assume(issue({ audiences: [] }))).toEqual(audience);
    expect(assume(issue({ audiences: ['https://app.example', 'urn:amazon:webservices'] }))).toHaveProperty(
      'Credentials',
    );
  });

  it('expired responses: NotOnOrAfter passed, or issued more than five minutes ago', () => {
    const { world, issue, assume } = oktaWorld();
    const expired = refused('ExpiredTokenException', 'Response has expired');
    expect(assume(issue({ expiresInSeconds: -1 }))).toEqual(expired);
    const fiveMinutes = issue();
    const hour = issue({ expiresInSeconds: 3600 });
    world.clock.advance(300_000);
    expect(assume(fiveMinutes)).toEqual(expired);
    expect(assume(hour)).toHaveProperty('Credentials');
    world.clock.advance(1000);
    expect(assume(hour)).toEqual(
      refused('ExpiredTokenException', 'Token must be redeemed within 5 minutes of issuance'),
    );
  });

  it('the role/provider pair must be in the Role attribute', () => {
    const { issue, assume } = oktaWorld();
    const notListed = refused(
      'InvalidIdentityToken',
      "SAML Assertion doesn't contain the requested Role and Metadata in the attributes",
    );
    expect(assume(issue({ roleArn: `arn:aws:iam::${DEV}:role/Other` }))).toEqual(notListed);
    expect(assume(issue(), { RoleArn: `arn:aws:iam::${DEV}:role/Nope` })).toEqual(notListed);
    // Two roles offered: either may be asked for.
    expect(assume(issue({ roleArn: [`arn:aws:iam::${DEV}:role/Other`, roleArn] }))).toHaveProperty(
      'Credentials',
    );
  });

  it('the RoleSessionName attribute is required and must match AWS rule', () => {
    const { issue, assume } = oktaWorld();
    expect(assume(issue({ sessionName: null }))).toEqual(
      refused('InvalidIdentityToken', 'RoleSessionName is required in AuthnResponse'),
    );
    const invalid = refused(
      'InvalidIdentityToken',
      'RoleSessionName in AuthnResponse must match [a-zA-Z_0-9+=,.@-]{2,64}',
    );
    expect(assume(issue({ sessionName: 'Alice Smith' }))).toEqual(invalid);
    expect(assume(issue({ sessionName: 'a' }))).toEqual(invalid);
    expect(assume(issue({ sessionName: 'alice.smith@example.com' }))).toMatchObject({
      AssumedRoleUser: { Arn: `arn:aws:sts::${DEV}:assumed-role/Engineers/alice.smith@example.com` },
    });
  });

  it('a missing NameID or role, like the trust policy, is AccessDenied', () => {
    const { issue, assume } = oktaWorld();
    const denied = { code: 'AccessDenied', message: 'Not authorized to perform sts:AssumeRoleWithSAML' };
    expect(assume(issue({ subject: '', sessionName: 'alice' }))).toMatchObject(denied);
    const ghost = `arn:aws:iam::${DEV}:role/Ghost`;
    expect(assume(issue({ roleArn: ghost }), { RoleArn: ghost })).toMatchObject(denied);
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
