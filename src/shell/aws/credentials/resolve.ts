import { assumeRoleForProfile } from './assume-role.ts';
import { imdsCredentials } from './imds-provider.ts';
import { loadSharedConfig, type SharedConfig, setting } from './profiles.ts';
import type { CredentialContext, CredentialFailure, CredentialResult, ResolvedCredentials } from './types.ts';
import { generalError } from './types.ts';
import { webIdentityCredentials } from './web-identity.ts';

/** The profile in effect: `--profile`, else `AWS_PROFILE`/`AWS_DEFAULT_PROFILE`, else `default`. */
export function profileName(ctx: Pick<CredentialContext, 'env' | 'explicitProfile'>): {
  readonly name: string;
  /** True when the learner named it (then it must exist). */
  readonly named: boolean;
} {
  const named = ctx.explicitProfile ?? (ctx.env.AWS_PROFILE || ctx.env.AWS_DEFAULT_PROFILE || undefined);
  return { name: named ?? 'default', named: named !== undefined };
}

/** botocore's ProfileNotFound when a named profile is in neither file (exit 255). */
export function checkProfile(ctx: CredentialContext, config: SharedConfig): CredentialFailure | null {
  const { name, named } = profileName(ctx);
  if (named && !(name in config.profiles))
    return generalError(`The config profile (${name}) could not be found`);
  return null;
}

/**
 * botocore's default credential chain: environment (skipped when `--profile` is given), assume-role for a profile
 * with `role_arn`, the shared credentials file, the config file, then the instance metadata service when the shell
 * is on an EC2 instance. The first provider that finds credentials wins; a half-configured one is an error.
 */
export function resolveCredentials(ctx: CredentialContext): CredentialResult {
  const config = loadSharedConfig(ctx.fs, ctx.env, ctx.home);
  const missing = checkProfile(ctx, config);
  if (missing) return missing;
  const { name } = profileName(ctx);
  if (ctx.explicitProfile === undefined) {
    const env = fromEnvironment(ctx);
    if (env) return env.ok ? { ok: true, found: env.found } : env;
  }
  const found = fromProfile(ctx, config, name);
  if (found) return 'credentials' in found ? { ok: true, found } : found;
  if (ctx.instanceId !== null) return { ok: true, found: imdsCredentials(ctx.world, ctx.instanceId) };
  return { ok: true, found: null };
}

/** A profile's own providers: assume-role, the credentials file, the config file. */
function fromProfile(
  ctx: CredentialContext,
  config: SharedConfig,
  name: string,
  visited: readonly string[] = [name],
): ResolvedCredentials | CredentialFailure | null {
  const profile = config.profiles[name];
  if (
    setting(profile, 'role_arn') !== undefined &&
    setting(profile, 'web_identity_token_file') === undefined
  ) {
    return assumeRoleForProfile(ctx, config, name, (source) => {
      if ('credentialSource' in source) {
        if (source.credentialSource === 'Environment') {
          const env = fromEnvironment(ctx);
          return env === null ? null : env.ok ? env.found : env;
        }
        if (source.credentialSource === 'Ec2InstanceMetadata')
          return ctx.instanceId === null ? null : imdsCredentials(ctx.world, ctx.instanceId);
        return null; // EcsContainer: there are no containers in this simulation
      }
      const next = source.profile;
      const nextProfile = config.profiles[next];
      const loops = visited.includes(next);
      const hasStatic =
        setting(nextProfile, 'aws_access_key_id') !== undefined ||
        setting(nextProfile, 'aws_secret_access_key') !== undefined;
      if (loops && (next !== name || !hasStatic))
        return generalError(
          `Infinite loop in credential configuration detected. Attempting to load from profile ${next} which has already been visited. Visited profiles: [${visited.map((v) => `'${v}'`).join(', ')}]`,
        );
      if (next === name) return staticKeys(config, next);
      return fromProfile(ctx, config, next, [...visited, next]);
    });
  }
  // botocore's profile providers, in order: web identity (token file), then the files' static keys.
  return webIdentityCredentials(ctx, config, name, visited.length > 1) ?? staticKeys(config, name);
}

/** The shared-credentials-file provider, then the config-file provider. */
function staticKeys(config: SharedConfig, name: string): ResolvedCredentials | CredentialFailure | null {
  for (const [method, profiles, file] of [
    ['shared-credentials-file', config.credentialProfiles, config.files.credentialsFile],
    ['config-file', config.configProfiles, config.files.configFile],
  ] as const) {
    const profile = profiles[name];
    const id = setting(profile, 'aws_access_key_id');
    const secret = setting(profile, 'aws_secret_access_key');
    if (id === undefined) continue;
    if (secret === undefined)
      return generalError(`Partial credentials found in ${method}, missing: aws_secret_access_key`);
    const token = setting(profile, 'aws_session_token') ?? setting(profile, 'aws_security_token');
    return {
      credentials: { accessKeyId: id, secretAccessKey: secret, ...(token ? { sessionToken: token } : {}) },
      method,
      source: `${file} [${method === 'config-file' && name !== 'default' ? `profile ${name}` : name}]`,
    };
  }
  return null;
}

/** botocore's EnvProvider: both keys or neither (a lone one is `Partial credentials found in env`). */
function fromEnvironment(
  ctx: CredentialContext,
): { ok: true; found: ResolvedCredentials } | CredentialFailure | null {
  const id = ctx.env.AWS_ACCESS_KEY_ID;
  const secret = ctx.env.AWS_SECRET_ACCESS_KEY;
  if (!id) return null;
  if (!secret) return generalError('Partial credentials found in env, missing: AWS_SECRET_ACCESS_KEY');
  const token = ctx.env.AWS_SESSION_TOKEN || ctx.env.AWS_SECURITY_TOKEN;
  return {
    ok: true,
    found: {
      credentials: { accessKeyId: id, secretAccessKey: secret, ...(token ? { sessionToken: token } : {}) },
      method: 'env',
      source: `environment variables AWS_ACCESS_KEY_ID${token ? ', AWS_SESSION_TOKEN' : ''}`,
    },
  };
}
