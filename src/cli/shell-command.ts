import { createLabSession } from '../shell/session.ts';
import type { Command, CommandResult } from './command.ts';

const fail = (message: string, code = 2): CommandResult => ({
  stdout: '',
  stderr: `lab shell: ${message}\n`,
  exitCode: code,
});

/**
 * `lab shell [--scenario FILE] [-c SCRIPT | FILE | -]`: runs commands in a fresh lab session (the default sandbox
 * unless a scenario is given) as if typed into the browser terminal, printing what the terminal would show; the exit
 * code is the last command's. Without a script and on a terminal, a line-by-line prompt.
 */
export const shellCommand: Command = {
  summary: 'run commands in the simulated lab shell (aws, curl, ssh …) and print what the terminal shows',
  usage: "lab shell [--scenario FILE] [-c 'SCRIPT' | SCRIPT.sh | -]   (no script on a terminal: interactive)",
  async run(args, io) {
    let scenarioFile: string | undefined;
    let script: string | undefined;
    let source: string | undefined;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i] as string;
      if (arg === '--scenario') scenarioFile = args[++i];
      else if (arg === '-c') script = args[++i];
      else if (source === undefined && script === undefined) source = arg;
      else return fail(`unexpected argument ${arg}\nusage: ${this.usage}`);
    }
    let scenario: unknown;
    if (scenarioFile !== undefined) {
      try {
        scenario = JSON.parse(io.readFile(scenarioFile));
      } catch (error) {
        return fail(`cannot read scenario ${scenarioFile}: ${(error as Error).message}`);
      }
    }
    let session: ReturnType<typeof createLabSession>;
    try {
      session = createLabSession(scenario === undefined ? {} : { scenario });
    } catch (error) {
      return fail((error as Error).message);
    }
    if (script === undefined && source !== undefined) {
      try {
        script = source === '-' ? io.readStdin() : io.readFile(source);
      } catch (error) {
        return fail(`cannot read ${source}: ${(error as Error).message}`);
      }
    }
    if (script === undefined) {
      if (io.stdinIsTty && io.repl) return { stdout: '', stderr: '', exitCode: await io.repl(session.shell) };
      script = io.readStdin();
    }
    const result = await session.shell.run(script);
    return { stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode };
  },
};
