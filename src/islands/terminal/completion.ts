import { loadSharedConfig } from '../../shell/aws/credentials/profiles.ts';
import { builtins } from '../../shell/commands/builtins.ts';
import { defaultCommands } from '../../shell/commands/index.ts';
import { resolve } from '../../shell/path.ts';
import type { Shell } from '../../shell/shell.ts';
import { type Complete, createCompleter } from '../../terminal/index.ts';
import { awsSubcommands } from './aws-completion.ts';

/** What `aws configure list-profiles` prints: the profiles of ~/.aws/config and ~/.aws/credentials. */
function profileNames(shell: Shell): string[] {
  const env = shell.env();
  return Object.keys(loadSharedConfig(shell.fs, env, env.HOME ?? shell.fs.home).profiles);
}

/**
 * Tab completion for the lab shell: command names first, then `aws` services, operations and options, then paths
 * in the virtual file system. `current` is asked on every Tab: the session's shell changes when the learner logs
 * in to an instance.
 */
export function shellCompleter(current: () => Shell, extraCommands: readonly string[] = []): Complete {
  const commands = [...new Set([...Object.keys(defaultCommands), ...builtins.keys(), ...extraCommands])];
  return createCompleter({
    commands,
    subcommands: (words, partial) =>
      awsSubcommands(words, partial, { profiles: () => profileNames(current()) }),
    files: (prefix) => {
      const shell = current();
      const slash = prefix.lastIndexOf('/');
      const typedDir = slash < 0 ? '' : prefix.slice(0, slash + 1);
      const home = shell.env().HOME ?? shell.fs.home;
      const expanded = typedDir.startsWith('~') ? home + typedDir.slice(1) : typedDir;
      const dir = resolve(shell.cwd(), expanded || '.');
      const names = shell.fs.readdir(dir);
      if (!names.ok) return [];
      const showHidden = prefix.slice(slash + 1).startsWith('.');
      return names.value
        .filter((name) => showHidden || !name.startsWith('.'))
        .map((name) => {
          const stat = shell.fs.stat(resolve(dir, name));
          return `${typedDir}${name}${stat.ok && stat.value.type === 'dir' ? '/' : ''}`;
        });
    },
  });
}
