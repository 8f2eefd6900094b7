import { getCloseMatches } from './difflib.ts';
import { reprString } from './python.ts';

/** What the `aws` front prints for a mistake: stderr text and the exit code. */
export interface CliFailure {
  readonly ok: false;
  readonly stderr: string;
  readonly exitCode: number;
}

/** Exit code for usage, validation and parameter-file errors (AWS CLI v2). */
export const USAGE_EXIT = 252;
/** Exit code for anything else, e.g. a Python ValueError such as `invalid literal for int()`. */
export const GENERIC_EXIT = 255;

/** The usage banner AWS CLI v2 prints before an argument error. */
export const USAGE =
  'usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n' +
  'To see help text, you can run:\n' +
  '\n' +
  '  aws help\n' +
  '  aws <command> help\n' +
  '  aws <command> <subcommand> help\n';

/** An argparse error: blank line, usage banner, `aws: error: MESSAGE`, exit 252. */
export function usageError(message: string): CliFailure {
  return { ok: false, stderr: `\n${USAGE}\naws: error: ${message}\n\n`, exitCode: USAGE_EXIT };
}

/** `Unknown options: --rolename, x` after the usage banner, exit 252. */
export function unknownOptions(extras: readonly string[]): CliFailure {
  return { ok: false, stderr: `\n${USAGE}\nUnknown options: ${extras.join(', ')}\n\n`, exitCode: USAGE_EXIT };
}

/** Any other CLI error: a blank line, the message, a newline (exit 252 unless said otherwise). */
export function cliError(message: string, exitCode = USAGE_EXIT): CliFailure {
  return { ok: false, stderr: `\n${message}\n`, exitCode };
}

/**
 * argparse's `Invalid choice` text for a service, operation or option value: every choice two
 * per line (`%-40s | %-40s`), then `maybe you meant` when difflib finds a close match.
 */
export function invalidChoiceMessage(value: string, choices: readonly string[]): string {
  const lines = ['Invalid choice, valid choices are:\n'];
  for (let i = 0; i < choices.length; i += 2) {
    lines.push(
      choices
        .slice(i, i + 2)
        .map((choice) => choice.padEnd(40))
        .join(' | '),
    );
  }
  const possible = getCloseMatches(value, choices);
  if (possible.length > 0) {
    lines.push(`\n\nInvalid choice: ${reprString(value)}, maybe you meant:\n`);
    for (const word of possible) lines.push(`  * ${word}`);
  }
  return lines.join('\n');
}

/**
 * The whole failure for a mistyped choice, e.g. `invalidChoice('operation', 'get-rol', [...names, 'help'])`
 * or `invalidChoice('command', 'iamm', serviceChoices())`.
 */
export function invalidChoice(argument: string, value: string, choices: readonly string[]): CliFailure {
  return usageError(`argument ${argument}: ${invalidChoiceMessage(value, choices)}`);
}

/** Thrown inside the parser to stop at the first CLI error; parseOperationArgs returns its failure. */
export class CliAbort {
  readonly failure: CliFailure;
  constructor(failure: CliFailure) {
    this.failure = failure;
  }
}

/** Stops parsing with `Error parsing parameter '--opt': MESSAGE` (exit 252). */
export function paramError(cliName: string, message: string): never {
  throw new CliAbort(cliError(`Error parsing parameter '${cliName}': ${message}`));
}

/** Stops parsing with a Python exception the CLI does not handle: its message, exit 255. */
export function pythonError(message: string): never {
  throw new CliAbort(cliError(message, GENERIC_EXIT));
}
