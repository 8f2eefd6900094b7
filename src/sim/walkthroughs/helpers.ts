import { isAwsError } from '../aws-error.ts';
import { imdsRequest } from '../ec2/imds.ts';
import { SANDBOX_ACCOUNTS } from '../scenarios/default-sandbox.ts';
import type { Credentials } from '../world/credentials.ts';
import type { CallResult, World } from '../world/world.ts';

/** Sandbox account ids and the callers the walkthroughs use. */
export const DEV = SANDBOX_ACCOUNTS.dev;
export const PROD = SANDBOX_ACCOUNTS.prod;
export const STUDENT = `arn:aws:iam::${DEV}:user/student`;
export const devRoot = { principal: `arn:aws:iam::${DEV}:root` } as const;
export const prodRoot = { principal: `arn:aws:iam::${PROD}:root` } as const;
export const nobody = { anonymous: true } as const;

/** The caller for the `Credentials` of an AssumeRole* answer; a failed call is a test failure. */
export function sessionOf(result: CallResult): Credentials {
  if (isAwsError(result)) throw new Error(`expected credentials, got ${result.code}: ${result.message}`);
  const c = (
    result as { Credentials: { AccessKeyId: string; SecretAccessKey: string; SessionToken: string } }
  ).Credentials;
  return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken };
}

/** A trust policy statement list for a service principal. */
export function serviceTrust(service: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }],
  });
}

/** The id of the instance tagged Name=`name` in `accountId`. */
export function instanceNamed(world: World, accountId: string, name: string): string {
  const instances = Object.values(world.state.accounts[accountId]?.ec2.instances ?? {});
  const found = instances.find((i) => i.tags.some((t) => t.Key === 'Name' && t.Value === name));
  if (!found) throw new Error(`no instance named ${name} in ${accountId}`);
  return found.instanceId;
}

/** What software on the instance gets from IMDSv2: the role's credentials, as the SDK's credential chain reads them. */
export function imdsCredentials(world: World, instanceId: string): Credentials {
  const token = imdsRequest(world, instanceId, {
    method: 'PUT',
    path: '/latest/api/token',
    headers: { 'X-aws-ec2-metadata-token-ttl-seconds': '21600' },
  }).body;
  const get = (path: string) =>
    imdsRequest(world, instanceId, { method: 'GET', path, headers: { 'X-aws-ec2-metadata-token': token } });
  const base = '/latest/meta-data/iam/security-credentials/';
  const roleName = get(base).body;
  const page = JSON.parse(get(base + roleName).body) as Record<string, string>;
  return {
    accessKeyId: page.AccessKeyId ?? '',
    secretAccessKey: page.SecretAccessKey ?? '',
    sessionToken: page.Token ?? '',
  };
}
