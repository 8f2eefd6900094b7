import type { OidcProviderRecord } from '../iam/state.ts';
import type { UnsignedOperation } from '../world/operation.ts';
import type { ContextValues } from '../world/request-context.ts';
import { stsErrors } from './errors.ts';
import { federatedTrust, roleFromArn } from './federated-trust.ts';
import { federationErrors } from './federation-errors.ts';
import { issueRoleSession, sessionOutput } from './issue-session.ts';
import { GOOGLE_ISSUER } from './oidc-idps.ts';

type P = {
  RoleArn: string;
  RoleSessionName: string;
  WebIdentityToken: string;
  DurationSeconds?: number;
  Policy?: string;
  PolicyArns?: { arn?: string }[];
};

const ACTION = 'sts:AssumeRoleWithWebIdentity';

/**
 * AssumeRoleWithWebIdentity (unsigned): the token's issuer must be an IAM OIDC provider in the role's account, its
 * signature must check, `aud` must be one of the provider's client ids and `exp` in the future; then the role's trust
 * policy decides for `Federated` = the provider ARN, with `<provider>:aud` / `:sub` in the request context.
 */
export const assumeRoleWithWebIdentity: UnsignedOperation = {
  unsigned: true,
  async prepare(params, ctx) {
    const token = (params as Partial<P>).WebIdentityToken;
    if (typeof token === 'string') await ctx.tokenChecks.check(token);
  },
  run(params, ctx) {
    const p = params as P;
    const checked = ctx.tokenChecks.get(p.WebIdentityToken);
    if (!checked)
      throw new Error('AssumeRoleWithWebIdentity runs through world.callAsync: its token is verified first');
    if (checked.kind === 'malformed') return federationErrors.malformedToken();
    const { payload } = checked;
    const issuer = payload.iss;
    const target = roleFromArn(ctx.state, p.RoleArn);
    const account = target ? ctx.state.accounts[target.accountId] : undefined;
    const host = issuer.replace(/^https:\/\//, '');
    const provider: OidcProviderRecord | undefined =
      account?.iam.oidcProviders[`arn:aws:iam::${account.id}:oidc-provider/${host}`];
    // Google is one of the web identity providers IAM knows by name: a trust policy names `accounts.google.com`
    // itself and no IAM OIDC provider is needed (Principal element, "Federated web identity").
    const builtIn = !provider && (issuer === GOOGLE_ISSUER || issuer === 'accounts.google.com');
    if (!target || (!provider && !builtIn)) return federationErrors.noOidcProvider(issuer);
    if (checked.kind === 'unknown-key') return federationErrors.noVerificationKey();
    if (checked.kind !== 'verified') return federationErrors.badSignature();
    const audiences = typeof payload.aud === 'string' ? [payload.aud] : (payload.aud ?? []);
    const aud = provider ? audiences.find((a) => provider.clientIds.includes(a)) : audiences[0];
    if (aud === undefined) return federationErrors.audience();
    const nowSeconds = Math.floor(ctx.now.getTime() / 1000);
    if (typeof payload.exp !== 'number' || nowSeconds >= payload.exp)
      return federationErrors.expired(nowSeconds, payload.exp ?? 0);
    const role = target.role;
    if (!role) return federationErrors.notAuthorized(ACTION);
    const federated = provider ? provider.arn : 'accounts.google.com';
    const context = provider
      ? tokenContext(host, provider.arn, payload, aud, p.RoleSessionName)
      : googleContext(payload, aud, p.RoleSessionName);
    const result = federatedTrust(role, target.accountId, federated, ACTION, context, ctx.now);
    if (result.decision !== 'Allow') return federationErrors.notAuthorized(ACTION);
    const duration = p.DurationSeconds ?? 3600;
    if (duration > role.maxSessionDuration) return stsErrors.durationExceedsRole();
    const session = issueRoleSession(ctx, role, {
      accountId: target.accountId,
      sessionName: p.RoleSessionName,
      durationSeconds: duration,
      sourceArn: federated,
      ...(p.Policy === undefined ? {} : { policy: p.Policy }),
      ...(p.PolicyArns === undefined ? {} : { policyArns: p.PolicyArns }),
    });
    return {
      ...sessionOutput(session),
      SubjectFromWebIdentityToken: String(payload.sub ?? ''),
      Provider: issuer,
      Audience: aud,
    };
  },
};

/**
 * Google's keys ("Available keys for AWS web identity federation"): `accounts.google.com:aud` is the token's `azp`
 * when it has one (an ID token a service account requests for another audience) and its `aud` otherwise;
 * `accounts.google.com:oaud` is always `aud`; `accounts.google.com:sub` is `sub`.
 */
function googleContext(
  payload: Readonly<Record<string, unknown>>,
  aud: string,
  sessionName: string,
): ContextValues {
  return {
    'accounts.google.com:aud': typeof payload.azp === 'string' ? payload.azp : aud,
    'accounts.google.com:oaud': aud,
    'accounts.google.com:sub': String(payload.sub ?? ''),
    'aws:FederatedProvider': 'accounts.google.com',
    'sts:RoleSessionName': sessionName,
  };
}

/**
 * The keys a trust policy can test ("Available keys for AWS web identity federation"): `<provider>:aud`,
 * `<provider>:sub`, plus `aws:FederatedProvider` (the provider ARN) and `sts:RoleSessionName`. Other claims are
 * offered as `<provider>:<claim>`; wording of which extra claims AWS exposes for GitHub is unverified.
 */
function tokenContext(
  host: string,
  providerArn: string,
  payload: Readonly<Record<string, unknown>>,
  aud: string,
  sessionName: string,
): ContextValues {
  const context: ContextValues = {
    [`${host}:aud`]: aud,
    [`${host}:sub`]: String(payload.sub ?? ''),
    'aws:FederatedProvider': providerArn,
    'sts:RoleSessionName': sessionName,
  };
  for (const [claim, value] of Object.entries(payload)) {
    if (typeof value === 'string' && !['iss', 'sub', 'aud'].includes(claim))
      context[`${host}:${claim}`] = value;
  }
  return context;
}
