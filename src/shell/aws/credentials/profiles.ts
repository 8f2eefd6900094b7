import type { Vfs } from '../../vfs.ts';
import { type IniSection, parseIni } from './ini.ts';

/** The two shared files and where they are (`AWS_CONFIG_FILE`, `AWS_SHARED_CREDENTIALS_FILE`, else `~/.aws/…`). */
export interface SharedFiles {
  /** The path as configured (`~/.aws/config`), which `aws configure list` prints. */
  readonly configFile: string;
  readonly credentialsFile: string;
  /** The same paths with `~` expanded, for the VFS. */
  readonly configPath: string;
  readonly credentialsPath: string;
}

/** botocore's `full_config`: config-file profiles with the credentials file merged over them. */
export interface SharedConfig {
  readonly files: SharedFiles;
  /** Profiles by name, config and credentials merged (credentials win). */
  readonly profiles: Readonly<Record<string, IniSection>>;
  /** Each file's own profiles, to tell `shared-credentials-file` from `config-file` credentials. */
  readonly configProfiles: Readonly<Record<string, IniSection>>;
  readonly credentialProfiles: Readonly<Record<string, IniSection>>;
}

/** Where the shared files live for this environment. */
export function sharedFiles(env: Readonly<Record<string, string>>, home: string): SharedFiles {
  const configFile = env.AWS_CONFIG_FILE || '~/.aws/config';
  const credentialsFile = env.AWS_SHARED_CREDENTIALS_FILE || '~/.aws/credentials';
  const expand = (p: string) => (p === '~' || p.startsWith('~/') ? `${home}${p.slice(1)}` : p);
  return {
    configFile,
    credentialsFile,
    configPath: expand(configFile),
    credentialsPath: expand(credentialsFile),
  };
}

/** Reads both files (a missing file is an empty one), as `Session.full_config` does. */
export function loadSharedConfig(fs: Vfs, env: Readonly<Record<string, string>>, home: string): SharedConfig {
  const files = sharedFiles(env, home);
  const read = (path: string) => {
    const r = fs.readFile(path);
    return r.ok ? r.value : '';
  };
  const configProfiles: Record<string, IniSection> = {};
  for (const [name, section] of parseIni(read(files.configPath))) {
    if (name === 'default') configProfiles.default = { ...configProfiles.default, ...section };
    const parts = name.split(/\s+/);
    if (parts.length === 2 && parts[0] === 'profile') {
      const profile = parts[1] as string;
      configProfiles[profile] = { ...configProfiles[profile], ...section };
    }
  }
  const credentialProfiles = Object.fromEntries(parseIni(read(files.credentialsPath)));
  const profiles: Record<string, IniSection> = {};
  for (const [name, section] of Object.entries(configProfiles)) profiles[name] = { ...section };
  for (const [name, section] of Object.entries(credentialProfiles))
    profiles[name] = { ...profiles[name], ...section };
  return { files, profiles, configProfiles, credentialProfiles };
}

/** A plain string setting of a profile (nested sections read as absent). */
export function setting(section: IniSection | undefined, key: string): string | undefined {
  const value = section?.[key];
  return typeof value === 'string' ? value : undefined;
}
