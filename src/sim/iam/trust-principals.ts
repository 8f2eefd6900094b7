import { type AwsError, invalidPrincipal } from '../policy/index.ts';
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

/**
 * The first IAM user or role ARN in `values` that names no entity, in an account the world models; null when all
 * exist. IAM saves such ARNs as the entity's unique id, so one that names nobody cannot be saved ("IAM role
 * principals" / "IAM user principals", IAM JSON policy elements: Principal; re:Post "Invalid principal in policy":
 * "confirm that the user or role wasn't deleted"). Only user and role ARNs are checked: account roots and bare
 * account ids name accounts, and assumed-role and federated-user session ARNs name sessions, which the Principal
 * page lists as valid principals without transforming them to ids. Accounts the world does not hold cannot be
 * judged and pass. Shared with S3's PutBucketPolicy, which rejects the same ARNs.
 */
export function missingEntityPrincipal(state: WorldState, values: readonly string[]): string | null {
  for (const arn of values) {
    const match = ENTITY_ARN.exec(arn);
    if (match?.[1] && state.accounts[match[1]] && uniqueIdOf(state, arn) === null) return arn;
  }
  return null;
}

/**
 * `MalformedPolicyDocument: Invalid principal in policy: "AWS":"ARN"` for the first user or role the trust policy
 * names that does not exist (CreateRole, UpdateAssumeRolePolicy), else null. The message quotes the one offending
 * value, as in the CLI and CloudFormation transcripts (aws-cdk#26482, opstrace#88); that an element of an array is
 * quoted the same way alone is unverified. Expects a document that already parsed.
 */
export function checkTrustPrincipals(state: WorldState, text: string): AwsError | null {
  const missing = missingEntityPrincipal(state, awsPrincipals(text));
  return missing === null ? null : invalidPrincipal('AWS', missing);
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
