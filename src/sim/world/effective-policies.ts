import { awsManagedPolicy } from '../iam/aws-managed.ts';
import type { PrincipalEntity } from '../iam/state.ts';
import { policyArn } from '../organizations/views.ts';
import type { NamedPolicy, PolicyKind, PolicySet, PolicyType } from '../policy/index.ts';
import { parsePolicy } from '../policy/index.ts';
import { scpLevels } from './accounts.ts';
import type { Principal } from './principal.ts';
import type { AccountState, WorldState } from './state.ts';

/**
 * The caller's side of a policy set: identity policies (inline, attached managed, and group policies for users),
 * permissions boundary, session policies of an assumed-role session, and the SCPs of the caller's account path.
 */
export function callerPolicies(state: WorldState, principal: Principal): PolicySet {
  const account = state.accounts[principal.accountId];
  if (!account) throw new Error(`caller account ${principal.accountId} is missing`);
  const scps = scpPolicies(state, principal.accountId);
  const base: PolicySet = scps ? { scps } : {};
  if (principal.kind === 'root') return base;
  const entity = entityOf(account, principal);
  const identity = entityPolicies(account, entity);
  if (principal.kind === 'user') {
    const user = account.iam.users[principal.userKey];
    for (const groupKey of user?.groups ?? []) {
      const group = account.iam.groups[groupKey];
      if (group) identity.push(...entityPolicies(account, group));
    }
  }
  const boundary = entity.permissionsBoundary
    ? managedNamed(account, entity.permissionsBoundary, 'permissionsBoundary')
    : null;
  const set: PolicySet = { ...base, identity, permissionsBoundary: boundary?.[0] ?? null };
  if (principal.kind !== 'session') return set;
  const { policy, policyArns } = principal.session;
  if (policy === null && policyArns.length === 0) return set;
  const session = [
    ...(policy === null ? [] : named('session', 'session', policy, 'inline session policy')),
    ...policyArns.flatMap((arn) => managedNamed(account, arn, 'session')),
  ];
  return { ...set, session };
}

/**
 * The SCP levels that apply to `accountId` (root → account) as named policies, each by its Organizations name and
 * ARN so explanations can name it, or null when no SCP applies.
 */
export function scpPolicies(state: WorldState, accountId: string): NamedPolicy[][] | null {
  const org = state.organization;
  const levels = scpLevels(state, accountId);
  if (!org || !levels) return null;
  return levels.map((level) =>
    level.flatMap((scp) => named('scp', 'scp', scp.document, scp.name, policyArn(org, scp))),
  );
}

/** The role or user record behind a non-root principal. */
function entityOf(account: AccountState, principal: Exclude<Principal, { kind: 'root' }>): PrincipalEntity {
  const entity =
    principal.kind === 'user'
      ? account.iam.users[principal.userKey]
      : account.iam.roles[principal.session.roleKey];
  if (!entity) throw new Error(`principal ${principal.arn} has no IAM entity`);
  return entity;
}

function entityPolicies(
  account: AccountState,
  entity: Pick<PrincipalEntity, 'inlinePolicies' | 'attachedPolicies'>,
): NamedPolicy[] {
  const inline = Object.entries(entity.inlinePolicies).flatMap(([name, doc]) =>
    named('identity', 'identity', doc, name),
  );
  return [...inline, ...entity.attachedPolicies.flatMap((arn) => managedNamed(account, arn, 'identity'))];
}

/** The default version of a managed policy (customer or AWS managed), as a named policy of `type`. */
export function managedDocument(account: AccountState, arn: string): string | null {
  const customer = account.iam.policies[arn];
  if (customer)
    return customer.versions.find((v) => v.versionId === customer.defaultVersionId)?.document ?? null;
  return awsManagedPolicy(arn)?.document ?? null;
}

function managedNamed(account: AccountState, arn: string, type: PolicyType): NamedPolicy[] {
  const doc = managedDocument(account, arn);
  if (doc === null) return [];
  const name = arn.slice(arn.lastIndexOf('/') + 1);
  return named(
    type,
    type === 'permissionsBoundary' ? 'boundary' : type === 'session' ? 'session' : 'identity',
    doc,
    name,
    arn,
  );
}

const parsed = new Map<string, NamedPolicy['document']>();

/** Parses a stored document once; documents are validated when stored, so a failure here is a simulator bug. */
export function named(
  type: PolicyType,
  kind: PolicyKind,
  text: string,
  name: string,
  arn?: string,
): NamedPolicy[] {
  const key = `${kind}\u0000${text}`;
  let document = parsed.get(key);
  if (document === undefined) {
    const result = parsePolicy(text, kind);
    if (!result.ok) throw new Error(`stored ${kind} policy ${name} does not parse: ${result.error.message}`);
    document = result.policy;
    parsed.set(key, document);
  }
  return [arn === undefined ? { type, name, document } : { type, name, arn, document }];
}
