import { readFileSync } from 'node:fs';
import { createLabSession, type LabSession } from '../shell/session.ts';
import type { Command, CommandResult } from './command.ts';
import { type Transcript, transcribe } from './transcript.ts';
import { findWorld } from './worlds.ts';

/** How a script's session starts (the flags of `lab shell`, or a script's `#!lab shell …` first line). */
export interface ShellRunOptions {
  /** `default`, a scenario name under `content/scenarios/`, or a scenario file path. */
  readonly world?: string;
  /** The id seed (overrides the scenario's). */
  readonly seed?: string;
  /** ISO 8601 start of the world clock (overrides the scenario's `start`). */
  readonly now?: string;
}

/** What the arguments said (a `ShellRunOptions` plus the script's source). */
interface Flags {
  world?: string;
  seed?: string;
  now?: string;
  script?: string;
  source?: string;
}

const USAGE = "lab shell [--world NAME|FILE] [--seed N] [--now ISO-8601] [-c 'SCRIPT' | FILE | -]";

/** A script's own defaults: a first line `#!lab shell --world NAME …` (command-line flags win). */
const HEADER = /^#!\s*lab shell(?:\s+(.*))?$/;

/** Reads `--world`, `--seed`, `--now` (and, on the command line, `-c` and FILE); a string is the mistake. */
function parseFlags(args: readonly string[], withScript: boolean): Flags | string {
  const flags: Flags = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const name = arg.startsWith('--') ? arg.split('=')[0] : arg;
    const inline = arg.includes('=') && arg.startsWith('--') ? arg.slice(arg.indexOf('=') + 1) : undefined;
    const value = () => inline ?? args[++i];
    if (name === '--world' || name === '--seed' || name === '--now' || (withScript && name === '-c')) {
      const v = value();
      if (v === undefined) return `${name} needs a value`;
      if (name === '--world') flags.world = v;
      else if (name === '--seed') flags.seed = v;
      else if (name === '--now') flags.now = v;
      else flags.script = v;
    } else if (withScript && (arg === '-' || !arg.startsWith('-')) && flags.source === undefined)
      flags.source = arg;
    else return `unexpected argument ${arg}`;
  }
  if (flags.script !== undefined && flags.source !== undefined)
    return `give -c SCRIPT or FILE, not both (${flags.source})`;
  return flags;
}

/** `--now` as the scenario's `start`, or the mistake. */
function startTime(now: string): string | { error: string } {
  const ms = /^\d{4}-\d{2}-\d{2}(T|$)/.test(now) ? Date.parse(now) : Number.NaN;
  if (Number.isNaN(ms))
    return { error: `--now expects an ISO 8601 time such as 2025-01-15T09:00:00Z, not ${now}` };
  return new Date(ms).toISOString();
}

/** A fresh session for `options`, or the mistake (unknown world, bad scenario file, bad time). */
function startSession(
  options: ShellRunOptions,
  readFile: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): LabSession | { error: string } {
  const world = findWorld(options.world ?? 'default', readFile);
  if (!world.ok) return { error: world.message };
  let scenario = world.scenario;
  if (options.now !== undefined) {
    const start = startTime(options.now);
    if (typeof start !== 'string') return start;
    scenario = { ...scenario, start };
  }
  try {
    return createLabSession({ scenario, ...(options.seed === undefined ? {} : { seed: options.seed }) });
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** The options a script asks for on its `#!lab shell …` first line, or the mistake. */
function scriptOptions(script: string): ShellRunOptions | string {
  const header = HEADER.exec(script.split('\n', 1)[0]?.trimEnd() ?? '');
  if (!header) return {};
  const flags = parseFlags(header[1]?.split(/\s+/).filter(Boolean) ?? [], false);
  return typeof flags === 'string' ? `#!lab shell line: ${flags}` : flags;
}

/**
 * Runs `script` in a fresh lab session as `lab shell` does and returns the transcript: each command after `$ `
 * (continuations after `> `), then its stdout and stderr in the order written. `options` override the script's
 * `#!lab shell …` line. A mistake in the options is returned as `{ error }`.
 */
export async function runShellScript(
  script: string,
  options: ShellRunOptions & { readonly color?: boolean } = {},
  readFile?: (path: string) => string,
): Promise<Transcript | { error: string }> {
  const own = scriptOptions(script);
  if (typeof own === 'string') return { error: own };
  const session = startSession({ ...own, ...options }, readFile);
  if ('error' in session) return session;
  return transcribe(session.shell, script, { color: options.color === true });
}

const fail = (message: string): CommandResult => ({
  stdout: '',
  stderr: `lab shell: ${message}\n`,
  exitCode: 2,
});

/**
 * `lab shell [--world NAME] [--seed N] [--now ISO] [-c SCRIPT | FILE | -]`: runs a script in a fresh lab session line
 * by line as if typed and prints the transcript on stdout; the exit code is the last command's. Without a script and
 * on a terminal, a line-by-line prompt.
 */
export const shellCommand: Command = {
  summary: 'run a script in the simulated lab shell (aws, curl, ssh …) and print the terminal transcript',
  usage: `${USAGE}   (no script on a terminal: interactive)`,
  async run(args, io) {
    const flags = parseFlags(args, true);
    if (typeof flags === 'string') return fail(`${flags}\nusage: ${USAGE}`);
    const { script: inline, source, ...options } = flags;
    let script = inline;
    if (script === undefined && source !== undefined) {
      try {
        script = source === '-' ? io.readStdin() : io.readFile(source);
      } catch (error) {
        return fail(`cannot read ${source}: ${(error as Error).message}`);
      }
    }
    if (script === undefined && io.stdinIsTty && io.repl) {
      const session = startSession(options, io.readFile);
      if ('error' in session) return fail(session.error);
      return { stdout: '', stderr: '', exitCode: await io.repl(session.shell) };
    }
    script ??= io.readStdin();
    const run = await runShellScript(script, { ...options, color: io.color === true }, io.readFile);
    if ('error' in run) return fail(run.error);
    return { stdout: run.text, stderr: '', exitCode: run.exitCode };
  },
};
