import type { OidcProviderRecord } from '../iam/state.ts';
import type { UnsignedOperation } from '../world/operation.ts';
import type { ContextValues } from '../world/request-context.ts';
import { stsErrors } from './errors.ts';
import { federatedTrust, roleFromArn } from './federated-trust.ts';
import { federationErrors } from './federation-errors.ts';
import { issueRoleSession, sessionOutput } from './issue-session.ts';
import { decodeWebIdentityToken } from './web-identity-token.ts';

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
  run(params, ctx) {
    const p = params as P;
    const decoded = decodeWebIdentityToken(p.WebIdentityToken);
    if (!decoded.ok) return federationErrors.malformedToken();
    const { payload } = decoded;
    const issuer = String(payload.iss);
    const target = roleFromArn(ctx.state, p.RoleArn);
    const account = target ? ctx.state.accounts[target.accountId] : undefined;
    const host = issuer.replace(/^https:\/\//, '');
    const provider: OidcProviderRecord | undefined =
      account?.iam.oidcProviders[`arn:aws:iam::${account.id}:oidc-provider/${host}`];
    if (!target || !provider) return federationErrors.noOidcProvider(issuer);
    if (!decoded.signatureValid) return federationErrors.badSignature();
    const audiences = typeof payload.aud === 'string' ? [payload.aud] : (payload.aud ?? []);
    const aud = audiences.find((a) => provider.clientIds.includes(a));
    if (aud === undefined) return federationErrors.audience();
    const nowSeconds = Math.floor(ctx.now.getTime() / 1000);
    if (typeof payload.exp !== 'number' || nowSeconds >= payload.exp)
      return federationErrors.expired(nowSeconds, payload.exp ?? 0);
    const role = target.role;
    if (!role) return federationErrors.notAuthorized(ACTION);
    const context = tokenContext(host, provider.arn, payload, aud, p.RoleSessionName);
    const result = federatedTrust(role, target.accountId, provider.arn, ACTION, context, ctx.now);
    if (result.decision !== 'Allow') return federationErrors.notAuthorized(ACTION);
    const duration = p.DurationSeconds ?? 3600;
    if (duration > role.maxSessionDuration) return stsErrors.durationExceedsRole();
    const session = issueRoleSession(ctx, role, {
      accountId: target.accountId,
      sessionName: p.RoleSessionName,
      durationSeconds: duration,
      sourceArn: provider.arn,
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
