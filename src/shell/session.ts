import type { InstanceRecord } from '../sim/ec2/state.ts';
import { hex, sha1, utf8 } from '../sim/iam/hmac.ts';
import { defaultSandbox, loadScenario, type ScenarioInput, scenarioSchema } from '../sim/scenarios/index.ts';
import { type Credentials, restoreWorld, type World, type WorldSnapshot } from '../sim/world/index.ts';
import { type AwsHost, createAwsCommand } from './aws/cli.ts';
import { currentCredentials } from './aws/credentials/current.ts';
import type { Clock } from './clock.ts';
import { createCurlCommand } from './lab/curl.ts';
import { createGhOidcTokenCommand } from './lab/gh-oidc-token.ts';
import { instanceHostname } from './lab/instances.ts';
import { createMfaCodeCommand } from './lab/mfa-code.ts';
import { createOidcTokenCommand } from './lab/oidc-token.ts';
import { createSamlAssertionCommand } from './lab/saml-assertion.ts';
import { AL2023_MOTD, createSshCommand } from './lab/ssh.ts';
import { createShell, type FeedResult, type OutputChunk, type RunResult, type Shell } from './shell.ts';
import type { CommandIo, CommandSpec, ExecResult } from './types.ts';
import { createVfs, type Vfs, type VfsSnapshot } from './vfs.ts';

/** One machine's shell as saved: its files, exported environment, directory and history. */
export interface MachineSnapshot {
  readonly fs: VfsSnapshot;
  readonly env: Readonly<Record<string, string>>;
  readonly cwd: string;
  readonly history: readonly string[];
}

/** Where the learner's terminal is when not on their own machine. */
export interface RemoteSnapshot {
  readonly instanceId: string;
  readonly via: 'ssh' | 'ssm';
  readonly sessionId: string;
  readonly env: Readonly<Record<string, string>>;
  readonly cwd: string;
  readonly history: readonly string[];
}

/** A whole lab session as plain JSON: the world, the learner's machine, instance disks and where the terminal is. */
export interface LabSnapshot {
  readonly format: 'iam-roles-lab/session@1';
  readonly world: WorldSnapshot;
  readonly local: MachineSnapshot;
  /** Each instance's file system, by instance id (created on first login). */
  readonly instances: Readonly<Record<string, VfsSnapshot>>;
  readonly remote: RemoteSnapshot | null;
}

export interface LabSessionOptions {
  /** Scenario data (`ScenarioInput`); default the sandbox. */
  readonly scenario?: unknown;
  /** Resume a saved session instead (object or its JSON text). */
  readonly snapshot?: LabSnapshot | string;
  /** Overrides the scenario's seed. */
  readonly seed?: number | string;
  /** Called when `exit` runs on the learner's own machine. */
  readonly onExit?: (code: number) => void;
}

/** The lab: a world, the learner's machine with a shell, and the instances they can log in to. */
export interface LabSession {
  /** The terminal's shell: whichever machine the learner is on answers. */
  readonly shell: Shell;
  readonly world: World;
  /** The learner's own machine's file system. */
  readonly fs: Vfs;
  /** Where the terminal is: the learner's machine, or an instance (by ssh or SSM). */
  location():
    | { readonly kind: 'local' }
    | { readonly kind: 'instance'; readonly instanceId: string; readonly via: 'ssh' | 'ssm' };
  /**
   * The credentials `aws` would use now where the terminal is (environment → profile → IMDS on an instance), or
   * null when it would find none: the grader's `currentCaller`. Never calls AWS itself.
   */
  currentCaller(): Credentials | null;
  /** Everything as JSON-safe data (see `createLabSession({ snapshot })` and `restore`). */
  snapshot(): LabSnapshot;
  /** Replaces this session's state with a saved one (the same `shell` object keeps working). */
  restore(snapshot: LabSnapshot | string): void;
}

const FORMAT = 'iam-roles-lab/session@1';

interface Machine {
  readonly shell: Shell;
  readonly history: string[];
  pending: string[];
}

interface Remote extends Machine {
  readonly instanceId: string;
  readonly via: 'ssh' | 'ssm';
  readonly sessionId: string;
  readonly target: string;
}

interface State {
  world: World;
  fs: Vfs;
  local: Machine;
  instanceDisks: Map<string, Vfs>;
  remote: Remote | null;
  /** A login requested by the command line now running; the terminal moves when it finishes. */
  switchTo: { instance: InstanceRecord; via: 'ssh' | 'ssm'; target: string; sessionId: string } | null;
  /** Set when the remote shell ran `exit`. */
  remoteExited: boolean;
}

/** Builds a lab session: the default sandbox (or `scenario`), or a saved session (`snapshot`). */
export function createLabSession(options: LabSessionOptions = {}): LabSession {
  const state = {} as State;
  const clock: Clock = {
    now: () => state.world.clock.epochMs(),
    advance: (ms) => state.world.clock.advance(Math.max(0, ms)),
  };

  const machineCommands = (instanceId: string | null): Record<string, CommandSpec> => {
    const host: AwsHost = {
      get world() {
        return state.world;
      },
      instanceId: () => instanceId,
      ...(instanceId === null
        ? { startSession: (target: string, io: CommandIo) => startSession(target, io) }
        : {}),
    };
    const commands: Record<string, CommandSpec> = {
      aws: createAwsCommand(host),
      curl: {
        description: 'transfer a URL (only the instance metadata service answers here)',
        run: (args, io) => createCurlCommand(state.world, () => instanceId).run(args, io),
      },
    };
    if (instanceId === null) {
      commands.ssh = createSshCommand({
        get world() {
          return state.world;
        },
        login: (instance) => {
          state.switchTo = { instance, via: 'ssh', target: instance.privateIp, sessionId: '' };
        },
        runRemote: async (instance, command) => {
          const machine = instanceMachine(instance, 'ssh', () => {});
          const run = await machine.shell.run(command);
          return { stdout: run.stdout, stderr: run.stderr, exitCode: run.exitCode };
        },
      });
      commands['mfa-code'] = {
        description: 'print the current code of a virtual MFA device (your authenticator app)',
        run: (args, io) => createMfaCodeCommand(state.world).run(args, io),
      };
      commands['gh-oidc-token'] = createGhOidcTokenCommand(() => state.world);
      commands['oidc-token'] = createOidcTokenCommand(() => state.world);
      commands['saml-assertion'] = createSamlAssertionCommand(() => state.world);
    }
    return commands;
  };

  function startSession(target: string, io: CommandIo): ExecResult {
    const instance = findRunning(state.world, target);
    if (!instance)
      return {
        stdout: '',
        stderr: `\nAn error occurred (TargetNotConnected) when calling the StartSession operation: ${target} is not connected.\n`,
        exitCode: 254,
      };
    const user = io.env.USER || 'student';
    const sessionId = `${user}-${hex(sha1.digest(utf8(`${target}:${clock.now()}`))).slice(0, 17)}`;
    state.switchTo = { instance, via: 'ssm', target, sessionId };
    return { stdout: `\nStarting session with SessionId: ${sessionId}\n`, stderr: '', exitCode: 0 };
  }

  function diskFor(instance: InstanceRecord): Vfs {
    let disk = state.instanceDisks.get(instance.instanceId);
    if (!disk) {
      disk = createVfs({ home: '/home/ec2-user', clock });
      disk.remove('/home/ec2-user/.aws', { recursive: true }); // a fresh instance has no AWS config
      disk.mkdir('/usr/bin', { parents: true });
      disk.writeFile('/etc/motd', AL2023_MOTD);
      state.instanceDisks.set(instance.instanceId, disk);
    }
    return disk;
  }

  function instanceMachine(
    instance: InstanceRecord,
    via: 'ssh' | 'ssm',
    onExit: () => void,
    saved?: RemoteSnapshot,
  ): Machine {
    const history = [...(saved?.history ?? [])];
    const ssm = via === 'ssm';
    const user = ssm ? 'ssm-user' : 'ec2-user';
    const shell = createShell({
      fs: diskFor(instance),
      clock,
      user,
      hostname: instanceHostname(instance),
      env: saved?.env ? { ...saved.env } : { HOME: ssm ? '/home/ssm-user' : '/home/ec2-user', USER: user },
      cwd: saved?.cwd ?? (ssm ? '/usr/bin' : '/home/ec2-user'),
      commands: machineCommands(instance.instanceId),
      history: { entries: () => history },
      onExit,
    });
    return { shell, history, pending: [] };
  }

  function build(world: World, saved: LabSnapshot | null, learner: ScenarioLearner | null): void {
    state.world = world;
    state.instanceDisks = new Map(
      Object.entries(saved?.instances ?? {}).map(([id, snap]) => [id, createVfs({ snapshot: snap, clock })]),
    );
    state.fs = saved ? createVfs({ snapshot: saved.local.fs, clock }) : createVfs({ clock });
    if (!saved) writeLearnerConfig(state.fs, learner);
    const history = [...(saved?.local.history ?? [])];
    const localShell = createShell({
      fs: state.fs,
      clock,
      ...(saved ? { env: { ...saved.local.env }, cwd: saved.local.cwd } : {}),
      commands: machineCommands(null),
      history: { entries: () => history },
      ...(options.onExit ? { onExit: options.onExit } : {}),
    });
    state.local = { shell: localShell, history, pending: [] };
    state.remote = null;
    state.switchTo = null;
    state.remoteExited = false;
    if (saved?.remote) {
      const instance = findRunning(world, saved.remote.instanceId);
      if (instance)
        enter(instance, saved.remote.via, saved.remote.sessionId, instance.privateIp, saved.remote);
    }
  }

  function enter(
    instance: InstanceRecord,
    via: 'ssh' | 'ssm',
    sessionId: string,
    target: string,
    saved?: RemoteSnapshot,
  ): void {
    const machine = instanceMachine(
      instance,
      via,
      () => {
        state.remoteExited = true;
      },
      saved,
    );
    state.remote = { ...machine, instanceId: instance.instanceId, via, sessionId, target };
  }

  const active = (): Machine => state.remote ?? state.local;

  /** After a command line: move the terminal if ssh/SSM logged in, or back home if the remote shell exited. */
  function settle(result: FeedResult): FeedResult {
    let output = [...result.output];
    const { switchTo } = state;
    state.switchTo = null;
    if (state.remote && state.remoteExited) {
      const { via, sessionId, target } = state.remote;
      state.remote = null;
      state.remoteExited = false;
      // A login shell says `logout` where bash says `exit`; the SSM agent's `sh` says nothing.
      const farewell = via === 'ssh' ? 'logout\n' : '';
      output = output
        .map((c) =>
          c.stream === 'stderr' && c.text.endsWith('exit\n')
            ? { ...c, text: c.text.slice(0, -5) + farewell }
            : c,
        )
        .filter((c) => c.text !== '');
      output.push(
        via === 'ssh'
          ? { stream: 'stderr', text: `Connection to ${target} closed.\n` }
          : { stream: 'stdout', text: `\n\nExiting session with sessionId: ${sessionId}.\n\n` },
      );
      return merge(result, output, false);
    }
    if (switchTo) {
      enter(switchTo.instance, switchTo.via, switchTo.sessionId, switchTo.target);
    }
    return merge(result, output, result.exited);
  }

  async function feed(line: string): Promise<FeedResult> {
    const machine = active();
    machine.pending.push(line);
    const result = await machine.shell.feed(line);
    if (result.status === 'done') {
      machine.history.push(machine.pending.join('\n'));
      machine.pending = [];
    }
    return settle(result);
  }

  const facade: Shell = {
    feed,
    run: async (script) => {
      const output: OutputChunk[] = [];
      let exitCode = 0;
      let exited = false;
      const lines = script.replace(/\n$/, '').split('\n');
      for (const line of lines) {
        const r = await feed(line);
        output.push(...r.output);
        exitCode = r.exitCode;
        if (r.exited) {
          exited = true;
          // Scripts are not interactive: bash prints `exit` only when a terminal session ends.
          const last = output[output.length - 1];
          if (last?.stream === 'stderr' && last.text.endsWith('exit\n'))
            output[output.length - 1] = { ...last, text: last.text.slice(0, -5) };
          break;
        }
      }
      if (!exited && active().pending.length > 0) {
        active().shell.cancel();
        active().pending = [];
        output.push({ stream: 'stderr', text: 'bash: syntax error: unexpected end of file\n' });
        exitCode = 2;
      }
      return { ...joinChunks(output), exitCode, output, exited } satisfies RunResult;
    },
    prompt: () => {
      const machine = active();
      if (state.remote?.via === 'ssm' && machine.pending.length === 0) return 'sh-5.2$ ';
      return machine.shell.prompt();
    },
    setIdentity: (identity) => state.local.shell.setIdentity(identity),
    cancel: () => {
      active().shell.cancel();
      active().pending = [];
    },
    cwd: () => active().shell.cwd(),
    env: () => active().shell.env(),
    get lastExitCode() {
      return active().shell.lastExitCode;
    },
    get fs() {
      return state.remote
        ? diskFor(findRunning(state.world, state.remote.instanceId) as InstanceRecord)
        : state.fs;
    },
  };

  const initial = parseSnapshot(options.snapshot);
  if (initial) build(restoreWorld(initial.world), initial, null);
  else {
    const scenario = (options.scenario ?? defaultSandbox) as ScenarioInput;
    const input = options.seed !== undefined ? { ...scenario, seed: options.seed } : scenario;
    build(loadScenario(input), null, learnerOf(input));
  }

  return {
    shell: facade,
    get world() {
      return state.world;
    },
    get fs() {
      return state.fs;
    },
    location: () =>
      state.remote
        ? { kind: 'instance', instanceId: state.remote.instanceId, via: state.remote.via }
        : { kind: 'local' },
    currentCaller: () =>
      currentCredentials(state.world, {
        fs: facade.fs,
        env: active().shell.env(),
        instanceId: state.remote?.instanceId ?? null,
      }),
    snapshot: () => ({
      format: FORMAT,
      world: state.world.snapshot(),
      local: {
        fs: state.fs.snapshot(),
        env: state.local.shell.env(),
        cwd: state.local.shell.cwd(),
        history: [...state.local.history],
      },
      instances: Object.fromEntries([...state.instanceDisks].map(([id, disk]) => [id, disk.snapshot()])),
      remote: state.remote
        ? {
            instanceId: state.remote.instanceId,
            via: state.remote.via,
            sessionId: state.remote.sessionId,
            env: state.remote.shell.env(),
            cwd: state.remote.shell.cwd(),
            history: [...state.remote.history],
          }
        : null,
    }),
    restore: (snapshot) => {
      const saved = parseSnapshot(snapshot);
      if (saved) build(restoreWorld(saved.world), saved, null);
    },
  };
}

function parseSnapshot(snapshot: LabSnapshot | string | undefined): LabSnapshot | null {
  if (snapshot === undefined) return null;
  const data = typeof snapshot === 'string' ? (JSON.parse(snapshot) as LabSnapshot) : snapshot;
  if (data.format !== FORMAT) throw new Error(`not a lab session snapshot (format ${String(data.format)})`);
  return data;
}

function findRunning(world: World, instanceId: string): InstanceRecord | undefined {
  for (const account of Object.values(world.state.accounts)) {
    const instance = account.ec2.instances[instanceId];
    if (instance?.state === 'running') return instance;
  }
  return undefined;
}

function joinChunks(output: readonly OutputChunk[]): { stdout: string; stderr: string } {
  const pick = (stream: OutputChunk['stream']) =>
    output
      .filter((c) => c.stream === stream)
      .map((c) => c.text)
      .join('');
  return { stdout: pick('stdout'), stderr: pick('stderr') };
}

function merge(result: FeedResult, output: OutputChunk[], exited: boolean): FeedResult {
  return { ...result, ...joinChunks(output), output, exited };
}

interface ScenarioLearner {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  /** Other users' keys the scenario hands the learner as named profiles (`prod`: an administrator in prod). */
  readonly profiles: readonly {
    readonly name: string;
    readonly accessKeyId: string;
    readonly secretAccessKey: string;
  }[];
}

/** The learner: the user `student`, else the first user with an access key. */
function learnerOf(input: ScenarioInput): ScenarioLearner | null {
  const parsed = scenarioSchema.parse(input);
  const users = parsed.users.filter((u) => u.accessKeys.length > 0);
  const user = users.find((u) => u.name === 'student') ?? users[0];
  const key = user?.accessKeys[0];
  const profiles = users.flatMap((u) => {
    const first = u.accessKeys[0];
    return u.profile && first && u !== user
      ? [{ name: u.profile, accessKeyId: first.id, secretAccessKey: first.secret }]
      : [];
  });
  return key ? { accessKeyId: key.id, secretAccessKey: key.secret, profiles } : null;
}

/** What `aws configure` would have written for the learner: their key, `us-east-1`, JSON output; named profiles. */
function writeLearnerConfig(fs: Vfs, learner: ScenarioLearner | null): void {
  const dir = `${fs.home}/.aws`;
  fs.mkdir(dir, { parents: true });
  const keys = (k: { accessKeyId: string; secretAccessKey: string }) =>
    `aws_access_key_id = ${k.accessKeyId}\naws_secret_access_key = ${k.secretAccessKey}\n`;
  if (learner)
    fs.writeFile(
      `${dir}/credentials`,
      [`[default]\n${keys(learner)}`, ...learner.profiles.map((p) => `[${p.name}]\n${keys(p)}`)].join('\n'),
      { mode: 0o600 },
    );
  const sections = ['[default]', ...(learner?.profiles ?? []).map((p) => `[profile ${p.name}]`)];
  fs.writeFile(`${dir}/config`, sections.map((h) => `${h}\nregion = us-east-1\noutput = json\n`).join('\n'), {
    mode: 0o600,
  });
}
