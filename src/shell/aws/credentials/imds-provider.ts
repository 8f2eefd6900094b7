import { imdsRequest } from '../../../sim/ec2/imds.ts';
import type { World } from '../../../sim/world/index.ts';
import type { ResolvedCredentials } from './types.ts';

const TTL = '21600';

/**
 * botocore's `InstanceMetadataFetcher`: an IMDSv2 token (falling back to IMDSv1 on 403/404/405), the role name from
 * `iam/security-credentials/`, then its JSON. Any failure means no credentials from this provider.
 */
export function imdsCredentials(world: World, instanceId: string): ResolvedCredentials | null {
  const token = imdsRequest(world, instanceId, {
    method: 'PUT',
    path: '/latest/api/token',
    headers: { 'x-aws-ec2-metadata-token-ttl-seconds': TTL },
  });
  if (token.status === 0) return null;
  const headers: Record<string, string> =
    token.status === 200 ? { 'x-aws-ec2-metadata-token': token.body } : {};
  if (token.status !== 200 && ![403, 404, 405].includes(token.status)) return null;
  const base = '/latest/meta-data/iam/security-credentials/';
  const roles = imdsRequest(world, instanceId, { method: 'GET', path: base, headers });
  const role = roles.status === 200 ? roles.body.split('\n')[0]?.trim() : '';
  if (!role) return null;
  const page = imdsRequest(world, instanceId, { method: 'GET', path: `${base}${role}`, headers });
  if (page.status !== 200) return null;
  const data = JSON.parse(page.body) as Record<string, string>;
  if (!data.AccessKeyId || !data.SecretAccessKey) return null;
  return {
    credentials: {
      accessKeyId: data.AccessKeyId,
      secretAccessKey: data.SecretAccessKey,
      ...(data.Token ? { sessionToken: data.Token } : {}),
    },
    method: 'iam-role',
    source: `instance metadata (${instanceId}, role ${role})`,
  };
}

/** botocore's `IMDSRegionProvider`: the region from the instance's availability zone, or null. */
export function imdsRegion(world: World, instanceId: string): string | null {
  const token = imdsRequest(world, instanceId, {
    method: 'PUT',
    path: '/latest/api/token',
    headers: { 'x-aws-ec2-metadata-token-ttl-seconds': TTL },
  });
  if (token.status === 0) return null;
  const headers: Record<string, string> =
    token.status === 200 ? { 'x-aws-ec2-metadata-token': token.body } : {};
  const az = imdsRequest(world, instanceId, {
    method: 'GET',
    path: '/latest/meta-data/placement/availability-zone',
    headers,
  });
  return az.status === 200 && az.body ? az.body.slice(0, -1) : null;
}
