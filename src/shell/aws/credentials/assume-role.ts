import { isAwsError } from '../../../sim/aws-error.ts';
import { hex, sha1, utf8 } from '../../../sim/iam/hmac.ts';
import type { Credentials } from '../../../sim/world/index.ts';
import { type SharedConfig, setting } from './profiles.ts';
import type { CredentialContext, CredentialFailure, ResolvedCredentials } from './types.ts';
import { clientError, generalError } from './types.ts';

/** What botocore's AssumeRoleProvider sends, in the order it builds the arguments. */
type AssumeArgs = {
  RoleSessionName?: string;
  ExternalId?: string;
  SerialNumber?: string;
  DurationSeconds?: number;
  RoleArn: string;
};

/** The cached AssumeRole response (what botocore's JSONFileCache keeps in ~/.aws/cli/cache). */
export interface CachedResponse {
  Credentials: { AccessKeyId: string; SecretAccessKey: string; SessionToken: string; Expiration: string };
}

/** botocore refreshes cached role credentials 15 minutes before they expire. */
const EXPIRY_WINDOW_MS = 15 * 60 * 1000;

/**
 * botocore's AssumeRoleProvider for a profile with `role_arn`: validates `source_profile`/`credential_source`, calls
 * sts:AssumeRole in the world with the source credentials (session name `botocore-session-<epoch>` unless
 * `role_session_name`), prompting for `mfa_serial`'s code, and caches the response in `~/.aws/cli/cache/<sha1>.json`
 * until 15 minutes before it expires, like the CLI.
 */
export function assumeRoleForProfile(
  ctx: CredentialContext,
  config: SharedConfig,
  profileName: string,
  resolveSource: (
    source: { profile: string } | { credentialSource: string },
  ) => ResolvedCredentials | null | CredentialFailure,
): ResolvedCredentials | CredentialFailure {
  const profile = config.profiles[profileName] ?? {};
  const roleArn = setting(profile, 'role_arn') ?? '';
  const sourceProfile = setting(profile, 'source_profile');
  const credentialSource = setting(profile, 'credential_source');
  if (credentialSource !== undefined && sourceProfile !== undefined)
    return generalError(`The profile "${profileName}" contains both source_profile and credential_source.`);
  if (credentialSource === undefined && sourceProfile === undefined)
    return generalError(
      'Partial credentials found in assume-role, missing: source_profile or credential_source',
    );
  if (
    credentialSource !== undefined &&
    !['Environment', 'Ec2InstanceMetadata', 'EcsContainer'].includes(credentialSource)
  )
    return generalError(
      `The credential source "${credentialSource}" referenced in profile "${profileName}" is not valid.`,
    );
  if (sourceProfile !== undefined && !(sourceProfile in config.profiles))
    return generalError(
      `The source_profile "${sourceProfile}" referenced in the profile "${profileName}" does not exist.`,
    );

  const args: AssumeArgs = { RoleArn: roleArn };
  const sessionName = setting(profile, 'role_session_name');
  const ordered: AssumeArgs = {
    ...(sessionName !== undefined ? { RoleSessionName: sessionName } : {}),
    ...(setting(profile, 'external_id') !== undefined ? { ExternalId: setting(profile, 'external_id') } : {}),
    ...(setting(profile, 'mfa_serial') !== undefined ? { SerialNumber: setting(profile, 'mfa_serial') } : {}),
    ...durationOf(setting(profile, 'duration_seconds')),
    ...args,
  };
  const cachePath = `${ctx.home}/.aws/cli/cache/${cacheKey(ordered)}.json`;
  const cached = readCache(ctx, cachePath);
  const describe = `profile ${profileName}: AssumeRole ${roleArn} with ${
    sourceProfile !== undefined ? `source_profile ${sourceProfile}` : `credential_source ${credentialSource}`
  }`;
  if (cached) return fromResponse(cached, `${describe} (cached in ${tildify(cachePath, ctx.home)})`);

  const source = resolveSource(
    sourceProfile !== undefined
      ? { profile: sourceProfile }
      : { credentialSource: credentialSource as string },
  );
  if (source === null) {
    if (sourceProfile !== undefined)
      return generalError(
        `The source_profile "${sourceProfile}" must specify either static credentials or an assume role configuration`,
      );
    return generalError(
      `Error when retrieving credentials from ${credentialSource}: No credentials found in credential_source referenced in profile ${profileName}`,
    );
  }
  if ('ok' in source) return source;

  const params: Record<string, unknown> = {
    ...ordered,
    RoleSessionName:
      ordered.RoleSessionName ?? `botocore-session-${Math.floor(ctx.world.clock.epochMs() / 1000)}`,
  };
  if (ordered.SerialNumber !== undefined) {
    ctx.warn(`Enter MFA code for ${ordered.SerialNumber}: `);
    const code = ctx.stdin.split('\n')[0]?.trim() ?? '';
    if (!code)
      return generalError(
        'this simulated shell cannot prompt for an MFA code while a command runs; pipe it in instead, e.g. ' +
          `mfa-code ${ordered.SerialNumber} | aws ... --profile ${profileName}`,
      );
    ctx.warn('\n');
    params.TokenCode = code;
  }
  const answer = ctx.world.call(source.credentials, 'sts', 'AssumeRole', params);
  if (isAwsError(answer)) return clientError(answer, 'AssumeRole');
  const response = answer as unknown as CachedResponse;
  writeCache(ctx, cachePath, response);
  return fromResponse(response, describe);
}

function durationOf(text: string | undefined): { DurationSeconds?: number } {
  if (text === undefined || !/^\s*[-+]?\d+\s*$/.test(text)) return {};
  return { DurationSeconds: Number.parseInt(text, 10) };
}

export function fromResponse(
  response: CachedResponse,
  source: string,
  method: ResolvedCredentials['method'] = 'assume-role',
): ResolvedCredentials {
  const c = response.Credentials;
  const credentials: Credentials = {
    accessKeyId: c.AccessKeyId,
    secretAccessKey: c.SecretAccessKey,
    sessionToken: c.SessionToken,
  };
  return { credentials, method, source };
}

/** sha1 of `json.dumps(args, sort_keys=True)` without a generated session name, as botocore names cache files. */
export function cacheKey(args: Readonly<Record<string, string | number | undefined>>): string {
  const entries = Object.entries(args)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  return hex(sha1.digest(utf8(`{${entries.join(', ')}}`)));
}

export function readCache(ctx: CredentialContext, path: string): CachedResponse | null {
  const file = ctx.fs.readFile(path);
  if (!file.ok) return null;
  let data: CachedResponse;
  try {
    data = JSON.parse(file.value) as CachedResponse;
  } catch {
    return null; // botocore ignores an unreadable cache entry and calls AssumeRole again
  }
  const expiration = Date.parse(data.Credentials?.Expiration?.replace(/UTC$/, 'Z') ?? '');
  if (!(expiration - ctx.world.clock.epochMs() >= EXPIRY_WINDOW_MS)) return null;
  return data;
}

/** JSONFileCache writes `json.dumps(response)`, datetimes as `%Y-%m-%dT%H:%M:%S%Z` (`…UTC`). */
export function writeCache(ctx: CredentialContext, path: string, response: CachedResponse): void {
  ctx.fs.mkdir(path.slice(0, path.lastIndexOf('/')), { parents: true });
  const expiration = new Date(response.Credentials.Expiration).toISOString().slice(0, 19);
  const stored = { ...response, Credentials: { ...response.Credentials, Expiration: `${expiration}UTC` } };
  ctx.fs.writeFile(path, pyJson(stored), { mode: 0o600 });
}

/** Python's `json.dumps` layout (`", "` and `": "` separators). */
function pyJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(pyJson).join(', ')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}: ${pyJson(v)}`)
      .join(', ')}}`;
  return JSON.stringify(value);
}

export function tildify(path: string, home: string): string {
  return path.startsWith(`${home}/`) ? `~${path.slice(home.length)}` : path;
}
