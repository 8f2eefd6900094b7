import { checkIdToken, GITHUB_ISSUER, signIdToken, type TokenCheck } from './oidc-idps.ts';

export { GITHUB_ISSUER } from './oidc-idps.ts';

/** What a learner asks a simulated IdP for. */
export interface WebIdentityClaims {
  /** `iss`; defaults to GitHub Actions' issuer. Google, EKS clusters and any other URL have their own keys. */
  readonly issuer?: string;
  /** `sub`, e.g. `repo:octo-org/app:ref:refs/heads/main`. */
  readonly sub: string;
  /** `aud`; defaults to `sts.amazonaws.com` (what aws-actions/configure-aws-credentials requests). */
  readonly aud?: string;
  /** Lifetime in seconds from the simulated now (default 300); negative values mint an already expired token. */
  readonly expiresInSeconds?: number;
  /** More claims (`repository`, `ref`, `azp`, `kubernetes.io` …). */
  readonly claims?: Readonly<Record<string, unknown>>;
}

/** Mints an RS256 JWT signed (with jose) by the issuer's simulated IdP at simulated time `now`. */
export function mintWebIdentityToken(claims: WebIdentityClaims, now: Date): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  return signIdToken({
    ...claims.claims,
    iss: claims.issuer ?? GITHUB_ISSUER,
    sub: claims.sub,
    aud: claims.aud ?? 'sts.amazonaws.com',
    iat,
    nbf: iat,
    exp: iat + (claims.expiresInSeconds ?? 300),
  });
}

/**
 * Tokens whose signatures a world has checked. Verification goes through WebCrypto, which is asynchronous, while
 * `world.call` is synchronous: `world.callAsync` (or `world.prepare`) checks a request's token first and keeps the
 * verdict here, where the synchronous AssumeRoleWithWebIdentity reads it. A verdict depends on the token alone (the
 * IdPs' keys are fixed), so the store is a cache, not world state: snapshots leave it out.
 */
export interface TokenChecks {
  get(token: string): TokenCheck | undefined;
  check(token: string): Promise<TokenCheck>;
}

const LIMIT = 256;

export function createTokenChecks(): TokenChecks {
  const verdicts = new Map<string, TokenCheck>();
  return {
    get: (token) => verdicts.get(token),
    async check(token) {
      const known = verdicts.get(token);
      if (known) return known;
      const verdict = await checkIdToken(token);
      if (verdicts.size >= LIMIT) verdicts.delete(verdicts.keys().next().value as string);
      verdicts.set(token, verdict);
      return verdict;
    },
  };
}
