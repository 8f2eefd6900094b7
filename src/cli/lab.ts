import { readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command, CommandIo, CommandResult, ReplTarget } from './command.ts';
import { evalCommand } from './eval-command.ts';
import { exercisesCommand } from './exercises-command.ts';
import { gradeCommand } from './grade-command.ts';
import { lintCommand } from './lint-command.ts';
import { shellCommand } from './shell-command.ts';

/** Subcommands by name; others (`shell`, `exercises`, `grade`) register here. */
export const COMMANDS: Readonly<Record<string, Command>> = {
  eval: evalCommand,
  exercises: exercisesCommand,
  grade: gradeCommand,
  lint: lintCommand,
  shell: shellCommand,
};

/** Usage text listing every subcommand. */
export function usage(): string {
  const lines = Object.entries(COMMANDS).map(
    ([name, c]) => `  ${name.padEnd(10)} ${c.summary}\n             ${c.usage}`,
  );
  return `usage: lab <command> [args]\n\ncommands:\n${lines.join('\n')}\n`;
}

/** Dispatches argv (without node and script) to a subcommand. */
export async function runLab(argv: readonly string[], io: CommandIo): Promise<CommandResult> {
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

/** A line-by-line loop on the terminal with the shell's prompt; resolves with the last exit code. */
function nodeRepl(target: ReplTarget): Promise<number> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  let code = 0;
  return new Promise((resolve) => {
    const ask = () => {
      rl.setPrompt(target.prompt());
      rl.prompt();
    };
    rl.on('line', async (line) => {
      rl.pause();
      const result = await target.feed(line);
      for (const chunk of result.output)
        (chunk.stream === 'stdout' ? process.stdout : process.stderr).write(chunk.text);
      code = result.exitCode;
      if (result.exited) rl.close();
      else {
        rl.resume();
        ask();
      }
    });
    rl.on('close', () => resolve(code));
    ask();
  });
}

const nodeIo: CommandIo = {
  readFile: (path) => readFileSync(path, 'utf8'),
  readStdin: () => readFileSync(0, 'utf8'),
  writeFile: (path, text) => writeFileSync(path, text),
  stdinIsTty: process.stdin.isTTY === true,
  color: process.stdout.isTTY === true && process.env.NO_COLOR === undefined,
  repl: nodeRepl,
};

if (import.meta.main) {
  const result = await runLab(process.argv.slice(2), nodeIo);
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
}
