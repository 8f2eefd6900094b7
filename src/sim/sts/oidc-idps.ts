import {
  compactVerify,
  createLocalJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  importJWK,
  type JSONWebKeySet,
  type JWK,
  type JWTPayload,
  SignJWT,
} from 'jose';
import keys from './idp-keys.json' with { type: 'json' };

/**
 * The OpenID Connect identity providers outside AWS that the simulation stands in for. Each signs its ID tokens with
 * its own RSA key (RS256, as GitHub Actions, Google and EKS do) and publishes the public half as a JWKS, which is
 * what STS verifies a token against. The private keys in `idp-keys.json` were generated for this simulator and
 * protect nothing: a learner can mint any token through the lab helpers anyway.
 */
export type IdpName = keyof typeof keys;

/** GitHub Actions' OIDC issuer. */
export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
/** Google's issuer (a web identity provider IAM knows by name: `Federated: accounts.google.com`). */
export const GOOGLE_ISSUER = 'https://accounts.google.com';
/** The sandbox's EKS cluster issuer (the cluster's "OpenID Connect provider URL"). */
export const EKS_ISSUER = 'https://oidc.eks.us-east-1.amazonaws.com/id/5C6B1E2A9F3D4E7A8B0C1D2E3F4A5B6C';

const EKS_PATTERN = /^https:\/\/oidc\.eks\.[a-z0-9-]+\.amazonaws\.com\/id\/[0-9A-F]{32}$/;

/** Which simulated IdP signs for `issuer`: GitHub, Google, any EKS cluster, or the lab's generic IdP for others. */
export function idpForIssuer(issuer: string): IdpName {
  if (issuer === GITHUB_ISSUER) return 'github';
  if (issuer === GOOGLE_ISSUER || issuer === 'accounts.google.com') return 'google';
  if (EKS_PATTERN.test(issuer)) return 'eks';
  return 'lab';
}

/** The public JSON Web Key Set an issuer publishes at its `jwks_uri`. */
export function publicJwks(issuer: string): JSONWebKeySet {
  const { kid, alg, use, kty, n, e } = keys[idpForIssuer(issuer)];
  return { keys: [{ kid, alg, use, kty, n, e }] };
}

/** Where an issuer publishes its keys (GitHub's, Google's and EKS's real locations; `/.well-known/jwks` otherwise). */
export function jwksUri(issuer: string): string {
  const idp = idpForIssuer(issuer);
  if (idp === 'google') return 'https://www.googleapis.com/oauth2/v3/certs';
  if (idp === 'eks') return `${issuer}/keys`;
  return `${issuer}/.well-known/jwks`;
}

/** The issuer's discovery document (`/.well-known/openid-configuration`), trimmed to what STS and IAM read. */
export function openIdConfiguration(issuer: string): Record<string, unknown> {
  return {
    issuer,
    jwks_uri: jwksUri(issuer),
    response_types_supported: ['id_token'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
  };
}

type SigningKey = Awaited<ReturnType<typeof importJWK>>;

const privateKeys = new Map<IdpName, Promise<SigningKey>>();

function privateKey(idp: IdpName): Promise<SigningKey> {
  let key = privateKeys.get(idp);
  if (!key) {
    key = importJWK(keys[idp] as JWK, 'RS256');
    privateKeys.set(idp, key);
  }
  return key;
}

/** Signs `payload` (which must carry `iss`) as the issuer's IdP: a compact RS256 JWT with the key's `kid`. */
export async function signIdToken(payload: JWTPayload & { readonly iss: string }): Promise<string> {
  const idp = idpForIssuer(payload.iss);
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: keys[idp].kid })
    .sign(await privateKey(idp));
}

/** What checking a token's signature found; claims (aud, exp …) are STS's business, checked afterwards. */
export type TokenCheck =
  | { readonly kind: 'malformed' }
  | { readonly kind: 'bad-signature'; readonly payload: JWTPayload & { readonly iss: string } }
  /** The header names a key (`kid`) the issuer does not publish: STS cannot fetch a key to verify with. */
  | { readonly kind: 'unknown-key'; readonly payload: JWTPayload & { readonly iss: string } }
  | { readonly kind: 'verified'; readonly payload: JWTPayload & { readonly iss: string } };

/**
 * Reads a compact JWT and verifies its signature with jose against the JWKS of the issuer it names (key chosen by
 * `kid`, RS256 only), the way STS fetches the issuer's keys. Never throws.
 */
export async function checkIdToken(raw: string): Promise<TokenCheck> {
  // A token read from a file usually ends with a newline; surrounding whitespace is not part of a JWT.
  const token = raw.trim();
  let payload: JWTPayload;
  let kid: unknown;
  try {
    kid = decodeProtectedHeader(token).kid;
    payload = decodeJwt(token);
  } catch {
    // jose throws for anything that is not a compact JWS with a JSON object payload.
    return { kind: 'malformed' };
  }
  const iss = payload.iss;
  if (typeof iss !== 'string') return { kind: 'malformed' };
  const withIssuer = { ...payload, iss };
  const jwks = publicJwks(iss);
  if (kid !== undefined && !jwks.keys.some((key) => key.kid === kid))
    return { kind: 'unknown-key', payload: withIssuer };
  try {
    await compactVerify(token, createLocalJWKSet(jwks), { algorithms: ['RS256'] });
    return { kind: 'verified', payload: withIssuer };
  } catch {
    return { kind: 'bad-signature', payload: withIssuer };
  }
}

/** The issuers whose hosts answer on the lab's network: GitHub Actions, Google and the sandbox's EKS cluster. */
const PUBLISHED = [GITHUB_ISSUER, GOOGLE_ISSUER, EKS_ISSUER];

/**
 * What `GET url` returns from a simulated IdP's public endpoints — the discovery document or the JWKS, as JSON text
 * — or null when the URL is not one of them.
 */
export function idpDocument(url: string): string | null {
  for (const issuer of PUBLISHED) {
    if (url === `${issuer}/.well-known/openid-configuration`)
      return JSON.stringify(openIdConfiguration(issuer), null, 2);
    if (url === jwksUri(issuer)) return JSON.stringify(publicJwks(issuer), null, 2);
  }
  return null;
}

/** True when `host` is one of the simulated IdPs' hosts (it resolves; its other paths answer 404). */
export function isIdpHost(host: string): boolean {
  const hostOf = (url: string) => /^https:\/\/([^/]+)/.exec(url)?.[1];
  return PUBLISHED.some((issuer) => hostOf(jwksUri(issuer)) === host || hostOf(issuer) === host);
}
