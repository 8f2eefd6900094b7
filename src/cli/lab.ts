import { readFileSync } from 'node:fs';
import type { Command, CommandIo, CommandResult } from './command.ts';
import { evalCommand } from './eval-command.ts';
import { lintCommand } from './lint-command.ts';

/** Subcommands by name; others (`shell`, `exercises`, `grade`) register here. */
export const COMMANDS: Readonly<Record<string, Command>> = {
  eval: evalCommand,
  lint: lintCommand,
};

/** Usage text listing every subcommand. */
export function usage(): string {
  const lines = Object.entries(COMMANDS).map(
    ([name, c]) => `  ${name.padEnd(10)} ${c.summary}\n             ${c.usage}`,
  );
  return `usage: lab <command> [args]\n\ncommands:\n${lines.join('\n')}\n`;
}

/** Dispatches argv (without node and script) to a subcommand. */
export function runLab(argv: readonly string[], io: CommandIo): CommandResult {
  const [name, ...args] = argv;
  if (name === '--help' || name === '-h' || name === 'help')
    return { stdout: usage(), stderr: '', exitCode: 0 };
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) {
    const what = name === undefined ? 'missing command' : `unknown command "${name}"`;
    return { stdout: '', stderr: `lab: ${what}\n${usage()}`, exitCode: 2 };
  }
  return command.run(args, io);
}

const nodeIo: CommandIo = {
  readFile: (path) => readFileSync(path, 'utf8'),
  readStdin: () => readFileSync(0, 'utf8'),
};

if (import.meta.main) {
  const result = runLab(process.argv.slice(2), nodeIo);
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
}
