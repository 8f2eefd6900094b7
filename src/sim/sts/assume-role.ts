import type { AwsError } from '../aws-error.ts';
import { verifyMfaCode } from '../iam/mfa-devices.ts';
import type { Tag } from '../iam/state.ts';
import { trustPolicyText } from '../iam/trust-principals.ts';
import { parsePolicy, policySize } from '../policy/index.ts';
import { accessDenied } from '../world/access-denied.ts';
import { evaluateFor } from '../world/authorize.ts';
import { isoSeconds, type Operation, type OperationContext } from '../world/operation.ts';
import { assumedRoleArn } from '../world/principal.ts';
import { stsErrors } from './errors.ts';
import type { StsSession } from './state.ts';

type P = {
  RoleArn: string;
  RoleSessionName: string;
  DurationSeconds?: number;
  ExternalId?: string;
  SerialNumber?: string;
  TokenCode?: string;
  Policy?: string;
  PolicyArns?: { arn?: string }[];
  Tags?: Tag[];
  TransitiveTagKeys?: string[];
  SourceIdentity?: string;
};

const DEFAULT_DURATION = 3600;
/** Role chaining caps sessions at one hour ("Roles terms and concepts", role chaining). */
const CHAIN_LIMIT = 3600;
/** Plaintext limit for inline and managed session policies together (AssumeRole API reference). */
const SESSION_POLICY_PLAINTEXT = 2048;

/**
 * AssumeRole: the role's trust policy and the caller's identity-side policies decide (same- and cross-account rules
 * in the engine); session tags also need sts:TagSession. Issues ASIA… credentials that expire with the clock.
 */
export const assumeRole: Operation = {
  authorization: null,
  run(params, ctx) {
    const p = params as P;
    if (ctx.principal.kind === 'root') return stsErrors.rootCannotAssume();
    const match = /^arn:aws:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(p.RoleArn);
    if (!match) return stsErrors.invalidArn();
    const account = match?.[1] ? ctx.state.accounts[match[1]] : undefined;
    const role = account && match?.[2] ? account.iam.roles[match[2].toLowerCase()] : undefined;
    const tags = p.Tags ?? [];
    // Role chaining carries the caller's transitive session tags and its source identity into the new session.
    const from = ctx.principal.kind === 'session' ? ctx.principal.session : null;
    const inherited = from ? from.tags.filter((t) => from.transitiveTagKeys?.includes(t.Key)) : [];
    const sourceIdentity = from?.sourceIdentity ?? p.SourceIdentity;
    const request = {
      resource: role?.arn ?? p.RoleArn,
      resourceAccount: match?.[1] ?? ctx.principal.accountId,
      resourcePolicy: role ? trustPolicyText(ctx.state, role) : null,
      context: assumeContext(p, tags, sourceIdentity),
    };
    const actions = [
      'sts:AssumeRole',
      ...(tags.length > 0 ? ['sts:TagSession'] : []),
      // "Permissions required to set source identity": the trust policy must allow sts:SetSourceIdentity.
      ...(p.SourceIdentity !== undefined ? ['sts:SetSourceIdentity'] : []),
    ];
    for (const action of actions) {
      const result = evaluateFor(ctx.state, ctx.principal, ctx.now, { ...request, action });
      if (result.decision !== 'Allow') return accessDenied(ctx.principal.arn, action, p.RoleArn, result);
    }
    if (!role || !account) throw new Error(`AssumeRole allowed without a role: ${p.RoleArn}`);
    if (
      p.SerialNumber !== undefined &&
      p.TokenCode !== undefined &&
      !mfaValid(ctx, p.SerialNumber, p.TokenCode)
    )
      return stsErrors.mfaFailed();
    const chained = ctx.principal.kind === 'session';
    const duration = p.DurationSeconds ?? DEFAULT_DURATION;
    if (chained && duration > CHAIN_LIMIT) return stsErrors.durationExceedsChain();
    if (duration > role.maxSessionDuration) return stsErrors.durationExceedsRole();
    const sessionPolicyError = checkSessionPolicy(p);
    if (sessionPolicyError) return sessionPolicyError;
    const packed = packedPolicySize(p);
    if (packed !== null && packed > 100) {
      return tags.length > 0 ? stsErrors.packedTagsTooLarge(packed) : stsErrors.packedPolicyTooLarge(packed);
    }
    const session = issue(
      ctx,
      p,
      { accountId: account.id, roleKey: role.roleName.toLowerCase(), ...role },
      duration,
      chained,
      { inherited, sourceIdentity },
    );
    role.lastUsed = { date: ctx.timestamp, region: 'us-east-1' };
    return {
      Credentials: {
        AccessKeyId: session.accessKeyId,
        SecretAccessKey: session.secretAccessKey,
        SessionToken: session.sessionToken,
        Expiration: session.expiration,
      },
      AssumedRoleUser: {
        AssumedRoleId: `${session.roleId}:${session.sessionName}`,
        Arn: assumedRoleArn(session.accountId, session.roleName, session.sessionName),
      },
      ...(packed === null ? {} : { PackedPolicySize: packed }),
      ...(sourceIdentity === undefined ? {} : { SourceIdentity: sourceIdentity }),
    };
  },
};

/**
 * Keys the trust policy can test: sts:ExternalId, sts:RoleSessionName, sts:SourceIdentity, sts:TransitiveTagKeys,
 * MFA, request tags.
 */
function assumeContext(
  p: P,
  tags: readonly Tag[],
  sourceIdentity: string | undefined,
): Record<string, string | readonly string[]> {
  const context: Record<string, string | readonly string[]> = { 'sts:RoleSessionName': p.RoleSessionName };
  if (sourceIdentity !== undefined) context['sts:SourceIdentity'] = sourceIdentity;
  if (p.TransitiveTagKeys !== undefined) context['sts:TransitiveTagKeys'] = p.TransitiveTagKeys;
  if (p.ExternalId !== undefined) context['sts:ExternalId'] = p.ExternalId;
  if (p.SerialNumber !== undefined && p.TokenCode !== undefined) {
    context['aws:MultiFactorAuthPresent'] = 'true';
    context['aws:MultiFactorAuthAge'] = '0';
  }
  if (tags.length > 0) context['aws:TagKeys'] = tags.map((t) => t.Key);
  for (const tag of tags) context[`aws:RequestTag/${tag.Key}`] = tag.Value;
  return context;
}

/** The code must come from a virtual MFA device enabled for the calling user (role sessions have none). */
function mfaValid(ctx: OperationContext, serial: string, code: string): boolean {
  const { principal } = ctx;
  if (principal.kind !== 'user') return false;
  return verifyMfaCode(ctx.account, principal.userName, serial, code, ctx.now.getTime());
}

function checkSessionPolicy(p: P): AwsError | null {
  if (p.Policy === undefined) return null;
  const parsed = parsePolicy(p.Policy, 'session');
  return parsed.ok ? null : parsed.error;
}

/**
 * PackedPolicySize: AWS reports how close the packed (compressed) session policies and tags are to the limit, as a
 * percentage; past 100 the call fails with PackedPolicyTooLarge. The packing is not published; this approximates it
 * as half the plaintext (policy, policy ARNs, tag keys and values) over the 2,048-character session policy limit.
 */
function packedPolicySize(p: P): number | null {
  if (p.Policy === undefined && (p.PolicyArns ?? []).length === 0 && (p.Tags ?? []).length === 0) return null;
  const plain =
    (p.Policy === undefined ? 0 : policySize(p.Policy)) +
    (p.PolicyArns ?? []).reduce((n, d) => n + (d.arn?.length ?? 0), 0) +
    (p.Tags ?? []).reduce((n, t) => n + t.Key.length + t.Value.length, 0);
  return Math.max(1, Math.ceil((plain / SESSION_POLICY_PLAINTEXT) * 100 * 0.5));
}

function issue(
  ctx: OperationContext,
  p: P,
  role: { accountId: string; roleKey: string; roleName: string; path: string; roleId: string },
  duration: number,
  chained: boolean,
  carried: { readonly inherited: readonly Tag[]; readonly sourceIdentity: string | undefined },
): StsSession {
  const tags = [...carried.inherited, ...(p.Tags ?? [])];
  const transitive = [...carried.inherited.map((t) => t.Key), ...(p.TransitiveTagKeys ?? [])];
  const session: StsSession = {
    accessKeyId: ctx.ids.uniqueId('sessionAccessKey'),
    secretAccessKey: ctx.ids.secretAccessKey(),
    sessionToken: ctx.ids.sessionToken(),
    expiration: isoSeconds(new Date(ctx.now.getTime() + duration * 1000)),
    accountId: role.accountId,
    roleKey: role.roleKey,
    roleName: role.roleName,
    rolePath: role.path,
    roleId: role.roleId,
    sessionName: p.RoleSessionName,
    policy: p.Policy ?? null,
    policyArns: (p.PolicyArns ?? []).flatMap((d) => (d.arn === undefined ? [] : [d.arn])),
    tags: tags.map((t) => ({ Key: t.Key, Value: t.Value })),
    mfa: p.SerialNumber !== undefined && p.TokenCode !== undefined,
    issued: ctx.timestamp,
    sourceArn: ctx.principal.arn,
    chained,
    ...(carried.sourceIdentity === undefined ? {} : { sourceIdentity: carried.sourceIdentity }),
    ...(transitive.length > 0 ? { transitiveTagKeys: transitive } : {}),
  };
  ctx.state.sessions[session.accessKeyId] = session;
  return session;
}
