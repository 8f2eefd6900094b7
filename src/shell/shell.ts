import { type Clock, createSimClock } from './clock.ts';
import { builtins } from './commands/builtins.ts';
import { defaultCommands } from './commands/index.ts';
import { runScript } from './interpreter.ts';
import { parse } from './parser.ts';
import { tildify } from './path.ts';
import type { Frame, Identity, Runtime, Sink } from './runtime.ts';
import { createState } from './state.ts';
import { endOfInputMessage } from './syntax-error.ts';
import type { CommandSpec, HistoryProvider, ShellCommand } from './types.ts';
import { createVfs, type Vfs } from './vfs.ts';

/** One piece of output in the order it was written, so a terminal can interleave stdout and stderr. */
export interface OutputChunk {
  readonly stream: 'stdout' | 'stderr';
  readonly text: string;
}

/** What a run printed and how it ended. */
export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
  /** stdout and stderr interleaved as written. */
  readonly output: readonly OutputChunk[];
  /** True when `exit` ran (the host's `onExit` was called too). */
  readonly exited: boolean;
}

/** `more`: the input so far is incomplete (open quote, here-document, trailing `\`, `|`, `&&`…); nothing ran. */
export type FeedResult = ({ readonly status: 'more' } | { readonly status: 'done' }) & RunResult;

export interface ShellOptions {
  /** The file system; default a fresh one with home `/home/student`. */
  fs?: Vfs;
  /** Extra or overriding environment variables (all exported). HOME, USER, PATH, SHELL, PWD have defaults. */
  env?: Record<string, string>;
  /** The simulated clock; default starts at 2026-11-25T16:38:42Z. */
  clock?: Clock;
  /** Plugged-in commands by name (e.g. `aws`, `curl`, `ssh`); they override built-in tools of the same name. */
  commands?: Record<string, ShellCommand | CommandSpec>;
  /** What `history` lists; default the shell's own record of what it ran. */
  history?: HistoryProvider;
  /** The prompt's user (default `student`, also `$USER`) and host (default `iam-lab`). */
  user?: string;
  hostname?: string;
  /** The starting directory; default the home directory. */
  cwd?: string;
  /** Called when `exit` runs at the top level (e.g. to leave an ssh session). */
  onExit?: (code: number) => void;
  /** Called when a command throws (a simulator bug); the shell has already printed `bash: internal error: …`. */
  onInternalError?: (error: unknown, command: string) => void;
}

/** A bash-like shell over a virtual file system. */
export interface Shell {
  /** Feeds one line as a terminal would (no trailing newline needed); runs it once the input is complete. */
  feed(line: string): Promise<FeedResult>;
  /** Runs a whole script line by line, like `bash script.sh`, with its own input buffer. */
  run(script: string): Promise<RunResult>;
  /** `student@iam-lab:~$ `, or `> ` while input is incomplete. */
  prompt(): string;
  /** Changes who the prompt (and `whoami`, `hostname`) says the learner is. */
  setIdentity(identity: Partial<Identity>): void;
  /** Drops incomplete input (what Ctrl-C does at a `> ` prompt). */
  cancel(): void;
  /** The working directory, the exported environment, and `$?`. */
  cwd(): string;
  env(): Record<string, string>;
  readonly lastExitCode: number;
  readonly fs: Vfs;
}

/** Creates a shell; see `ShellOptions` for what the host can inject. */
export function createShell(options: ShellOptions = {}): Shell {
  const clock = options.clock ?? createSimClock();
  const fs = options.fs ?? createVfs({ clock });
  const user = options.user ?? options.env?.USER ?? 'student';
  const identity: Identity = { user, hostname: options.hostname ?? 'iam-lab' };
  const cwd = options.cwd ?? fs.home;
  const ownHistory: string[] = [];
  const commands = new Map<string, CommandSpec>(Object.entries(defaultCommands));
  for (const [name, c] of Object.entries(options.commands ?? {}))
    commands.set(name, typeof c === 'function' ? { run: c, description: `${name} (plugged-in command)` } : c);
  const runtime: Runtime = {
    fs,
    clock,
    commands,
    builtins,
    identity,
    history: options.history ?? { entries: () => ownHistory },
    onInternalError: options.onInternalError ?? (() => {}),
  };
  const state = createState(
    {
      HOME: fs.home,
      USER: user,
      LOGNAME: user,
      PATH: '/usr/local/bin:/usr/bin:/bin',
      SHELL: '/bin/bash',
      PWD: cwd,
      ...options.env,
    },
    cwd,
  );
  let interactiveBuffer: string[] = [];
  let queue: Promise<unknown> = Promise.resolve();

  /** Runs complete input; returns null and keeps the lines when more are needed. */
  async function step(
    lines: string[],
    out: Collector,
    atEnd: boolean,
    interactive: boolean,
  ): Promise<boolean> {
    const source = `${lines.join('\n')}\n`;
    const parsed = parse(source);
    if (parsed.kind === 'incomplete') {
      if (!atEnd) return false;
      if (parsed.reason === 'heredoc') {
        out.err.write(`bash: ${endOfInputMessage(parsed)}\n`);
        return step([...lines, parsed.delimiter], out, true, interactive);
      }
      out.err.write(`bash: ${endOfInputMessage(parsed)}\n`);
      state.status = 2;
      return true;
    }
    if (!options.history) ownHistory.push(lines.join('\n'));
    if (parsed.kind === 'syntax-error') {
      out.err.write(`bash: ${parsed.message}\n`);
      state.status = 2;
      return true;
    }
    const frame: Frame = { runtime, state, stdin: { text: '' }, out: out.out, err: out.err };
    try {
      const status = await runScript(parsed.script, frame);
      state.status = status.code;
      if (status.exit) {
        out.exited = true;
        if (interactive) out.err.write('exit\n');
        options.onExit?.(status.code);
      }
    } catch (error) {
      out.err.write(`bash: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      runtime.onInternalError(error, source);
      state.status = 1;
    }
    return true;
  }

  function serial<T>(task: () => Promise<T>): Promise<T> {
    const next = queue.then(task, task);
    queue = next.catch(() => {});
    return next;
  }

  const shell: Shell = {
    feed: (line) =>
      serial(async () => {
        const out = collector();
        let done = true;
        for (const piece of line.split(/\r?\n/)) {
          interactiveBuffer.push(piece);
          done = await step(interactiveBuffer, out, false, true);
          if (done) interactiveBuffer = [];
          if (out.exited) break;
        }
        return { status: done ? 'done' : 'more', ...out.result(state.status) };
      }),
    run: (script) =>
      serial(async () => {
        const out = collector();
        const lines = script.replace(/\n$/, '').split('\n');
        let buffer: string[] = [];
        for (const [i, line] of lines.entries()) {
          buffer.push(line);
          if (await step(buffer, out, i === lines.length - 1, false)) buffer = [];
          if (out.exited) break;
        }
        return out.result(state.status);
      }),
    prompt: () => {
      if (interactiveBuffer.length) return '> ';
      const home = state.vars.get('HOME')?.value ?? fs.home;
      const sigil = identity.user === 'root' ? '#' : '$';
      return `${identity.user}@${identity.hostname}:${tildify(state.cwd, home)}${sigil} `;
    },
    setIdentity: (next) => {
      Object.assign(identity, next);
    },
    cancel: () => {
      interactiveBuffer = [];
    },
    cwd: () => state.cwd,
    env: () =>
      Object.fromEntries([...state.vars].filter(([, v]) => v.exported).map(([k, v]) => [k, v.value])),
    get lastExitCode() {
      return state.status;
    },
    fs,
  };
  return shell;
}

interface Collector {
  readonly out: Sink;
  readonly err: Sink;
  exited: boolean;
  result(exitCode: number): RunResult;
}

function collector(): Collector {
  const output: OutputChunk[] = [];
  const sink = (stream: OutputChunk['stream']): Sink => ({
    tty: true,
    write: (text) => {
      const last = output[output.length - 1];
      if (last?.stream === stream) output[output.length - 1] = { stream, text: last.text + text };
      else if (text) output.push({ stream, text });
    },
  });
  const c: Collector = {
    out: sink('stdout'),
    err: sink('stderr'),
    exited: false,
    result: (exitCode) => ({
      stdout: output
        .filter((o) => o.stream === 'stdout')
        .map((o) => o.text)
        .join(''),
      stderr: output
        .filter((o) => o.stream === 'stderr')
        .map((o) => o.text)
        .join(''),
      exitCode,
      output,
      exited: c.exited,
    }),
  };
  return c;
}
