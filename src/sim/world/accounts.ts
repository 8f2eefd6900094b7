import { emptyDynamoDbState } from '../dynamodb/state.ts';
import { emptyEc2State } from '../ec2/state.ts';
import { emptyIamState } from '../iam/state.ts';
import { emptyLambdaState } from '../lambda/state.ts';
import { emptyLogsState } from '../logs/state.ts';
import { emptyS3State } from '../s3/state.ts';
import { type Random, randomString } from './random.ts';
import type { AccountState, OrganizationState, ScpRecord, WorldState } from './state.ts';

const LOWER_DIGITS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** The id and document of the SCP AWS Organizations attaches to every root, OU and account by default. */
export const FULL_AWS_ACCESS = {
  id: 'p-FullAWSAccess',
  name: 'FullAWSAccess',
  document: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}',
} as const;

/** Adds an account (12-digit id) to the world; a simulator bug if the id is malformed or taken. */
export function addAccount(state: WorldState, id: string, alias: string | null = null): AccountState {
  if (!/^\d{12}$/.test(id)) throw new Error(`account id must be 12 digits: ${id}`);
  if (state.accounts[id]) throw new Error(`account ${id} already exists`);
  const account: AccountState = {
    id,
    alias,
    iam: emptyIamState(),
    s3: emptyS3State(),
    ec2: emptyEc2State(),
    lambda: emptyLambdaState(),
    logs: emptyLogsState(),
    dynamodb: emptyDynamoDbState(),
  };
  state.accounts[id] = account;
  return account;
}

/** Creates the organization with `managementAccountId` under its root, FullAWSAccess attached to the root. */
export function createOrganization(
  state: WorldState,
  random: Random,
  managementAccountId: string,
): OrganizationState {
  if (state.organization) throw new Error('the world already has an organization');
  const rootId = `r-${randomString(random, LOWER_DIGITS, 4)}`;
  state.organization = {
    id: `o-${randomString(random, LOWER_DIGITS, 10)}`,
    managementAccountId,
    root: { id: rootId, policyIds: [FULL_AWS_ACCESS.id] },
    units: {},
    accountParents: {},
    accountPolicyIds: {},
    policies: { [FULL_AWS_ACCESS.id]: { ...FULL_AWS_ACCESS } },
  };
  placeAccount(state, managementAccountId, rootId);
  return state.organization;
}

/** Adds an OU under `parentId` (the root or another OU) with FullAWSAccess attached; returns its id. */
export function addOrganizationalUnit(
  state: WorldState,
  random: Random,
  name: string,
  parentId: string,
): string {
  const org = requireOrg(state);
  if (parentId !== org.root.id && !org.units[parentId]) throw new Error(`no such parent ${parentId}`);
  const id = `ou-${org.root.id.slice(2)}-${randomString(random, LOWER_DIGITS, 8)}`;
  org.units[id] = { id, name, parentId, policyIds: [FULL_AWS_ACCESS.id] };
  return id;
}

/** Puts an account of the world into the organization under `parentId`, with FullAWSAccess attached. */
export function placeAccount(state: WorldState, accountId: string, parentId: string): void {
  const org = requireOrg(state);
  if (!state.accounts[accountId]) throw new Error(`no such account ${accountId}`);
  if (parentId !== org.root.id && !org.units[parentId]) throw new Error(`no such parent ${parentId}`);
  org.accountParents[accountId] = parentId;
  org.accountPolicyIds[accountId] ??= [FULL_AWS_ACCESS.id];
}

/** Creates an SCP and returns its id (`p-` + 8 characters). */
export function createScp(state: WorldState, random: Random, name: string, document: string): string {
  const org = requireOrg(state);
  const id = `p-${randomString(random, LOWER_DIGITS, 8)}`;
  org.policies[id] = { id, name, document };
  return id;
}

/** Attaches an SCP to the root, an OU or an account (by id). */
export function attachScp(state: WorldState, policyId: string, targetId: string): void {
  const org = requireOrg(state);
  if (!org.policies[policyId]) throw new Error(`no such SCP ${policyId}`);
  const list =
    targetId === org.root.id
      ? org.root.policyIds
      : (org.units[targetId]?.policyIds ?? org.accountPolicyIds[targetId]);
  if (!list) throw new Error(`no such SCP target ${targetId}`);
  if (!list.includes(policyId)) list.push(policyId);
}

/**
 * The SCPs that apply to principals of `accountId`, one array per level from the root down to the account, or null
 * when there is no organization, the account is outside it, or it is the management account (SCPs never restrict
 * the management account).
 */
export function scpLevels(state: WorldState, accountId: string): ScpRecord[][] | null {
  const org = state.organization;
  if (!org || accountId === org.managementAccountId || !org.accountParents[accountId]) return null;
  const docs = (ids: readonly string[]) =>
    ids.map((id) => {
      const policy = org.policies[id];
      if (!policy) throw new Error(`dangling SCP ${id}`);
      return policy;
    });
  const levels = [docs(org.accountPolicyIds[accountId] ?? [])];
  let parent = org.accountParents[accountId];
  while (parent && parent !== org.root.id) {
    const unit = org.units[parent];
    if (!unit) throw new Error(`dangling OU ${parent}`);
    levels.unshift(docs(unit.policyIds));
    parent = unit.parentId;
  }
  levels.unshift(docs(org.root.policyIds));
  return levels;
}

function requireOrg(state: WorldState): OrganizationState {
  if (!state.organization) throw new Error('the world has no organization');
  return state.organization;
}
