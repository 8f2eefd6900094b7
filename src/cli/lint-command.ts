import { lintPolicy, type PolicyKind } from '../sim/policy/index.ts';
import type { Command, CommandResult } from './command.ts';

const KINDS: readonly PolicyKind[] = ['identity', 'resource', 'trust', 'boundary', 'session', 'scp'];
const USAGE = `lab lint FILE --kind ${KINDS.join('|')} [--account ID]   (- reads stdin)`;

const fail = (message: string): CommandResult => ({
  stdout: '',
  stderr: `lab lint: ${message}\nusage: ${USAGE}\n`,
  exitCode: 2,
});

interface LintArgs {
  readonly file: string;
  readonly kind: PolicyKind;
  readonly account?: string;
}

function parseArgs(args: readonly string[]): LintArgs | string {
  const files: string[] = [];
  let kind: string | undefined;
  let account: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--kind' || arg === '--account') {
      const value = args[++i];
      if (value === undefined) return `${arg} needs a value`;
      if (arg === '--kind') kind = value;
      else account = value;
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else files.push(arg);
  }
  const [file] = files;
  if (file === undefined || files.length > 1) return 'expected one FILE argument';
  if (kind === undefined) return '--kind is required';
  if (!(KINDS as readonly string[]).includes(kind)) return `unknown kind "${kind}"`;
  if (account !== undefined && !/^\d{12}$/.test(account)) return `--account must be a 12-digit account id`;
  return { file, kind: kind as PolicyKind, ...(account === undefined ? {} : { account }) };
}

/**
 * `lab lint FILE --kind KIND`: prints the linter's findings as JSON. Exit 0 with no findings, 1 with
 * findings (a document IAM would reject, invalid JSON included, is an `error` finding), 2 for bad usage
 * or an unreadable file.
 */
export const lintCommand: Command = {
  summary: 'check a policy document for risky or ineffective statements; prints findings as JSON',
  usage: USAGE,
  run(args, io) {
    const parsed = parseArgs(args);
    if (typeof parsed === 'string') return fail(parsed);
    let text: string;
    try {
      text = parsed.file === '-' ? io.readStdin() : io.readFile(parsed.file);
    } catch (error) {
      return fail(`cannot read ${parsed.file}: ${(error as Error).message}`);
    }
    const options = parsed.account === undefined ? {} : { account: parsed.account };
    const findings = lintPolicy(text, parsed.kind, options);
    return {
      stdout: `${JSON.stringify(findings, null, 2)}\n`,
      stderr: '',
      exitCode: findings.length === 0 ? 0 : 1,
    };
  },
};
