import type { AwsError } from '../aws-error.ts';
import { missingEntityPrincipal } from '../iam/trust-principals.ts';
import { parsePolicy, type Statement } from '../policy/index.ts';
import type { WorldState } from '../world/state.ts';
import { ACCOUNT_ACTIONS, BUCKET_ACTIONS, OBJECT_ACTIONS } from './actions.ts';
import { s3Errors } from './errors.ts';

// S3's MalformedPolicy messages. Verified in CLI transcripts (public issues): invalid resource, invalid principal,
// action not applying to resources, missing Principal. The others come from S3-compatible servers that copy AWS
// (versitygw, Seagate CORTX) and say so where unverified.
const MESSAGES = {
  json: 'This policy contains invalid Json',
  resource: 'Policy has invalid resource',
  principal: 'Invalid principal in policy',
  notApplicable: 'Action does not apply to any resource(s) in statement',
  missingPrincipal: 'Missing required field Principal',
  /** wording unverified (versitygw). */
  action: 'Policy has invalid action',
  /** wording unverified (Seagate CORTX). */
  missingResource: 'Missing required field Resource',
  /** wording unverified. */
  missingAction: 'Missing required field Action',
} as const;

/**
 * Validates a bucket policy the way PutBucketPolicy does: IAM's grammar (`parsePolicy(doc, 'resource')`), then S3's
 * own rules — every Resource names this bucket or its objects, every action applies to one of them, every IAM user
 * or role named as a principal exists. Returns S3's `MalformedPolicy` value or null.
 */
export function checkBucketPolicy(state: WorldState, bucket: string, text: string): AwsError | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return s3Errors.malformedPolicy(MESSAGES.json);
  }
  const effect = badEffect(json);
  // wording unverified (versitygw): S3's message for an Effect other than Allow/Deny.
  if (effect !== null) return s3Errors.malformedPolicy(`Invalid effect: ${effect}`);
  const parsed = parsePolicy(json, 'resource');
  if (!parsed.ok) return s3Errors.malformedPolicy(fromIamMessage(parsed.error.message));
  for (const statement of parsed.policy.statements) {
    const problem = checkStatement(state, bucket, statement);
    if (problem) return s3Errors.malformedPolicy(problem);
  }
  return null;
}

/** IAM's wording for the same grammar problem → S3's. */
function fromIamMessage(message: string): string {
  if (message.startsWith('Invalid principal in policy')) return MESSAGES.principal;
  if (message === 'Missing required field Principal') return MESSAGES.missingPrincipal;
  if (message === 'Policy statement must contain resources.') return MESSAGES.missingResource;
  if (message === 'Policy statement must contain actions.') return MESSAGES.missingAction;
  if (/must be in ARN format/.test(message)) return MESSAGES.resource;
  if (/vendor|colon/i.test(message)) return MESSAGES.action;
  if (message === 'Statement IDs (SID) in a single policy must be unique.') return message; // wording unverified
  return MESSAGES.json; // wording unverified: S3's text for other grammar errors
}

function checkStatement(state: WorldState, bucket: string, s: Statement): string | null {
  const resources = s.resource?.values ?? [];
  if (resources.length === 0) return MESSAGES.missingResource;
  const parts = resources.map((r) => resourceParts(r, bucket));
  if (parts.some((p) => p === null)) return MESSAGES.resource;
  const onBucket = parts.some((p) => p?.bucketLevel);
  const onObjects = parts.some((p) => p?.objectLevel);
  if (s.action.kind === 'Action') {
    for (const action of s.action.values) {
      const problem = checkAction(action, onBucket, onObjects);
      if (problem) return problem;
    }
  }
  return checkPrincipals(state, s);
}

/** What a Resource value names in this bucket; null when it is not this bucket's ARN (`*` included). */
function resourceParts(
  resource: string,
  bucket: string,
): { bucketLevel: boolean; objectLevel: boolean } | null {
  const match = /^arn:aws:s3:::([^/]+)(\/.*)?$/.exec(resource);
  if (!match?.[1] || !globMatches(match[1], bucket)) return null;
  const wildBucket = match[1].includes('*');
  return { bucketLevel: match[2] === undefined, objectLevel: match[2] !== undefined || wildBucket };
}

function checkAction(action: string, onBucket: boolean, onObjects: boolean): string | null {
  const [vendor, name = ''] = action.split(':');
  if (action === '*') return onBucket || onObjects ? null : MESSAGES.notApplicable;
  if (vendor?.toLowerCase() !== 's3') return MESSAGES.action; // wording unverified for other services' actions
  const matches = (list: readonly string[]) =>
    list.some((a) => globMatches(name.toLowerCase(), a.toLowerCase()));
  const bucketHit = matches(BUCKET_ACTIONS);
  const objectHit = matches(OBJECT_ACTIONS);
  if (!bucketHit && !objectHit && !matches(ACCOUNT_ACTIONS)) return MESSAGES.action;
  return (bucketHit && onBucket) || (objectHit && onObjects) ? null : MESSAGES.notApplicable;
}

/** IAM users and roles named in Principal must exist when their account is in the world (as in trust policies). */
function checkPrincipals(state: WorldState, s: Statement): string | null {
  const spec = s.principal?.spec;
  if (!spec || spec.kind === '*') return null;
  return missingEntityPrincipal(state, spec.entries.AWS ?? []) === null ? null : MESSAGES.principal;
}

/** The Effect of the first statement whose Effect is a string other than Allow/Deny, or null. */
function badEffect(json: unknown): string | null {
  if (typeof json !== 'object' || json === null) return null;
  const raw = (json as { Statement?: unknown }).Statement;
  const statements = Array.isArray(raw) ? raw : [raw];
  for (const st of statements) {
    const effect = (st as { Effect?: unknown } | null)?.Effect;
    if (typeof effect === 'string' && effect !== 'Allow' && effect !== 'Deny') return effect;
  }
  return null;
}

/** Case-sensitive `*`/`?` glob match of a whole value. */
function globMatches(pattern: string, value: string): boolean {
  const body = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 's').test(value);
}
