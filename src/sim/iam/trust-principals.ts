import type { WorldState } from '../world/state.ts';
import type { RoleRecord } from './state.ts';

const ENTITY_ARN = /^arn:aws:iam::(\d{12}):(user|role)\/(?:.*\/)?([^/]+)$/;

/**
 * IAM keeps a trust policy's user and role principals as their unique ids ("IAM identifiers", unique identifiers:
 * "When you save the policy, AWS transforms the ARN to a unique principal ID"). This records, for each user or role
 * ARN the document names, the id of the entity that holds it now; ARNs of entities that do not exist are not bound.
 */
export function bindTrustPrincipals(state: WorldState, text: string): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const arn of awsPrincipals(text)) {
    const id = uniqueIdOf(state, arn);
    if (id !== null) ids[arn] = id;
  }
  return ids;
}

/**
 * The trust policy as IAM shows and evaluates it: an ARN whose entity was deleted — even if one was created again
 * under the same name, with a new id — appears as the old unique id (AIDA…/AROA…), which names nobody.
 * Unchanged text when every bound principal still exists.
 */
export function trustPolicyText(state: WorldState, role: RoleRecord): string {
  const bound = role.trustPrincipalIds;
  if (!bound) return role.assumeRolePolicyDocument;
  const stale = new Map(Object.entries(bound).filter(([arn, id]) => uniqueIdOf(state, arn) !== id));
  if (stale.size === 0) return role.assumeRolePolicyDocument;
  const doc = JSON.parse(role.assumeRolePolicyDocument) as { Statement?: unknown };
  const swap = (v: unknown) => (typeof v === 'string' ? (stale.get(v) ?? v) : v);
  for (const statement of statementsOf(doc)) {
    const principal = statement.Principal as { AWS?: unknown } | undefined;
    if (principal && typeof principal === 'object' && principal.AWS !== undefined) {
      principal.AWS = Array.isArray(principal.AWS) ? principal.AWS.map(swap) : swap(principal.AWS);
    }
  }
  return JSON.stringify(doc);
}

/** The unique id of the user or role an ARN names, or null when none exists now. */
function uniqueIdOf(state: WorldState, arn: string): string | null {
  const match = ENTITY_ARN.exec(arn);
  const account = match?.[1] ? state.accounts[match[1]] : undefined;
  if (!match || !account) return null;
  const key = (match[3] ?? '').toLowerCase();
  if (match[2] === 'user') {
    const user = account.iam.users[key];
    return user?.arn === arn ? user.userId : null;
  }
  const role = account.iam.roles[key];
  return role?.arn === arn ? role.roleId : null;
}

function awsPrincipals(text: string): string[] {
  const doc = JSON.parse(text) as { Statement?: unknown };
  return statementsOf(doc).flatMap((s) => {
    const aws = (s.Principal as { AWS?: unknown } | undefined)?.AWS;
    const values = Array.isArray(aws) ? aws : [aws];
    return values.filter((v): v is string => typeof v === 'string' && ENTITY_ARN.test(v));
  });
}

function statementsOf(doc: { Statement?: unknown }): Record<string, unknown>[] {
  const list = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
  return list.filter((s): s is Record<string, unknown> => typeof s === 'object' && s !== null);
}
