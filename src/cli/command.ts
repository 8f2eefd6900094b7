/** What a CLI command produces; the `lab` front writes it out and exits with `exitCode`. */
export interface CommandResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** Host services a command may use (kept explicit so commands stay testable). */
export interface CommandIo {
  readonly readFile: (path: string) => string;
  readonly readStdin: () => string;
  /** Writes a text file (`lab grade --csv`); absent where the front cannot. */
  readonly writeFile?: (path: string, text: string) => void;
  /** True when stdin is a terminal (then `lab shell` without a script starts a REPL). */
  readonly stdinIsTty?: boolean;
  /** True when output may be coloured: stdout is a terminal and NO_COLOR is unset. */
  readonly color?: boolean;
  /** Runs an interactive loop on the real terminal; present only in the Node front. */
  readonly repl?: (session: ReplTarget) => Promise<number>;
}

/** What an interactive loop drives: a prompt and whole lines (the lab shell). */
export interface ReplTarget {
  prompt(): string;
  feed(line: string): Promise<{
    readonly output: readonly { stream: 'stdout' | 'stderr'; text: string }[];
    readonly exited: boolean;
    readonly exitCode: number;
  }>;
}

/** A `lab` subcommand. */
export interface Command {
  readonly summary: string;
  readonly usage: string;
  readonly run: (args: readonly string[], io: CommandIo) => CommandResult | Promise<CommandResult>;
}
