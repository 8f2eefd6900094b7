import type { Clock } from './clock.ts';
import type { Vfs } from './vfs.ts';

/** What every command returns: its output and exit status. A learner's mistake is stderr + a non-zero code. */
export interface ExecResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** What a command is given besides its arguments. */
export interface CommandIo {
  /** The name the command was invoked as (`test` or `[`). */
  readonly name: string;
  /** Everything piped or redirected into the command ('' when nothing was). */
  readonly stdin: string;
  /** Exported variables plus `VAR=value` prefixes of this invocation. */
  readonly env: Readonly<Record<string, string>>;
  /** The shared virtual file system (absolute paths; see `path`). */
  readonly fs: Vfs;
  /** The absolute working directory. */
  readonly cwd: string;
  /** Resolves a path the learner typed against `cwd` (and `~`). */
  path(p: string): string;
  /** The simulated clock (`sleep` advances it). */
  readonly clock: Clock;
  /** Who and where the shell is: `student` at `iam-lab` by default. */
  readonly user: string;
  readonly hostname: string;
  /** True when stdout is the terminal rather than a pipe, file or `$(…)`. */
  readonly isTerminal: boolean;
}

/**
 * A pluggable command: `args` are the expanded words after the command name. Async is allowed.
 * Return `{ stdout, stderr, exitCode }`; throw only for a bug (the shell prints `bash: internal error: …`).
 */
export type ShellCommand = (args: string[], io: CommandIo) => ExecResult | Promise<ExecResult>;

/** A command with its one-line description for `help`. */
export interface CommandSpec {
  readonly run: ShellCommand;
  readonly description: string;
  /** True when the command reads stdin, so a `while read` loop's input is used up by it (like `cat`). */
  readonly readsStdin?: boolean;
}

/** The shell's history, provided by the host (the terminal's line editor); oldest first. */
export interface HistoryProvider {
  entries(): readonly string[];
}

/** Builds a result; the small helpers keep command code short. */
export function result(stdout: string, stderr = '', exitCode = stderr ? 1 : 0): ExecResult {
  return { stdout, stderr, exitCode };
}

/** A failure with `message` on stderr (a newline is added). */
export function failure(message: string, exitCode = 1): ExecResult {
  return { stdout: '', stderr: `${message}\n`, exitCode };
}
