import { base64url, decodeJwt, decodeProtectedHeader, type JWTPayload } from 'jose';
import { hex, hmac, sha256, utf8 } from '../iam/hmac.ts';

/** GitHub Actions' OIDC issuer, the default of `world.issueWebIdentityToken`. */
export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

/** What a learner asks the simulated IdP for. */
export interface WebIdentityClaims {
  /** `iss`; defaults to GitHub Actions' issuer. */
  readonly issuer?: string;
  /** `sub`, e.g. `repo:octo-org/app:ref:refs/heads/main`. */
  readonly sub: string;
  /** `aud`; defaults to `sts.amazonaws.com` (what aws-actions/configure-aws-credentials requests). */
  readonly aud?: string;
  /** Lifetime in seconds from the simulated now (default 300); negative values mint an already expired token. */
  readonly expiresInSeconds?: number;
  /** More claims (`repository`, `ref`, `actor`, …). */
  readonly claims?: Readonly<Record<string, string>>;
}

/**
 * The simulated IdP's signing key. Choice: HS256 with a key derived from the issuer URL, not an RSA key pair —
 * `world.call` is synchronous and jose's signing and verification go through WebCrypto, which is asynchronous, so
 * the signature is computed by our own HMAC-SHA256 while jose decodes and checks the token's structure. A learner
 * who edits a claim breaks the signature, which is all the lessons need; the sim is no security boundary.
 */
function signingKey(issuer: string): Uint8Array {
  return hmac(sha256, utf8('iam-roles-lab simulated IdP signing key'), utf8(issuer));
}

const sign = (issuer: string, input: string) =>
  base64url.encode(hmac(sha256, signingKey(issuer), utf8(input)));

/** Mints a signed JWT (header `alg: HS256`, `kid` from the key) at simulated time `now`. */
export function mintWebIdentityToken(claims: WebIdentityClaims, now: Date): string {
  const issuer = claims.issuer ?? GITHUB_ISSUER;
  const iat = Math.floor(now.getTime() / 1000);
  const header = { alg: 'HS256', typ: 'JWT', kid: hex(sha256.digest(signingKey(issuer))).slice(0, 16) };
  const payload = {
    ...claims.claims,
    iss: issuer,
    sub: claims.sub,
    aud: claims.aud ?? 'sts.amazonaws.com',
    iat,
    nbf: iat,
    exp: iat + (claims.expiresInSeconds ?? 300),
  };
  const input = `${base64url.encode(JSON.stringify(header))}.${base64url.encode(JSON.stringify(payload))}`;
  return `${input}.${sign(issuer, input)}`;
}

/** A decoded token, or why it could not be read. */
export type DecodedToken =
  | { readonly ok: true; readonly payload: JWTPayload; readonly signatureValid: boolean }
  | { readonly ok: false };

/** Decodes a compact JWT with jose (structure, JSON, claim types) and checks its HS256 signature. */
export function decodeWebIdentityToken(token: string): DecodedToken {
  try {
    const header = decodeProtectedHeader(token);
    const payload = decodeJwt(token);
    if (typeof payload.iss !== 'string') return { ok: false };
    const dot = token.lastIndexOf('.');
    const signatureValid =
      header.alg === 'HS256' && token.slice(dot + 1) === sign(payload.iss, token.slice(0, dot));
    return { ok: true, payload, signatureValid };
  } catch {
    // jose throws JWTInvalid / JOSEError for anything that is not a compact JWS with a JSON payload.
    return { ok: false };
  }
}
