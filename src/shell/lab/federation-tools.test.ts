import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { defaultSandbox } from '../../sim/scenarios/index.ts';
import { EKS_ISSUER, publicJwks } from '../../sim/sts/oidc-idps.ts';
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

/** Verifies a printed token with jose against its issuer's published keys (at the token's own iat) and reads it. */
async function verified(stdout: string, issuer = 'https://token.actions.githubusercontent.com') {
  const token = stdout.trim();
  expect(decodeProtectedHeader(token)).toMatchObject({ alg: 'RS256', typ: 'JWT' });
  const { payload } = await jwtVerify(token, createLocalJWKSet(publicJwks(issuer)), {
    issuer,
    currentDate: new Date(Date.parse('2025-01-15T09:00:00Z')),
  });
  return payload;
}
const claims = verified;

describe('gh-oidc-token (stands in for the GitHub Actions runtime)', () => {
  it('mints a signed token whose sub names the repository and ref, environment or pull request', async () => {
    expect(
      await claims((await run('gh-oidc-token --repo org/app --ref refs/heads/main')).stdout),
    ).toMatchObject({
      iss: 'https://token.actions.githubusercontent.com',
      aud: 'sts.amazonaws.com',
      sub: 'repo:org/app:ref:refs/heads/main',
      repository: 'org/app',
      repository_owner: 'org',
      ref_type: 'branch',
      iat: Date.parse('2025-01-15T09:00:00Z') / 1000,
      exp: Date.parse('2025-01-15T09:05:00Z') / 1000,
    });
    expect((await claims((await run('gh-oidc-token --repo org/app --environment prod')).stdout)).sub).toBe(
      'repo:org/app:environment:prod',
    );
    expect(
      await claims((await run('gh-oidc-token --repo org/app --pull-request --audience x')).stdout),
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

describe('oidc-token (any simulated OIDC IdP)', () => {
  it('signs for Google, the EKS cluster and other issuers with their own keys', async () => {
    const google = await run('oidc-token --issuer google --sub 1234567890 --aud app.example --azp 42');
    expect(await verified(google.stdout, 'https://accounts.google.com')).toMatchObject({
      sub: '1234567890',
      aud: 'app.example',
      azp: '42',
      exp: Date.parse('2025-01-15T10:00:00Z') / 1000,
    });
    const eks = await run('oidc-token --issuer eks --sub system:serviceaccount:default:app');
    expect(await verified(eks.stdout, EKS_ISSUER)).toMatchObject({
      iss: EKS_ISSUER,
      sub: 'system:serviceaccount:default:app',
      aud: 'sts.amazonaws.com',
      exp: Date.parse('2025-01-16T09:00:00Z') / 1000,
    });
    // Each IdP has its own key: Google's JWKS does not verify the EKS token.
    await expect(
      jwtVerify(eks.stdout.trim(), createLocalJWKSet(publicJwks('https://accounts.google.com'))),
    ).rejects.toThrow();
    const other = await run('oidc-token --issuer https://idp.example.com --sub u1 --claim team=blue');
    expect(await verified(other.stdout, 'https://idp.example.com')).toMatchObject({ team: 'blue' });
  });

  it('says how to call it', async () => {
    expect(await run('oidc-token --issuer nowhere --sub x')).toMatchObject({
      stderr: expect.stringMatching(/^oidc-token: --issuer takes github, google, eks or an https:\/\/ URL\n/),
      exitCode: 2,
    });
    expect((await run('oidc-token --issuer eks')).stderr).toMatch(/^oidc-token: --sub SUBJECT is required\n/);
    expect((await run('oidc-token --issuer eks --sub a --claim nope')).stderr).toMatch(
      /^oidc-token: --claim takes NAME=VALUE, not nope\n/,
    );
  });
});

describe('the CLI credential chain with a web identity token file (EKS IAM roles for service accounts)', () => {
  const HOST = EKS_ISSUER.slice('https://'.length);
  const trust = JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: `arn:aws:iam::111111111111:oidc-provider/${HOST}` },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: {
            [`${HOST}:sub`]: 'system:serviceaccount:default:app',
            [`${HOST}:aud`]: 'sts.amazonaws.com',
          },
        },
      },
    ],
  });
  const IRSA = `aws iam create-open-id-connect-provider --url ${EKS_ISSUER} --client-id-list sts.amazonaws.com > /dev/null
aws iam create-role --role-name app-irsa --assume-role-policy-document '${trust}' > /dev/null
`;

  it('AWS_ROLE_ARN + AWS_WEB_IDENTITY_TOKEN_FILE assume the role, and the CLI caches the answer', async () => {
    const result = await run(`${IRSA}
oidc-token --issuer eks --sub system:serviceaccount:default:app > /tmp/token
export AWS_ROLE_ARN=arn:aws:iam::111111111111:role/app-irsa AWS_WEB_IDENTITY_TOKEN_FILE=/tmp/token AWS_ROLE_SESSION_NAME=pod-1
aws sts get-caller-identity --query Arn --output text
aws configure list | grep access_key | awk '{print $3}'
ls ~/.aws/cli/cache | wc -l`);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      'arn:aws:sts::111111111111:assumed-role/app-irsa/pod-1\nassume-role-with-web-identity\n1\n',
    );
  });

  it('a token for another service account is refused; a forged signature is caught; no role ARN is an error', async () => {
    const result = await run(`${IRSA}
oidc-token --issuer eks --sub system:serviceaccount:default:other > /tmp/token
AWS_ROLE_ARN=arn:aws:iam::111111111111:role/app-irsa AWS_WEB_IDENTITY_TOKEN_FILE=/tmp/token aws sts get-caller-identity
T=$(oidc-token --issuer eks --sub system:serviceaccount:default:app)
FORGED=$(oidc-token --issuer https://attacker.example --sub system:serviceaccount:default:app)
aws sts assume-role-with-web-identity --role-arn arn:aws:iam::111111111111:role/app-irsa --role-session-name ab --web-identity-token "\${T%.*}.\${FORGED##*.}"
AWS_WEB_IDENTITY_TOKEN_FILE=/tmp/token aws sts get-caller-identity`);
    expect(result.stderr).toBe(
      '\nAn error occurred (AccessDenied) when calling the AssumeRoleWithWebIdentity operation: Not authorized to perform sts:AssumeRoleWithWebIdentity\n' +
        '\nAn error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: The signature of the web identity token could not be verified.\n' +
        '\nThe provided profile or the current environment is configured to assume role with web identity but has no role ARN configured. Ensure that the profile has the role_arnconfiguration set or the AWS_ROLE_ARN env var is set.\n',
    );
  });
});

describe('curl reaches the simulated IdPs public endpoints', () => {
  it('serves the discovery document and the JWKS that verifies the tokens', async () => {
    const result =
      await run(`curl -s https://token.actions.githubusercontent.com/.well-known/openid-configuration | jq -r .jwks_uri
curl -s https://token.actions.githubusercontent.com/.well-known/jwks > jwks.json
gh-oidc-token --repo org/app > token
curl -sf https://accounts.google.com/nope; echo "exit $?"
curl -s https://oidc.eks.us-east-1.amazonaws.com/id/5C6B1E2A9F3D4E7A8B0C1D2E3F4A5B6C/keys | jq '.keys | length'
cat jwks.json token`);
    expect(result.stderr).toBe('');
    const [uri, exit, eksKeys, ...rest] = result.stdout.split('\n');
    expect([uri, exit, eksKeys]).toEqual([
      'https://token.actions.githubusercontent.com/.well-known/jwks',
      'exit 22',
      '1',
    ]);
    const text = rest.join('\n').trim();
    const jwks = JSON.parse(text.slice(0, text.lastIndexOf('}') + 1));
    const token = text.slice(text.lastIndexOf('}') + 1).trim();
    expect(jwks.keys[0]).not.toHaveProperty('d');
    const { payload } = await jwtVerify(token, createLocalJWKSet(jwks), {
      currentDate: new Date(Date.parse('2025-01-15T09:00:00Z')),
    });
    expect(payload.sub).toBe('repo:org/app:ref:refs/heads/main');
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

  it('shapes responses STS refuses, with the errors AWS gives', async () => {
    const ROLE = 'arn:aws:iam::111111111111:role/Sso';
    const OKTA = 'arn:aws:iam::111111111111:saml-provider/Okta';
    const assume = (assertion: string, provider = OKTA) =>
      `aws sts assume-role-with-saml --role-arn ${ROLE} --principal-arn ${provider} --saml-assertion "${assertion}" --query Audience --output text`;
    const sso = (options: string) =>
      `$(saml-assertion --provider Okta --role ${ROLE} --user alice ${options})`;
    const result = await run(
      [
        `aws iam create-role --role-name Sso --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"${OKTA}"},"Action":"sts:AssumeRoleWithSAML","Condition":{"StringEquals":{"SAML:aud":"https://signin.aws.amazon.com/saml"}}}]}' > /dev/null`,
        assume(sso('--audience urn:amazon:webservices')),
        assume(sso("--recipient ''")),
        assume(sso('--audience https://app.example')),
        assume(sso("--audience ''")),
        assume(sso('--expires-in -1')),
        assume(sso("--session-name 'Alice Smith'")),
        assume(sso("--session-name ''")),
        assume('$(saml-assertion --provider Okta --role arn:aws:iam::111111111111:role/Other --user alice)'),
        `A=${sso('--expires-in 3600')}`,
        'sleep 301',
        assume('$A'),
        assume(sso('--issuer http://www.okta.com/other')),
        assume(sso(''), 'arn:aws:iam::111111111111:saml-provider/Nope'),
        assume("$(echo '<html/>' | base64)"),
      ].join('\n'),
    );
    expect(result.stdout).toBe('https://signin.aws.amazon.com/saml\n');
    const call = (code: string, message: string) =>
      `\nAn error occurred (${code}) when calling the AssumeRoleWithSAML operation: ${message}\n`;
    const discovery = (message: string, code: string) =>
      `${message} (Service: AWSOpenIdDiscoveryService; Status Code: 400; Error Code: ${code}; Request ID: ID; Proxy: null)`;
    const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/g;
    expect(result.stderr.replace(UUID, 'ID')).toBe(
      [
        call(
          'InvalidIdentityToken',
          'Responses must contain SubjectConfirmatonData with a Recipient and NotOnOrAfter',
        ),
        call('InvalidIdentityToken', 'Response does not contain the required audience.'),
        call('InvalidIdentityToken', 'Response does not contain the required audience.'),
        call('ExpiredTokenException', 'Response has expired'),
        call('InvalidIdentityToken', 'RoleSessionName in AuthnResponse must match [a-zA-Z_0-9+=,.@-]{2,64}'),
        call('InvalidIdentityToken', 'RoleSessionName is required in AuthnResponse'),
        call(
          'InvalidIdentityToken',
          "SAML Assertion doesn't contain the requested Role and Metadata in the attributes",
        ),
        call('ExpiredTokenException', 'Token must be redeemed within 5 minutes of issuance'),
        call(
          'InvalidIdentityToken',
          discovery('Issuer not present in specified provider', 'AuthSamlInvalidSamlResponseException'),
        ),
        call(
          'InvalidIdentityToken',
          discovery("Specified provider doesn't exist", 'AuthSamlManifestNotFoundException'),
        ),
        call(
          'InvalidIdentityToken',
          discovery('Invalid base64 SAMLResponse', 'AuthSamlInvalidSamlResponseException'),
        ),
      ].join(''),
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
