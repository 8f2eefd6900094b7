import { isAwsError } from '../../../sim/aws-error.ts';
import { resolve } from '../../path.ts';
import {
  type CachedResponse,
  cacheKey,
  fromResponse,
  readCache,
  tildify,
  writeCache,
} from './assume-role.ts';
import { type SharedConfig, setting } from './profiles.ts';
import type { CredentialContext, CredentialFailure, ResolvedCredentials } from './types.ts';
import { clientError, generalError } from './types.ts';

/** botocore's environment names for the provider's settings (read before the profile's, unless `--profile`). */
const ENV: Readonly<Record<string, string>> = {
  web_identity_token_file: 'AWS_WEB_IDENTITY_TOKEN_FILE',
  role_session_name: 'AWS_ROLE_SESSION_NAME',
  role_arn: 'AWS_ROLE_ARN',
};

/** Where the provider would read its token: the environment's or the profile's `web_identity_token_file`. */
export function webIdentityTokenFile(
  ctx: CredentialContext,
  config: SharedConfig,
  profileName: string,
  disableEnv = false,
): string | undefined {
  return webIdentitySetting(ctx, config, profileName, 'web_identity_token_file', disableEnv) || undefined;
}

function webIdentitySetting(
  ctx: CredentialContext,
  config: SharedConfig,
  profileName: string,
  key: string,
  disableEnv: boolean,
): string | undefined {
  const envKey = ENV[key];
  if (!disableEnv && ctx.explicitProfile === undefined && envKey && envKey in ctx.env) return ctx.env[envKey];
  return setting(config.profiles[profileName], key);
}

/**
 * botocore's AssumeRoleWithWebIdentityProvider (EKS IAM roles for service accounts, CI systems): with a token file
 * and a role ARN from `AWS_WEB_IDENTITY_TOKEN_FILE`/`AWS_ROLE_ARN`/`AWS_ROLE_SESSION_NAME` or the profile's
 * `web_identity_token_file`/`role_arn`/`role_session_name`, it reads the file and calls the unsigned
 * sts:AssumeRoleWithWebIdentity; the CLI caches the response in `~/.aws/cli/cache` like AssumeRole's. Null when no
 * token file is configured. The token must have been checked first (`world.prepare`), as the shell's `aws` does.
 */
export function webIdentityCredentials(
  ctx: CredentialContext,
  config: SharedConfig,
  profileName: string,
  /** True for a source profile, which botocore resolves without the environment. */
  disableEnv = false,
): ResolvedCredentials | CredentialFailure | null {
  const get = (key: string) => webIdentitySetting(ctx, config, profileName, key, disableEnv);
  const tokenFile = get('web_identity_token_file');
  if (!tokenFile) return null;
  const roleArn = get('role_arn');
  if (!roleArn)
    // botocore's text, missing space included.
    return generalError(
      'The provided profile or the current environment is configured to assume role with web identity but has no role ARN configured. Ensure that the profile has the role_arnconfiguration set or the AWS_ROLE_ARN env var is set.',
    );
  const sessionName = get('role_session_name');
  const args = { ...(sessionName ? { RoleSessionName: sessionName } : {}), RoleArn: roleArn };
  const cachePath = `${ctx.home}/.aws/cli/cache/${cacheKey(args)}.json`;
  const describe = `AssumeRoleWithWebIdentity ${roleArn} with the token in ${tokenFile}`;
  const cached = readCache(ctx, cachePath);
  if (cached)
    return fromResponse(
      cached,
      `${describe} (cached in ${tildify(cachePath, ctx.home)})`,
      'assume-role-with-web-identity',
    );
  // Python's open(): relative to the working directory, no `~` expansion, as in botocore.
  const token = ctx.fs.readFile(resolve(ctx.cwd ?? '/', tokenFile));
  if (!token.ok) return generalError(`[Errno 2] No such file or directory: '${tokenFile}'`);
  const answer = ctx.world.call({ anonymous: true }, 'sts', 'AssumeRoleWithWebIdentity', {
    ...args,
    RoleSessionName: sessionName || `botocore-session-${Math.floor(ctx.world.clock.epochMs() / 1000)}`,
    WebIdentityToken: token.value,
  });
  if (isAwsError(answer)) return clientError(answer, 'AssumeRoleWithWebIdentity');
  const response = answer as unknown as CachedResponse;
  writeCache(ctx, cachePath, response);
  return fromResponse(response, describe, 'assume-role-with-web-identity');
}
