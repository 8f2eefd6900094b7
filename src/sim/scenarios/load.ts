import { awsManagedPolicies } from '../iam/aws-managed.ts';
import { policyExists } from '../iam/policy-checks.ts';
import { bindTrustPrincipals } from '../iam/trust-principals.ts';
import { newUser } from '../iam/users.ts';
import { type PolicyKind, parsePolicy } from '../policy/index.ts';
import {
  addAccount,
  addOrganizationalUnit,
  attachScp,
  createOrganization,
  createScp,
  placeAccount,
} from '../world/accounts.ts';
import { isoSeconds } from '../world/operation.ts';
import type { AccountState } from '../world/state.ts';
import { createWorld, type World } from '../world/world.ts';
import { buildBuckets } from './buckets.ts';
import { buildIdentityProviders } from './identity-providers.ts';
import { buildInstances } from './instances.ts';
import { type Scenario, scenarioSchema } from './schema.ts';
import { buildTables } from './tables.ts';

/** A scenario author's mistake: names the scenario and the field, with a hint. */
export class ScenarioError extends Error {
  constructor(scenario: string, field: string, problem: string) {
    super(`scenario ${scenario}: ${field}: ${problem}`);
    this.name = 'ScenarioError';
  }
}

/** Validates scenario data (zod) and builds its world. Throws ScenarioError naming the field on author mistakes. */
export function loadScenario(input: unknown, label = 'scenario'): World {
  const parsed = scenarioSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ScenarioError(
      label,
      issue ? issue.path.join('.') || '(root)' : '(root)',
      issue?.message ?? 'invalid',
    );
  }
  return build(parsed.data);
}

function build(s: Scenario): World {
  const world = createWorld({ seed: s.seed, start: s.start });
  const { state, ids } = world;
  const created = isoSeconds(world.clock.now());
  const doc = (field: string, value: string | Record<string, unknown>, kind: PolicyKind): string => {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    const result = parsePolicy(text, kind);
    if (!result.ok) throw new ScenarioError(s.name, field, `${result.error.message} (a ${kind} policy)`);
    return text;
  };
  const account = (field: string, id: string): AccountState => {
    const found = state.accounts[id];
    if (!found) throw new ScenarioError(s.name, field, `account ${id} is not listed under accounts`);
    return found;
  };
  // Attached policies and boundaries must exist, as IAM's AttachRolePolicy and PutRolePermissionsBoundary insist.
  const managed = (field: string, acct: AccountState, arn: string): string => {
    if (!policyExists(acct, arn)) throw new ScenarioError(s.name, field, unknownPolicy(arn, acct.id));
    return arn;
  };
  const boundary = (field: string, acct: AccountState, arn: string | undefined): string | null =>
    arn === undefined ? null : managed(field, acct, arn);
  for (const a of s.accounts) addAccount(state, a.id, a.alias ?? null);
  if (s.organization) buildOrganization(world, s, doc);

  s.policies.forEach((p, i) => {
    const acct = account(`policies[${i}].account`, p.account);
    const arn = `arn:aws:iam::${acct.id}:policy${p.path}${p.name}`;
    acct.iam.policies[arn] = {
      policyName: p.name,
      policyId: ids.uniqueId('managedPolicy'),
      arn,
      path: p.path,
      defaultVersionId: 'v1',
      description: p.description ?? null,
      createDate: created,
      updateDate: created,
      tags: [],
      versions: [
        {
          versionId: 'v1',
          document: doc(`policies[${i}].document`, p.document, 'identity'),
          createDate: created,
        },
      ],
      nextVersion: 2,
    };
  });

  s.users.forEach((u, i) => {
    const acct = account(`users[${i}].account`, u.account);
    const user = newUser(acct.id, ids.uniqueId('user'), u.name, u.path, created);
    Object.assign(user, {
      tags: u.tags,
      permissionsBoundary: boundary(`users[${i}].permissionsBoundary`, acct, u.permissionsBoundary),
    });
    for (const [name, d] of Object.entries(u.inlinePolicies)) {
      user.inlinePolicies[name] = doc(`users[${i}].inlinePolicies.${name}`, d, 'identity');
    }
    user.attachedPolicies.push(
      ...u.managedPolicies.map((arn, j) => managed(`users[${i}].managedPolicies[${j}]`, acct, arn)),
    );
    acct.iam.users[u.name.toLowerCase()] = user;
    for (const key of u.accessKeys) {
      state.accessKeys[key.id] = {
        accessKeyId: key.id,
        secretAccessKey: key.secret,
        accountId: acct.id,
        userName: u.name,
        status: 'Active',
        createDate: created,
      };
    }
  });

  s.roles.forEach((r, i) => {
    const acct = account(`roles[${i}].account`, r.account);
    const inlinePolicies: Record<string, string> = {};
    for (const [name, d] of Object.entries(r.inlinePolicies)) {
      inlinePolicies[name] = doc(`roles[${i}].inlinePolicies.${name}`, d, 'identity');
    }
    acct.iam.roles[r.name.toLowerCase()] = {
      path: r.path,
      roleName: r.name,
      roleId: ids.uniqueId('role'),
      arn: `arn:aws:iam::${acct.id}:role${r.path}${r.name}`,
      createDate: created,
      assumeRolePolicyDocument: doc(`roles[${i}].trustPolicy`, r.trustPolicy, 'trust'),
      description: r.description ?? null,
      maxSessionDuration: r.maxSessionDuration,
      permissionsBoundary: boundary(`roles[${i}].permissionsBoundary`, acct, r.permissionsBoundary),
      tags: r.tags,
      inlinePolicies,
      attachedPolicies: r.managedPolicies.map((arn, j) =>
        managed(`roles[${i}].managedPolicies[${j}]`, acct, arn),
      ),
      lastUsed: null,
    };
  });
  // Bind trust principals to unique ids once every user and role exists (roles may trust each other).
  for (const r of s.roles) {
    const role = account(`roles`, r.account).iam.roles[r.name.toLowerCase()];
    if (role) role.trustPrincipalIds = bindTrustPrincipals(world.state, role.assumeRolePolicyDocument);
  }
  buildBuckets(world, s, created);
  buildInstances(world, s, created);
  buildTables(world, s, created);
  buildIdentityProviders(world, s, created);
  return world;
}

/** Why a managed policy ARN is unknown, and what the author can use instead. */
function unknownPolicy(arn: string, accountId: string): string {
  // Service-linked role policies are left out: they attach to nothing but their service-linked role.
  const known = awsManagedPolicies
    .filter((p) => p.path !== '/aws-service-role/')
    .map((p) => `${p.path.slice(1)}${p.policyName}`)
    .join(', ');
  return `no managed policy ${arn} (AWS managed policies known: ${known}; or define it under policies with account ${accountId})`;
}

function buildOrganization(
  world: World,
  s: Scenario,
  doc: (field: string, value: string | Record<string, unknown>, kind: PolicyKind) => string,
): void {
  const org = s.organization;
  if (!org) return;
  const { state } = world;
  const random = world.ids.random;
  if (!state.accounts[org.managementAccount]) {
    throw new ScenarioError(
      s.name,
      'organization.managementAccount',
      `account ${org.managementAccount} is not listed`,
    );
  }
  const { root } = createOrganization(state, random, org.managementAccount);
  const scpIds = new Map<string, string>();
  org.scps.forEach((p, i) => {
    scpIds.set(
      p.name,
      createScp(state, random, p.name, doc(`organization.scps[${i}].document`, p.document, 'scp')),
    );
  });
  const scp = (field: string, name: string) => {
    const id = scpIds.get(name);
    if (!id) throw new ScenarioError(s.name, field, `no SCP named ${name} under organization.scps`);
    return id;
  };
  org.rootScps.forEach((name, i) => {
    attachScp(state, scp(`organization.rootScps[${i}]`, name), root.id);
  });
  for (const id of org.rootAccounts) placeAccount(state, id, root.id);
  const unitIds = new Map<string, string>();
  org.units.forEach((u, i) => {
    const parent = u.parent === undefined ? root.id : unitIds.get(u.parent);
    if (!parent)
      throw new ScenarioError(s.name, `organization.units[${i}].parent`, `no earlier OU named ${u.parent}`);
    const id = addOrganizationalUnit(state, random, u.name, parent);
    unitIds.set(u.name, id);
    u.scps.forEach((name, j) => {
      attachScp(state, scp(`organization.units[${i}].scps[${j}]`, name), id);
    });
    for (const accountId of u.accounts) {
      if (!state.accounts[accountId]) {
        throw new ScenarioError(
          s.name,
          `organization.units[${i}].accounts`,
          `account ${accountId} is not listed`,
        );
      }
      placeAccount(state, accountId, id);
    }
  });
}
