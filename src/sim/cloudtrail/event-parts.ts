import type { ServiceName } from '../api/model.ts';
import type { Params } from '../world/operation.ts';

/** `eventSource`: the service's endpoint name. */
export function eventSource(service: ServiceName): string {
  return service === 'accessanalyzer' ? 'access-analyzer.amazonaws.com' : `${service}.amazonaws.com`;
}

/**
 * Read-only calls (`readOnly: true`): reads and lookups; GetCallerIdentity and the AssumeRole calls are logged as reads
 * too (the AssumeRoleWithSAML and AssumeRoleWithWebIdentity examples in the IAM User Guide show `"readOnly": true`).
 */
export function isReadOnly(operation: string): boolean {
  return /^(Get|List|Describe|Head|Lookup)/.test(operation) || isAssumeRole(operation);
}

/** AssumeRole, AssumeRoleWithSAML, AssumeRoleWithWebIdentity: reads whose response the record keeps. */
function isAssumeRole(operation: string): boolean {
  return /^AssumeRole(WithSAML|WithWebIdentity)?$/.test(operation);
}

/** Members a record never shows: S3 bodies, and the token or assertion a federated caller signs in with. */
const UNRECORDED_MEMBERS: ReadonlySet<string> = new Set(['Body', 'WebIdentityToken', 'SAMLAssertion']);

/** S3 object-level calls are data events: CloudTrail's event history never records them. */
export const S3_DATA_EVENTS: ReadonlySet<string> = new Set([
  'GetObject',
  'PutObject',
  'HeadObject',
  'DeleteObject',
  'CopyObject',
  'ListObjects',
  'ListObjectsV2',
]);

/** DynamoDB item-level calls are data events too ("Logging data events": `AWS::DynamoDB::Table`). */
export const DYNAMODB_DATA_EVENTS: ReadonlySet<string> = new Set([
  'GetItem',
  'PutItem',
  'DeleteItem',
  'Query',
  'Scan',
]);

/**
 * `requestParameters`: the request's members with lower-camel names (S3's `Bucket` is `bucketName`) and `extra`
 * members the service adds, or null.
 */
export function requestParameters(
  service: ServiceName,
  params: Params,
  extra: Record<string, unknown> = {},
): Record<string, unknown> | null {
  const entries = Object.entries(params).filter(([k]) => !UNRECORDED_MEMBERS.has(k));
  if (entries.length === 0 && Object.keys(extra).length === 0) return null;
  const out: Record<string, unknown> = { ...extra };
  for (const [key, value] of entries) {
    out[service === 's3' && key === 'Bucket' ? 'bucketName' : lowerFirst(key)] = camelize(value, false);
  }
  if (service === 's3' && typeof params.Bucket === 'string') out.Host = `${params.Bucket}.s3.amazonaws.com`;
  return out;
}

/**
 * `responseElements`: what a write returned, lower-camel, timestamps as CloudTrail prints them
 * ("Oct 2, 2019 11:12:29 PM"), secret access keys left out. Reads (except the AssumeRole calls) and S3 log null.
 */
export function responseElements(
  service: ServiceName,
  operation: string,
  result: Record<string, unknown>,
): Record<string, unknown> | null {
  if (service === 's3' || (isReadOnly(operation) && !isAssumeRole(operation))) return null;
  const out = camelize(result, true) as Record<string, unknown>;
  return Object.keys(out).length === 0 ? null : out;
}

/** The `Resources` the event history lists (type and name), from the request and its result. */
export function eventResources(
  service: ServiceName,
  params: Params,
  result: Record<string, unknown> | null,
): { ResourceType: string; ResourceName: string }[] {
  const out: { ResourceType: string; ResourceName: string }[] = [];
  const add = (type: string, name: unknown) => {
    if (typeof name === 'string') out.push({ ResourceType: type, ResourceName: name });
  };
  if (service === 's3') add('AWS::S3::Bucket', params.Bucket);
  if (service === 'iam') {
    add('AWS::IAM::Role', params.RoleName);
    add('AWS::IAM::User', params.UserName);
    add('AWS::IAM::Policy', params.PolicyArn);
    add('AWS::IAM::InstanceProfile', params.InstanceProfileName);
  }
  if (service === 'sts') {
    // wording unverified: the resource types event history shows for AssumeRole.
    const creds = result?.Credentials as { AccessKeyId?: string } | undefined;
    const user = result?.AssumedRoleUser as { AssumedRoleId?: string } | undefined;
    add('AWS::IAM::AccessKey', creds?.AccessKeyId);
    add('AWS::STS::AssumedRole', user?.AssumedRoleId);
    add('AWS::IAM::Role', params.RoleArn);
  }
  return out;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** CloudTrail's (Java) rendering of a time in responseElements: `Oct 2, 2019 11:12:29 PM`. */
export function javaTime(iso: string): string {
  const d = new Date(iso);
  const h = d.getUTCHours();
  const pad = (n: number) => String(n).padStart(2, '0');
  const clock = `${h % 12 === 0 ? 12 : h % 12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()} ${clock} ${h < 12 ? 'AM' : 'PM'}`;
}

function camelize(value: unknown, response: boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => camelize(v, response));
  if (typeof value === 'string' && response && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(value)) {
    return javaTime(value);
  }
  if (typeof value !== 'object' || value === null || value instanceof Uint8Array) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === 'SecretAccessKey') continue;
    out[lowerFirst(k)] = camelize(v, response);
  }
  return out;
}

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}
