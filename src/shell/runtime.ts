import type { Clock } from './clock.ts';
import type { ShellState } from './state.ts';
import type { CommandIo, CommandSpec, ExecResult, HistoryProvider } from './types.ts';
import type { Vfs } from './vfs.ts';

/** Where a file descriptor's output goes: the terminal, a pipe or substitution buffer, a file, or nowhere. */
export interface Sink {
  write(text: string): void;
  /** True for the terminal itself (ls prints columns there, one name a line elsewhere). */
  readonly tty?: boolean;
}

/** Who the prompt says the learner is. */
export interface Identity {
  user: string;
  hostname: string;
}

/** What every frame shares: the world the shell runs in. Subshells share it too. */
export interface Runtime {
  readonly fs: Vfs;
  readonly clock: Clock;
  readonly commands: ReadonlyMap<string, CommandSpec>;
  readonly builtins: ReadonlyMap<string, BuiltinSpec>;
  readonly identity: Identity;
  readonly history: HistoryProvider;
  /** Called with every error a command throws (a simulator bug), after the shell printed it. */
  onInternalError(error: unknown, command: string): void;
}

/** Standard input as a shared cursor: `read` takes a line, other commands take the rest. */
export interface Input {
  text: string;
}

/** One level of execution: its state (copied for subshells), stdin and where fds 1 and 2 go. */
export interface Frame {
  readonly runtime: Runtime;
  readonly state: ShellState;
  readonly stdin: Input;
  readonly out: Sink;
  readonly err: Sink;
  /** How many `source`, `eval` and `$(…)` levels deep this frame runs (0 or absent at the prompt). */
  readonly nesting?: number;
  /** How many loops enclose this frame within its function (`break` and `continue` need one). */
  readonly loops?: number;
  /** True inside a function or a sourced file, which `return` ends. */
  readonly returnable?: boolean;
}

/** `return`, `break n` or `continue n` on its way to the function or loop it ends. */
export type Jump =
  | { readonly kind: 'return' }
  | { readonly kind: 'break' | 'continue'; readonly levels: number };

/** How far a run got: its exit status, whether `exit` asked to stop, and any `return`/`break`/`continue`. */
export interface Status {
  readonly code: number;
  readonly exit: boolean;
  readonly jump?: Jump;
}

/** A builtin's result; `exit` stops the shell (or the subshell running it), `jump` a function or loop. */
export type BuiltinResult = ExecResult & { readonly exit?: boolean; readonly jump?: Jump };

/** What a builtin may reach beyond a command's `io`: the frame (to change state) and a way to run source. */
export interface BuiltinContext {
  readonly frame: Frame;
  /** Runs shell source in this frame (for `eval`; `sourced` for `source`, which `return` may end). */
  run(source: string, options?: { positional?: string[]; sourced?: boolean }): Promise<Status>;
}

/** A builtin: like a command, plus access to the shell itself. Hosts cannot plug these in. */
export interface BuiltinSpec {
  readonly run: (
    args: string[],
    io: CommandIo,
    shell: BuiltinContext,
  ) => BuiltinResult | Promise<BuiltinResult>;
  readonly description: string;
}

/** A sink that keeps what is written. */
export function bufferSink(): Sink & { text(): string } {
  let text = '';
  return {
    write: (t) => {
      text += t;
    },
    text: () => text,
  };
}

/** A sink that drops everything (`/dev/null`). */
export const nullSink: Sink = { write: () => {} };
