import { decodeJwt } from 'jose';
import { isAwsError } from '../aws-error.ts';
import { nameQualifier } from '../sts/assume-role-with-saml.ts';
import { parseSamlAssertion, samlSessionName } from '../sts/saml-assertion.ts';
import type { Params } from '../world/operation.ts';
import type { WorldState } from '../world/state.ts';
import type { CallResult } from '../world/world.ts';

/** The unsigned STS calls: their caller is the external identity in the token or assertion, not the credentials. */
export const FEDERATION_OPERATIONS: ReadonlySet<string> = new Set([
  'AssumeRoleWithWebIdentity',
  'AssumeRoleWithSAML',
]);

/** Who made an unsigned federation call, as CloudTrail records it. */
export interface FederatedCaller {
  /** The role's account: the only event history the call lands in. */
  readonly accountId: string;
  /** The `userIdentity` element (no ARN, account or access key: the caller has none). */
  readonly userIdentity: Record<string, unknown>;
  /** The event history's `Username`: the identity's `userName` (the token's `sub`, the assertion's NameID). */
  readonly username: string;
  /** Request parameters the record adds (SAML's `roleSessionName` comes from the assertion). */
  readonly extraParameters: Record<string, unknown>;
}

type WebIdentityParams = { RoleArn?: unknown; WebIdentityToken?: unknown };
type SamlParams = { RoleArn?: unknown; PrincipalArn?: unknown; SAMLAssertion?: unknown };

/**
 * The caller of AssumeRoleWithWebIdentity or AssumeRoleWithSAML ("Values for AWS STS APIs with SAML and web identity
 * federation", CloudTrail User Guide; the example events in "Logging IAM and AWS STS API calls with AWS CloudTrail",
 * IAM User Guide), or null when the role's account is not in the world or the token or assertion cannot be read.
 */
export function federatedCaller(
  state: WorldState,
  operation: string,
  params: Params,
  result: CallResult,
): FederatedCaller | null {
  const output = isAwsError(result) ? null : (result as Record<string, unknown>);
  const accountId = /^arn:aws:iam::(\d{12}):role\//.exec(String(params.RoleArn ?? ''))?.[1];
  if (!accountId || !state.accounts[accountId]) return null;
  return operation === 'AssumeRoleWithSAML'
    ? samlUser(accountId, params as SamlParams, output)
    : webIdentityUser(state, accountId, params as WebIdentityParams, output);
}

/**
 * `WebIdentityUser`: principalId `<provider>:<audience>:<sub>`, userName the `sub`. The provider is the IAM OIDC
 * provider's ARN when the role's account has one for the issuer (the IAM User Guide's AssumeRoleWithWebIdentity
 * example), else the issuer's name, as for providers IAM knows by name (`accounts.google.com`, the CloudTrail User
 * Guide's example).
 */
function webIdentityUser(
  state: WorldState,
  accountId: string,
  params: WebIdentityParams,
  output: Record<string, unknown> | null,
): FederatedCaller | null {
  let payload: ReturnType<typeof decodeJwt>;
  try {
    payload = decodeJwt(String(params.WebIdentityToken ?? ''));
  } catch {
    // jose throws for anything that is not a compact JWT: no identity to record.
    return null;
  }
  if (typeof payload.iss !== 'string') return null;
  const host = payload.iss.replace(/^https:\/\//, '');
  const arn = `arn:aws:iam::${accountId}:oidc-provider/${host}`;
  const provider = state.accounts[accountId]?.iam.oidcProviders[arn] ? arn : host;
  const sub = String(payload.sub ?? '');
  const audience =
    typeof output?.Audience === 'string'
      ? output.Audience
      : typeof payload.aud === 'string'
        ? payload.aud
        : (payload.aud?.[0] ?? '');
  return {
    accountId,
    userIdentity: {
      type: 'WebIdentityUser',
      principalId: `${provider}:${audience}:${sub}`,
      userName: sub,
      identityProvider: provider,
    },
    username: sub,
    extraParameters: {},
  };
}

/**
 * `SAMLUser`: principalId `<SAML:namequalifier>:<SAML:sub>`, userName the `SAML:sub`, identityProvider the
 * `SAML:namequalifier`.
 */
function samlUser(
  accountId: string,
  params: SamlParams,
  output: Record<string, unknown> | null,
): FederatedCaller | null {
  const parsed = parseSamlAssertion(String(params.SAMLAssertion ?? ''));
  if (!parsed) return null;
  const { assertion } = parsed;
  const providerName = /:saml-provider\/(.+)$/.exec(String(params.PrincipalArn ?? ''))?.[1] ?? '';
  const qualifier =
    typeof output?.NameQualifier === 'string'
      ? output.NameQualifier
      : nameQualifier(assertion.issuer, accountId, providerName);
  return {
    accountId,
    userIdentity: {
      type: 'SAMLUser',
      principalId: `${qualifier}:${assertion.subject}`,
      userName: assertion.subject,
      identityProvider: qualifier,
    },
    username: assertion.subject,
    extraParameters: { roleSessionName: samlSessionName(assertion) ?? assertion.subject },
  };
}
