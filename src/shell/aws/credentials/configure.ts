import type { ExecResult } from '../../types.ts';
import { invalidChoice, usageError } from '../params/index.ts';
import { setIniValue } from './ini.ts';
import { loadSharedConfig, type SharedConfig } from './profiles.ts';
import { checkProfile, profileName, resolveCredentials } from './resolve.ts';
import type { CredentialContext } from './types.ts';

const SUBCOMMANDS = [
  'list',
  'get',
  'set',
  'add-model',
  'import',
  'list-profiles',
  'sso',
  'sso-session',
  'export-credentials',
  'wizard',
];
const CREDENTIAL_KEYS = ['aws_access_key_id', 'aws_secret_access_key', 'aws_session_token'];
const ok = (stdout: string): ExecResult => ({ stdout, stderr: '', exitCode: 0 });

/** What `aws configure` needs besides the credential context: the global `--region` (for `list`'s quirk). */
export interface ConfigureOptions {
  readonly region?: string;
  /** The region IMDS reports when the shell is on an instance. */
  readonly imdsRegion: () => string | null;
}

/**
 * `aws configure list | get | set | list-profiles`, writing and reading the VFS files as AWS CLI v2 does. The
 * interactive `aws configure` (and sso, import, wizard…) cannot run here and says so.
 */
export function configureCommand(
  args: readonly string[],
  ctx: CredentialContext,
  options: ConfigureOptions,
): ExecResult {
  const [sub, ...rest] = args;
  if (sub === undefined)
    return fail(
      '\nThe interactive `aws configure` prompts are not simulated here. Set values with ' +
        '`aws configure set KEY VALUE` (e.g. `aws configure set region us-east-1`) or edit ~/.aws/config and ~/.aws/credentials.\n',
      255,
    );
  if (!SUBCOMMANDS.includes(sub)) return failure(invalidChoice('subcommand', sub, SUBCOMMANDS));
  const config = loadSharedConfig(ctx.fs, ctx.env, ctx.home);
  switch (sub) {
    case 'list':
      return list(ctx, config, options);
    case 'get':
      return rest.length < 1
        ? failure(usageError('the following arguments are required: varname'))
        : get(ctx, config, rest[0] as string);
    case 'set':
      if (rest.length < 1) return failure(usageError('the following arguments are required: varname, value'));
      if (rest.length < 2) return failure(usageError('the following arguments are required: value'));
      return set(ctx, config, rest[0] as string, rest[1] as string);
    case 'list-profiles':
      return ok(
        Object.keys(config.profiles)
          .map((p) => `${p}\n`)
          .join(''),
      );
    default:
      return fail(`\naws: this simulated AWS does not implement configure ${sub} yet\n`, 255);
  }
}

function failure(f: { stderr: string; exitCode: number }): ExecResult {
  return { stdout: '', stderr: f.stderr, exitCode: f.exitCode };
}
function fail(stderr: string, exitCode: number): ExecResult {
  return { stdout: '', stderr, exitCode };
}

const NOT_SET = '<not set>';
const row = (name: string, value: string, type: string, location: string) =>
  `${name.padStart(10)} ${value.padStart(24)} ${type.padStart(16)}    ${location}\n`;
const mask = (value: string) => `${'*'.repeat(16)}${value.slice(-4)}`;

/** `ConfigureListCommand`: `'%10s %24s %16s    %s'` rows for profile, keys and region. */
function list(ctx: CredentialContext, config: SharedConfig, options: ConfigureOptions): ExecResult {
  let out = row('Name', 'Value', 'Type', 'Location') + row('----', '-----', '----', '--------');
  const { name } = profileName(ctx);
  if (ctx.explicitProfile !== undefined) out += row('profile', name, 'manual', '--profile');
  else if (ctx.env.AWS_PROFILE || ctx.env.AWS_DEFAULT_PROFILE)
    out += row('profile', name, 'env', "['AWS_PROFILE', 'AWS_DEFAULT_PROFILE']");
  else out += row('profile', NOT_SET, 'None', 'None');
  const missing = checkProfile(ctx, config);
  if (missing) return { stdout: out, stderr: missing.stderr, exitCode: missing.exitCode };
  const creds = resolveCredentials(ctx);
  if (!creds.ok) return { stdout: out, stderr: creds.stderr, exitCode: creds.exitCode };
  if (creds.found) {
    out += row('access_key', mask(creds.found.credentials.accessKeyId), creds.found.method, '');
    out += row('secret_key', mask(creds.found.credentials.secretAccessKey), creds.found.method, '');
  } else {
    out += row('access_key', NOT_SET, 'None', 'None') + row('secret_key', NOT_SET, 'None', 'None');
  }
  const envRegion = ctx.env.AWS_REGION || ctx.env.AWS_DEFAULT_REGION;
  const fileRegion = config.profiles[name]?.region;
  if (envRegion) out += row('region', envRegion, 'env', "['AWS_REGION', 'AWS_DEFAULT_REGION']");
  else if (typeof fileRegion === 'string')
    out += row('region', fileRegion, 'config-file', config.files.configFile);
  else {
    // The CLI reports any other region (even `--region`) as coming from IMDS.
    const other = options.region ?? options.imdsRegion();
    out += other ? row('region', other, 'imds', '') : row('region', NOT_SET, 'None', 'None');
  }
  return ok(out);
}

/** `ConfigureGetCommand`: a plain name from the profile in effect, or `profile.NAME.key` / `default.key`. */
function get(ctx: CredentialContext, config: SharedConfig, varname: string): ExecResult {
  let value: unknown;
  if (!varname.includes('.')) {
    const missing = checkProfile(ctx, config);
    if (missing) return failure(missing);
    value = config.profiles[profileName(ctx).name]?.[varname];
  } else {
    const parts = varname.split('.');
    let profile: string;
    let key: string;
    let remaining: string[];
    if (parts[0] === 'profile') {
      [, profile = '', key = '', ...remaining] = parts;
    } else if (parts[0] === 'default' || (parts[0] as string) in config.profiles) {
      [profile = '', key = '', ...remaining] = parts;
    } else {
      profile = profileName(ctx).name;
      [key = '', ...remaining] = parts;
    }
    value = config.profiles[profile]?.[key];
    if (remaining.length === 1)
      value =
        typeof value === 'object' && value !== null
          ? (value as Record<string, string>)[remaining[0] as string]
          : undefined;
  }
  if (typeof value === 'string') return ok(`${value}\n`);
  if (typeof value === 'object' && value !== null)
    return fail(`varname (${varname}) must reference a value, not a section or sub-section.`, 1);
  return fail('', 1);
}

/** `ConfigureSetCommand`: keys go to the credentials file's `[NAME]` or the config file's `[profile NAME]`. */
function set(ctx: CredentialContext, config: SharedConfig, varname: string, value: string): ExecResult {
  let profile = 'default';
  let key = varname;
  if (!varname.includes('.')) {
    if (ctx.explicitProfile !== undefined) profile = ctx.explicitProfile;
  } else {
    const parts = varname.split('.');
    if (parts[0] === 'default' || parts[0] === 'profile') {
      const remaining = parts[0] === 'default' ? parts.slice(1) : parts.slice(2);
      if (parts[0] === 'profile') profile = parts[1] ?? '';
      if (remaining.length !== 1)
        return fail('\nthis simulated `aws configure set` writes plain values only, not nested ones\n', 255);
      key = remaining[0] as string;
    } else {
      return fail('\nthis simulated `aws configure set` writes plain values only, not nested ones\n', 255);
    }
  }
  const toCredentials = CREDENTIAL_KEYS.includes(key);
  const path = toCredentials ? config.files.credentialsPath : config.files.configPath;
  const section = toCredentials || profile === 'default' ? profile : `profile ${profile}`;
  const current = ctx.fs.readFile(path);
  if (!current.ok) ctx.fs.mkdir(path.slice(0, path.lastIndexOf('/')), { parents: true });
  const written = ctx.fs.writeFile(path, setIniValue(current.ok ? current.value : '', section, key, value), {
    mode: 0o600,
  });
  if (!written.ok) return fail(`\n[Errno 2] No such file or directory: '${path}'\n`, 255);
  return ok('');
}
