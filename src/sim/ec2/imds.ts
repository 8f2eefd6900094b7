import { randomString } from '../world/random.ts';
import type { AccountState } from '../world/state.ts';
import type { World } from '../world/world.ts';
import { REGION } from './authorize.ts';
import { iamInfo, instanceRole, securityCredentials } from './imds-credentials.ts';
import { IMDS_BAD_REQUEST, IMDS_NOT_FOUND, IMDS_UNAUTHORIZED, imdsJson } from './imds-pages.ts';
import { privateDnsName } from './instance-view.ts';
import type { InstanceRecord } from './state.ts';

/** An HTTP request to 169.254.169.254 from inside an instance. */
export interface ImdsRequest {
  readonly method: string;
  /** Path with leading slash, e.g. `/latest/meta-data/instance-id`. */
  readonly path: string;
  /** Header names are matched case-insensitively. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** IMDS's answer. */
export interface ImdsResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

const TOKEN_HEADER = 'x-aws-ec2-metadata-token';
const TTL_HEADER = 'x-aws-ec2-metadata-token-ttl-seconds';
const MAX_TTL = 21600;
const TOKEN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * The instance metadata service as instance `instanceId` sees it. IMDSv2: `PUT /latest/api/token` with a TTL header
 * (1–21600 s) returns a session token that GETs send in `X-aws-ec2-metadata-token`. A GET without a token is IMDSv1,
 * answered only while the instance's HttpTokens is `optional`; otherwise, and for a bad or expired token, 401.
 * Credentials under iam/security-credentials/ROLE are a live STS session of the role. Mutates the world (tokens,
 * sessions) but never does I/O. An unknown instance id is a simulator bug.
 */
export function imdsRequest(world: World, instanceId: string, request: ImdsRequest): ImdsResponse {
  const found = findInstance(world, instanceId);
  if (!found) throw new Error(`IMDS request from unknown instance ${instanceId}`);
  const { account, instance } = found;
  const headers = lowerKeys(request.headers ?? {});
  const method = request.method.toUpperCase();
  if (instance.httpEndpoint === 'disabled' || instance.state !== 'running') {
    // The endpoint does not answer at all; curl reports a connection failure. wording unverified
    return { status: 0, headers: {}, body: '' };
  }
  if (request.path === '/latest/api/token') {
    if (method !== 'PUT') return text(405, '');
    return issueToken(world, account, instance, headers[TTL_HEADER]);
  }
  if (method !== 'GET' && method !== 'HEAD') return text(405, '');
  const token = headers[TOKEN_HEADER];
  if (token !== undefined) {
    const record = account.ec2.imdsTokens[token];
    if (!record || record.instanceId !== instanceId || record.expiresAt <= world.clock.epochMs())
      return text(401, IMDS_UNAUTHORIZED);
  } else if (instance.httpTokens === 'required') {
    return text(401, IMDS_UNAUTHORIZED);
  }
  const body = resolve(world, account, instance, request.path);
  return body === null ? text(404, IMDS_NOT_FOUND) : text(200, body);
}

function issueToken(
  world: World,
  account: AccountState,
  instance: InstanceRecord,
  ttlText: string | undefined,
): ImdsResponse {
  const ttl = ttlText !== undefined && /^\d+$/.test(ttlText.trim()) ? Number(ttlText) : Number.NaN;
  if (!(ttl >= 1 && ttl <= MAX_TTL)) return text(400, IMDS_BAD_REQUEST);
  const token = `AQAEA${randomString(world.ids.random, TOKEN_ALPHABET, 51)}==`;
  account.ec2.imdsTokens[token] = {
    instanceId: instance.instanceId,
    expiresAt: world.clock.epochMs() + ttl * 1000,
  };
  return { status: 200, headers: { 'Content-Type': 'text/plain', [TTL_HEADER]: String(ttl) }, body: token };
}

/** The body at `path`, or null (404). Directory listings end entries needing more with `/`. */
function resolve(world: World, account: AccountState, instance: InstanceRecord, path: string): string | null {
  const clean = path.replace(/\/+$/, '');
  const md = '/latest/meta-data';
  switch (clean) {
    case '':
      return 'latest';
    case '/latest':
      return 'dynamic\nmeta-data';
    case '/latest/dynamic':
      return 'instance-identity/';
    case '/latest/dynamic/instance-identity':
      return 'document';
    case '/latest/dynamic/instance-identity/document':
      return identityDocument(account, instance);
  }
  if (clean !== md && !clean.startsWith(`${md}/`)) return null;
  const sub = clean.slice(md.length + 1);
  const dns = privateDnsName(instance.privateIp);
  const leaves: Readonly<Record<string, string>> = {
    'ami-id': instance.imageId,
    'ami-launch-index': String(instance.amiLaunchIndex),
    hostname: dns,
    'instance-id': instance.instanceId,
    'instance-life-cycle': 'on-demand',
    'instance-type': instance.instanceType,
    'local-hostname': dns,
    'local-ipv4': instance.privateIp,
    'placement/availability-zone': instance.availabilityZone,
    'placement/region': REGION,
    'reservation-id': instance.reservationId,
    'security-groups': 'default',
  };
  const leaf = leaves[sub];
  if (leaf !== undefined) return leaf;
  if (sub === '') return listing(Object.keys(leaves), instanceRole(world, account, instance) !== null);
  if (sub === 'placement') return 'availability-zone\nregion';
  if (!sub.startsWith('iam')) return null;
  const role = instanceRole(world, account, instance);
  if (!role) return null;
  if (sub === 'iam') return 'info\nsecurity-credentials/';
  if (sub === 'iam/info') return iamInfo(role);
  if (sub === 'iam/security-credentials') return role.roleName;
  if (sub === `iam/security-credentials/${role.roleName}`) return securityCredentials(role);
  return null;
}

/** The meta-data/ listing: top-level names, directories with a trailing slash, in alphabetical order. */
function listing(leafPaths: readonly string[], hasRole: boolean): string {
  const names = new Set(leafPaths.map((p) => (p.includes('/') ? `${p.split('/')[0]}/` : p)));
  if (hasRole) names.add('iam/');
  return [...names].sort().join('\n');
}

/** `dynamic/instance-identity/document`: the User Guide's fields; key order as current IMDS prints it (order unverified). */
function identityDocument(account: AccountState, instance: InstanceRecord): string {
  return imdsJson({
    accountId: account.id,
    architecture: 'x86_64',
    availabilityZone: instance.availabilityZone,
    billingProducts: null,
    devpayProductCodes: null,
    marketplaceProductCodes: null,
    imageId: instance.imageId,
    instanceId: instance.instanceId,
    instanceType: instance.instanceType,
    kernelId: null,
    pendingTime: `${instance.launchTime.slice(0, 19)}Z`,
    privateIp: instance.privateIp,
    ramdiskId: null,
    region: REGION,
    version: '2017-09-30',
  });
}

function findInstance(world: World, instanceId: string) {
  for (const account of Object.values(world.state.accounts)) {
    const instance = account.ec2.instances[instanceId];
    if (instance) return { account, instance };
  }
  return null;
}

function lowerKeys(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}

function text(status: number, body: string): ImdsResponse {
  return { status, headers: { 'Content-Type': 'text/plain' }, body };
}
