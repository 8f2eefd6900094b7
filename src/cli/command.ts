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
}

/** A `lab` subcommand. */
export interface Command {
  readonly summary: string;
  readonly usage: string;
  readonly run: (args: readonly string[], io: CommandIo) => CommandResult;
}
