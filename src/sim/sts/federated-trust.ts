import type { RoleRecord } from '../iam/state.ts';
import { type EvalResult, evaluate } from '../policy/index.ts';
import { named } from '../world/effective-policies.ts';
import type { ContextValues } from '../world/request-context.ts';

/**
 * Asks the engine whether a role's trust policy lets a federated identity (the IdP's provider ARN) take `action`.
 * A web identity has no identity-based policies, so the trust policy alone decides.
 */
export function federatedTrust(
  role: RoleRecord,
  accountId: string,
  providerArn: string,
  action: 'sts:AssumeRoleWithWebIdentity' | 'sts:AssumeRoleWithSAML',
  context: ContextValues,
  now: Date,
): EvalResult {
  const trust = named('resource', 'trust', role.assumeRolePolicyDocument, 'trust policy')[0] ?? null;
  return evaluate(
    {
      principal: providerArn,
      action,
      resource: role.arn,
      resourceAccount: accountId,
      context: {
        'aws:CurrentTime': `${now.toISOString().slice(0, 19)}Z`,
        'aws:EpochTime': String(Math.floor(now.getTime() / 1000)),
        'aws:SecureTransport': 'true',
        ...context,
      },
    },
    { resource: trust },
  );
}

/** The role an ARN names, with its account id. */
export function roleFromArn(
  state: {
    readonly accounts: Readonly<
      Record<string, { readonly iam: { readonly roles: Record<string, RoleRecord> } }>
    >;
  },
  arn: string,
): { readonly accountId: string; readonly role: RoleRecord | undefined } | null {
  const match = /^arn:aws:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(arn);
  if (!match?.[1] || !match[2]) return null;
  return { accountId: match[1], role: state.accounts[match[1]]?.iam.roles[match[2].toLowerCase()] };
}
