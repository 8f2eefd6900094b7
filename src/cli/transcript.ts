import type { Shell } from '../shell/shell.ts';

/** A script's run as a terminal would show it, and how it ended. */
export interface Transcript {
  /** `$ command`, `> continuation`, then the command's stdout and stderr in the order written. */
  readonly text: string;
  /** The last command's exit code (the `exit` code when the script ran `exit`). */
  readonly exitCode: number;
}

export interface TranscriptOptions {
  /** Bold commands and red stderr, for a terminal; plain text otherwise. */
  readonly color?: boolean;
}

const BOLD = '\x1b[1m';
const RED = '\x1b[31m';
const RESET = '\x1b[0m';

/** A blank or comment-only line between commands: not a command, so it is copied without a prompt. */
const NOT_A_COMMAND = /^\s*(#.*)?$/;

/**
 * Feeds `script` to `shell` line by line, as if typed (so `ssh` mid-script moves the rest of the script to the
 * instance), and records what the terminal shows: each command after `$ `, its continuation lines (here-documents,
 * open quotes, trailing `\`) after `> `, then its output. Blank and comment lines are copied as they are.
 */
export async function transcribe(
  shell: Shell,
  script: string,
  options: TranscriptOptions = {},
): Promise<Transcript> {
  const paint = (code: string, text: string) => (options.color && text ? `${code}${text}${RESET}` : text);
  const lines = script.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
  let text = '';
  let exitCode = 0;
  let pending = false;
  for (const line of lines) {
    if (!pending && NOT_A_COMMAND.test(line)) text += `${line}\n`;
    else text += `${paint(BOLD, `${pending ? '> ' : '$ '}${line}`)}\n`;
    const fed = await shell.feed(line);
    pending = fed.status === 'more';
    if (pending) continue;
    for (const chunk of fed.output) text += chunk.stream === 'stderr' ? paint(RED, chunk.text) : chunk.text;
    exitCode = fed.exitCode;
    if (fed.exited) return { text, exitCode };
  }
  if (pending) {
    // The script ended inside a command (an open quote, `if` without `fi`): bash's end-of-file error.
    shell.cancel();
    text += paint(RED, 'bash: syntax error: unexpected end of file\n');
    exitCode = 2;
  }
  return { text, exitCode };
}
