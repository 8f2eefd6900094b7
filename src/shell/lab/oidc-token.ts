import { EKS_ISSUER, GITHUB_ISSUER, GOOGLE_ISSUER } from '../../sim/sts/oidc-idps.ts';
import type { World } from '../../sim/world/index.ts';
import type { CommandSpec, ExecResult } from '../types.ts';
import { parseLongOptions } from './long-options.ts';

const USAGE =
  'usage: oidc-token --issuer github|google|eks|URL --sub SUBJECT [--aud AUDIENCE] [--azp PARTY] [--claim NAME=VALUE]... [--expires-in SECONDS]\n';

/** Short names for the simulated identity providers' issuers. */
const ISSUERS: Readonly<Record<string, string>> = {
  github: GITHUB_ISSUER,
  google: GOOGLE_ISSUER,
  eks: EKS_ISSUER,
};

const usage = (problem: string): ExecResult => ({
  stdout: '',
  stderr: `oidc-token: ${problem}\n${USAGE}`,
  exitCode: 2,
});

/**
 * `oidc-token --issuer eks --sub system:serviceaccount:default:app`: prints an OpenID Connect ID token (RS256 JWT)
 * signed by a simulated IdP — GitHub Actions, Google, the sandbox's EKS cluster, or any `https://` issuer URL (the
 * lab's generic IdP signs for those). A simulator helper standing in for whatever hands a workload its token: the
 * Actions runtime, Google's metadata server, the kubelet's projected service-account token.
 */
export function createOidcTokenCommand(world: () => World): CommandSpec {
  return {
    description:
      'print an OIDC ID token from a simulated IdP (GitHub Actions, Google, EKS or any issuer URL)',
    run: async (args) => {
      const options = parseLongOptions(args, ['issuer', 'sub', 'aud', 'azp', 'claim', 'expires-in']);
      if (typeof options === 'string') return usage(options);
      const one = (name: string) => options.get(name)?.at(-1);
      const named = one('issuer') ?? '';
      const issuer = ISSUERS[named] ?? named;
      if (!/^https:\/\/[^\s/]+(\/\S*)?$/.test(issuer))
        return usage('--issuer takes github, google, eks or an https:// URL');
      const sub = one('sub');
      if (!sub) return usage('--sub SUBJECT is required');
      // Typical lifetimes: GitHub Actions about 5 minutes, Google an hour, EKS projected tokens a day.
      const lifetime = named === 'github' ? 300 : named === 'eks' ? 86400 : 3600;
      const expires = Number(one('expires-in') ?? lifetime);
      if (!Number.isInteger(expires)) return usage('--expires-in takes whole seconds');
      const extra: Record<string, string> = {};
      for (const claim of options.get('claim') ?? []) {
        const eq = claim.indexOf('=');
        if (eq <= 0) return usage(`--claim takes NAME=VALUE, not ${claim}`);
        extra[claim.slice(0, eq)] = claim.slice(eq + 1);
      }
      const azp = one('azp');
      const token = await world().issueWebIdentityToken({
        issuer,
        sub,
        aud: one('aud') ?? 'sts.amazonaws.com',
        expiresInSeconds: expires,
        claims: { ...extra, ...(azp === undefined ? {} : { azp }) },
      });
      return { stdout: `${token}\n`, stderr: '', exitCode: 0 };
    },
  };
}
