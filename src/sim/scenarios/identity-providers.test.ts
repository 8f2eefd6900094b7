import { describe, expect, it } from 'vitest';
import { defaultSandbox } from './default-sandbox.ts';
import { loadScenario } from './load.ts';

const GITHUB = { account: '111111111111', url: 'https://token.actions.githubusercontent.com' };
const OKTA = { account: '111111111111', name: 'Okta', entityId: 'http://www.okta.com/exk1' };
const root = { principal: 'arn:aws:iam::111111111111:root' };

describe('scenario identity providers', () => {
  it('creates OIDC and SAML providers as IAM returns them', () => {
    const world = loadScenario({ ...defaultSandbox, oidcProviders: [GITHUB], samlProviders: [OKTA] });
    // Loading writes state directly: the event history starts empty.
    expect(world.call(root, 'cloudtrail', 'LookupEvents', {})).toMatchObject({ Events: [] });
    expect(
      world.call(root, 'iam', 'GetOpenIDConnectProvider', {
        OpenIDConnectProviderArn:
          'arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com',
      }),
    ).toMatchObject({ Url: 'token.actions.githubusercontent.com', ClientIDList: ['sts.amazonaws.com'] });
    expect(world.call(root, 'iam', 'ListSAMLProviders', {})).toMatchObject({
      SAMLProviderList: [
        { Arn: 'arn:aws:iam::111111111111:saml-provider/Okta', ValidUntil: '2125-01-15T09:00:00Z' },
      ],
    });
    // The simulated IdP signs for the entityID the provider's metadata names.
    expect(
      world.issueSamlAssertion({
        provider: 'arn:aws:iam::111111111111:saml-provider/Okta',
        roleArn: 'arn:aws:iam::111111111111:role/R',
        subject: 'alice',
      }),
    ).toMatch(/^[A-Za-z0-9+/=]+$/);
  });

  it('author mistakes name the field', () => {
    expect(() =>
      loadScenario({ ...defaultSandbox, oidcProviders: [GITHUB, { ...GITHUB, url: `${GITHUB.url}/` }] }),
    ).toThrow(
      'scenario default-sandbox: oidcProviders[1].url: https://token.actions.githubusercontent.com/ is listed twice',
    );
    expect(() =>
      loadScenario({ ...defaultSandbox, samlProviders: [{ ...OKTA, account: '333333333333' }] }),
    ).toThrow(
      'scenario default-sandbox: samlProviders[0].account: account 333333333333 is not listed under accounts',
    );
    expect(() =>
      loadScenario({ ...defaultSandbox, oidcProviders: [{ ...GITHUB, url: 'token.actions' }] }),
    ).toThrow('scenario scenario: oidcProviders.0.url: an OIDC issuer URL starts with https://');
  });
});
