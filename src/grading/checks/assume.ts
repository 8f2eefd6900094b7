import { z } from 'zod';
import type { RoleRecord } from '../../sim/iam/state.ts';
import { trustPolicyText } from '../../sim/iam/trust-principals.ts';
import type { EvalResult } from '../../sim/policy/index.ts';
import { evaluate } from '../../sim/policy/index.ts';
import { federatedTrust } from '../../sim/sts/federated-trust.ts';
import { evaluateFor } from '../../sim/world/authorize.ts';
import { named } from '../../sim/world/effective-policies.ts';
import type { Principal } from '../../sim/world/principal.ts';
import { summaryReason, trustDenialReason } from './reasons.ts';
import {
  principalLabel,
  principalRef,
  type RoleTarget,
  resolvePrincipal,
  resolveRole,
  roleRef,
} from './refs.ts';
import { contextKeys, requestContextSchema } from './request-context.ts';
import { evaluateAsAccount, roleSessionPrincipal, userPrincipal } from './subjects.ts';
import type { CheckContext } from './types.ts';

/** Parameters shared by `can-assume` and `cannot-assume`: exactly one of principal, webIdentity, saml. */
export const assumeShape = {
  role: roleRef.describe('The role to assume: name (learner account) or ARN'),
  principal: principalRef.optional(),
  webIdentity: z
    .strictObject({
      provider: z.string().min(1).describe('OIDC provider host, e.g. token.actions.githubusercontent.com'),
      claims: z
        .record(z.string(), z.string())
        .default({})
        .describe('Token claims as trust-policy keys see them: aud, sub, … (PROVIDER:claim)'),
    })
    .optional()
    .describe('A web identity (OIDC) caller: AssumeRoleWithWebIdentity'),
  saml: z
    .strictObject({
      provider: z.string().min(1).describe('SAML provider name or ARN in the role account'),
      attributes: z
        .record(z.string(), z.union([z.string(), z.array(z.string())]))
        .default({})
        .describe('SAML keys: aud, sub, or attributes (SAML: prefix optional)'),
    })
    .optional()
    .describe('A SAML federated caller: AssumeRoleWithSAML'),
  context: requestContextSchema,
};

/** Zod refinement: exactly one of principal / webIdentity / saml. */
export function oneCaller(value: { principal?: unknown; webIdentity?: unknown; saml?: unknown }): boolean {
  return [value.principal, value.webIdentity, value.saml].filter((v) => v !== undefined).length === 1;
}

export const ONE_CALLER = {
  message: 'give exactly one of principal, webIdentity or saml',
  path: ['principal'],
};

type AssumeParams = z.output<z.ZodObject<typeof assumeShape>>;

/** One identity's attempt to assume the role. */
export interface Attempt {
  readonly who: string;
  readonly allowed: boolean;
  /** Why, in the learner's terms. */
  readonly reason: string;
  /** True for a real identity of the world (not the hypothetical administrator of an account). */
  readonly real: boolean;
}

/** The outcome of an assume question: the role as found, and each identity's attempt. */
export interface AssumeAnswer {
  readonly role: RoleTarget;
  readonly caller: string;
  /** Empty when the role or the caller does not exist (then `missing` says which). */
  readonly attempts: readonly Attempt[];
  readonly missing?: string;
}

/**
 * Asks the engine whether the caller may assume the role, the way STS would: for a service or a federated
 * identity the trust policy alone decides; for IAM identities the trust policy and the caller's own policies
 * (same- and cross-account rules). An account stands for each of its users and roles and for an administrator it
 * could create.
 */
export function askAssume(params: AssumeParams, ctx: CheckContext): AssumeAnswer {
  const { state } = ctx.world;
  const now = ctx.world.clock.now();
  const target = resolveRole(state, ctx.account, params.role);
  const role = target.role;
  const caller = callerLabel(params, ctx);
  if (!role)
    return {
      role: target,
      caller,
      attempts: [],
      missing: `role ${target.name} does not exist in account ${target.accountId}`,
    };
  const context = contextKeys(params.context);
  if (params.webIdentity) {
    const host = params.webIdentity.provider.replace(/^https:\/\//, '');
    const arn = `arn:aws:iam::${target.accountId}:oidc-provider/${host}`;
    if (!state.accounts[target.accountId]?.iam.oidcProviders[arn])
      return {
        role: target,
        caller,
        attempts: [],
        missing: `account ${target.accountId} has no OIDC provider for ${host}`,
      };
    const claims = Object.fromEntries(
      Object.entries(params.webIdentity.claims).map(([k, v]) => [`${host}:${k}`, v]),
    );
    const result = federatedTrust(
      role,
      target.accountId,
      arn,
      'sts:AssumeRoleWithWebIdentity',
      { 'aws:FederatedProvider': arn, ...claims, ...context },
      now,
    );
    return { role: target, caller, attempts: [attempt(caller, result, role, true)] };
  }
  if (params.saml) {
    const name = params.saml.provider.replace(/^arn:aws:iam::\d{12}:saml-provider\//, '');
    const arn = `arn:aws:iam::${target.accountId}:saml-provider/${name}`;
    if (!state.accounts[target.accountId]?.iam.samlProviders[arn])
      return {
        role: target,
        caller,
        attempts: [],
        missing: `account ${target.accountId} has no SAML provider ${name}`,
      };
    const attributes = Object.fromEntries(
      Object.entries(params.saml.attributes).map(([k, v]) => [k.startsWith('SAML:') ? k : `SAML:${k}`, v]),
    );
    const result = federatedTrust(
      role,
      target.accountId,
      arn,
      'sts:AssumeRoleWithSAML',
      { 'aws:FederatedProvider': arn, ...attributes, ...context },
      now,
    );
    return { role: target, caller, attempts: [attempt(caller, result, role, true)] };
  }
  const who = resolvePrincipal(state, ctx.account, params.principal ?? '');
  const trust = trustPolicyText(state, role);
  const actions = [
    'sts:AssumeRole',
    ...(params.context.tags ? ['sts:TagSession'] : []),
    ...(params.context.sourceIdentity !== undefined ? ['sts:SetSourceIdentity'] : []),
  ];
  const request = (action: string) => ({
    action,
    resource: role.arn,
    resourceAccount: target.accountId,
    resourcePolicy: trust,
    context: { 'sts:RoleSessionName': 'grader', ...context },
  });
  // The first refused action decides, as in STS AssumeRole.
  const firstRefusal = (ask: (action: string) => EvalResult): EvalResult => {
    let last: EvalResult | null = null;
    for (const action of actions) {
      last = ask(action);
      if (last.decision !== 'Allow') return last;
    }
    if (!last) throw new Error('no action to ask about');
    return last;
  };
  switch (who.kind) {
    case 'service': {
      const doc = named('resource', 'trust', trust, 'trust policy')[0] ?? null;
      const result = evaluate(
        {
          principal: who.service,
          action: 'sts:AssumeRole',
          resource: role.arn,
          resourceAccount: target.accountId,
          context: {
            'aws:PrincipalIsAWSService': 'true',
            'aws:PrincipalServicePrincipal': who.service,
            ...context,
          },
        },
        { resource: doc },
      );
      return { role: target, caller, attempts: [attempt(caller, result, role, true)] };
    }
    case 'user':
    case 'role': {
      const principal = iamPrincipal(who, now);
      if (!principal)
        return {
          role: target,
          caller,
          attempts: [],
          missing: `${caller} does not exist in account ${who.accountId}`,
        };
      const result = firstRefusal((action) => evaluateFor(state, principal, now, request(action)));
      return { role: target, caller, attempts: [attempt(caller, result, role, true)] };
    }
    case 'account': {
      const account = state.accounts[who.accountId];
      if (!account)
        return { role: target, caller, attempts: [], missing: `account ${who.accountId} does not exist` };
      const attempts: Attempt[] = [];
      for (const user of Object.values(account.iam.users)) {
        const p = userPrincipal(who.accountId, user);
        attempts.push(
          attempt(
            `user ${user.userName} of account ${who.accountId}`,
            firstRefusal((a) => evaluateFor(state, p, now, request(a))),
            role,
            true,
          ),
        );
      }
      for (const r of Object.values(account.iam.roles)) {
        const p = roleSessionPrincipal(who.accountId, r, now);
        attempts.push(
          attempt(
            `a session of role ${r.roleName} of account ${who.accountId}`,
            firstRefusal((a) => evaluateFor(state, p, now, request(a))),
            role,
            true,
          ),
        );
      }
      const admin = firstRefusal((a) => evaluateAsAccount(state, who.accountId, now, request(a), 'trust'));
      attempts.push(attempt(`an administrator of account ${who.accountId}`, admin, role, false));
      return { role: target, caller, attempts };
    }
  }
}

function iamPrincipal(who: ReturnType<typeof resolvePrincipal>, now: Date): Principal | null {
  if (who.kind === 'user') return who.user ? userPrincipal(who.accountId, who.user) : null;
  if (who.kind === 'role') return who.role ? roleSessionPrincipal(who.accountId, who.role, now) : null;
  return null;
}

function attempt(who: string, result: EvalResult, role: RoleRecord, real: boolean): Attempt {
  const allowed = result.decision === 'Allow';
  return {
    who,
    allowed,
    real,
    reason: allowed ? summaryReason(result, 'the trust policy') : trustDenialReason(result, role),
  };
}

function callerLabel(params: AssumeParams, ctx: CheckContext): string {
  if (params.webIdentity) {
    const sub = params.webIdentity.claims.sub;
    return `a ${params.webIdentity.provider} token${sub === undefined ? '' : ` with sub ${sub}`}`;
  }
  if (params.saml) return `a user of SAML provider ${params.saml.provider}`;
  return principalLabel(resolvePrincipal(ctx.world.state, ctx.account, params.principal ?? ''));
}
