import { describe, expect, it } from 'vitest';
import { defaultSandbox } from '../../sim/scenarios/index.ts';
import { decodeWebIdentityToken } from '../../sim/sts/web-identity-token.ts';
import { createLabSession } from '../session.ts';

/** The default sandbox plus GitHub's OIDC issuer and a SAML IdP named Okta in dev. */
const federated = {
  ...defaultSandbox,
  oidcProviders: [{ account: '111111111111', url: 'https://token.actions.githubusercontent.com' }],
  samlProviders: [{ account: '111111111111', name: 'Okta', entityId: 'http://www.okta.com/exk1' }],
};

async function run(script: string) {
  return createLabSession({ scenario: federated }).shell.run(script);
}

const claims = (stdout: string) => {
  const decoded = decodeWebIdentityToken(stdout.trim());
  if (!decoded.ok) throw new Error(`not a token: ${stdout}`);
  expect(decoded.signatureValid).toBe(true);
  return decoded.payload;
};

describe('gh-oidc-token (stands in for the GitHub Actions runtime)', () => {
  it('mints a signed token whose sub names the repository and ref, environment or pull request', async () => {
    expect(claims((await run('gh-oidc-token --repo org/app --ref refs/heads/main')).stdout)).toMatchObject({
      iss: 'https://token.actions.githubusercontent.com',
      aud: 'sts.amazonaws.com',
      sub: 'repo:org/app:ref:refs/heads/main',
      repository: 'org/app',
      repository_owner: 'org',
      ref_type: 'branch',
      iat: Date.parse('2025-01-15T09:00:00Z') / 1000,
      exp: Date.parse('2025-01-15T09:05:00Z') / 1000,
    });
    expect(claims((await run('gh-oidc-token --repo org/app --environment prod')).stdout).sub).toBe(
      'repo:org/app:environment:prod',
    );
    expect(
      claims((await run('gh-oidc-token --repo org/app --pull-request --audience x')).stdout),
    ).toMatchObject({ sub: 'repo:org/app:pull_request', aud: 'x', event_name: 'pull_request' });
  });

  it('says how to call it', async () => {
    expect(await run('gh-oidc-token --ref main')).toMatchObject({
      stdout: '',
      stderr: expect.stringMatching(/^gh-oidc-token: --repo OWNER\/REPO is required\nusage: gh-oidc-token /),
      exitCode: 2,
    });
    expect((await run('gh-oidc-token --repo org/app --expires-in soon')).stderr).toMatch(
      /^gh-oidc-token: --expires-in takes whole seconds\n/,
    );
  });
});

describe('saml-assertion (stands in for signing in at the IdP)', () => {
  it('mints an assertion STS accepts for the role and provider', async () => {
    const result = await run(`ROLE=arn:aws:iam::111111111111:role/Sso
aws iam create-role --role-name Sso --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"arn:aws:iam::111111111111:saml-provider/Okta"},"Action":"sts:AssumeRoleWithSAML","Condition":{"StringEquals":{"SAML:aud":"https://signin.aws.amazon.com/saml"}}}]}' > /dev/null
A=$(saml-assertion --provider Okta --role $ROLE --user alice@example.com --group eng)
aws sts assume-role-with-saml --role-arn $ROLE --principal-arn arn:aws:iam::111111111111:saml-provider/Okta --saml-assertion "$A" --query '[AssumedRoleUser.Arn, Issuer]' --output text`);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      'arn:aws:sts::111111111111:assumed-role/Sso/alice@example.com\thttp://www.okta.com/exk1\n',
    );
  });

  it('says what is missing or unknown', async () => {
    expect((await run('saml-assertion --provider Okta')).stderr).toMatch(
      /^saml-assertion: --provider and --role are required\nusage: saml-assertion /,
    );
    expect(await run('saml-assertion --provider Nope --role arn:aws:iam::111111111111:role/R')).toMatchObject(
      {
        stderr: 'saml-assertion: no SAML provider Nope\n',
        exitCode: 1,
      },
    );
    expect((await run('saml-assertion stray')).stderr).toMatch(
      /^saml-assertion: unexpected argument stray\n/,
    );
  });
});
