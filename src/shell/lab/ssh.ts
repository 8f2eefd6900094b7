import type { InstanceRecord } from '../../sim/ec2/state.ts';
import type { World } from '../../sim/world/index.ts';
import type { CommandIo, CommandSpec, ExecResult } from '../types.ts';
import { findInstance } from './instances.ts';

/** What `ssh` needs from the session: log in (switch machines), or run one command there. */
export interface SshHost {
  readonly world: World;
  /** Marks the terminal to move to the instance once this command line finishes. */
  login(instance: InstanceRecord, via: 'ssh'): void;
  /** Runs `command` in a fresh login on the instance (`ssh host 'cmd'`). */
  runRemote(instance: InstanceRecord, command: string): Promise<ExecResult>;
}

/** Amazon Linux 2023's login banner (`/etc/motd`). */
export const AL2023_MOTD = [
  '   ,     #_',
  '   ~\\_  ####_        Amazon Linux 2023',
  '  ~~  \\_#####\\',
  '  ~~     \\###|',
  '  ~~       \\#/ ___   https://aws.amazon.com/linux/amazon-linux-2023',
  "   ~~       V~' '->",
  '    ~~~         /',
  '      ~~._.   _/',
  '         _/ _/',
  "       _/m/'",
  '',
].join('\n');

const VALUE_FLAGS = new Set(['-i', '-o', '-p', '-l', '-F', '-J', '-L', '-R', '-D', '-E']);
const CONNECT_TIMEOUT_MS = 130_000;

/**
 * `ssh [-i key] ec2-user@HOST [command]`: HOST is an instance id, private IP or private DNS name in the world. Logging
 * in moves the terminal to the instance, where credentials come from its instance profile through IMDS.
 */
export function createSshCommand(host: SshHost): CommandSpec {
  return {
    description: 'log in to an EC2 instance of the lab (ec2-user@INSTANCE-ID or @PRIVATE-IP)',
    run: async (args, io) => ssh(args, io, host),
  };
}

async function ssh(args: readonly string[], io: CommandIo, host: SshHost): Promise<ExecResult> {
  let user: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '-l') user = args[++i];
    else if (VALUE_FLAGS.has(arg)) i++;
    else if (arg.startsWith('-') && rest.length === 0) continue;
    else rest.push(arg);
  }
  const [destination, ...command] = rest;
  if (!destination)
    return {
      stdout: '',
      stderr:
        'usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] [-B bind_interface] [-b bind_address]\n           [-c cipher_spec] [-D [bind_address:]port] [-E log_file] [-e escape_char]\n           [-F configfile] [-I pkcs11] [-i identity_file]\n           [-J destination] [-L address] [-l login_name] [-m mac_spec]\n           [-O ctl_cmd] [-o option] [-p port] [-Q query_option] [-R address]\n           [-S ctl_path] [-W host:port] [-w local_tun[:remote_tun]]\n           destination [command [argument ...]]\n',
      exitCode: 255,
    };
  const at = destination.lastIndexOf('@');
  const target = at >= 0 ? destination.slice(at + 1) : destination;
  const login = at >= 0 ? destination.slice(0, at) : (user ?? io.user);
  const instance = findInstance(host.world, target);
  if (!instance)
    return {
      stdout: '',
      stderr: `ssh: Could not resolve hostname ${target}: Name or service not known\n`,
      exitCode: 255,
    };
  if (instance.state !== 'running') {
    io.clock.advance(CONNECT_TIMEOUT_MS);
    return {
      stdout: '',
      stderr: `ssh: connect to host ${target} port 22: Connection timed out\n`,
      exitCode: 255,
    };
  }
  if (login !== 'ec2-user')
    return {
      stdout: '',
      stderr: `${login}@${target}: Permission denied (publickey,gssapi-keyex,gssapi-with-mic).\n`,
      exitCode: 255,
    };
  if (command.length > 0) return host.runRemote(instance, command.join(' '));
  host.login(instance, 'ssh');
  return { stdout: AL2023_MOTD, stderr: '', exitCode: 0 };
}
