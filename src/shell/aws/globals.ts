import type { OutputFormat } from './format/index.ts';
import { type Action, parseKnownArgs } from './params/argparse.ts';
import type { CliFailure } from './params/index.ts';

/** The global options of AWS CLI v2 (`awscli/data/cli.json`), as the main parser reads them anywhere on the line. */
export interface GlobalOptions {
  readonly debug: boolean;
  readonly endpointUrl?: string;
  readonly paginate: boolean;
  readonly output?: OutputFormat;
  readonly query?: string;
  readonly profile?: string;
  readonly region?: string;
  readonly version: boolean;
  readonly color: 'on' | 'off' | 'auto';
  readonly signRequest: boolean;
  readonly binaryFormat?: 'base64' | 'raw-in-base64-out';
  readonly noCliPager: boolean;
}

/** What the main parser leaves: the command (`iam`, `s3`, `configure`) and everything after it, in order. */
export interface MainArgs {
  readonly ok: true;
  readonly globals: GlobalOptions;
  readonly command: string;
  readonly rest: string[];
}

const flag = (name: string, dest = name): Action => ({
  dest,
  optionStrings: [`--${name}`],
  nargs: 0,
  required: false,
  constValue: true,
});
const option = (name: string, extra: Partial<Action> = {}): Action => ({
  dest: name,
  optionStrings: [`--${name}`],
  nargs: null,
  required: false,
  ...extra,
});

// In cli.json's order: argparse lists ambiguous matches in this order.
const GLOBAL_ACTIONS: readonly Action[] = [
  flag('debug'),
  option('endpoint-url'),
  flag('no-verify-ssl'),
  flag('no-paginate'),
  option('output', { choices: ['json', 'text', 'table', 'yaml', 'yaml-stream'] }),
  option('query'),
  option('profile'),
  option('region'),
  flag('version'),
  option('color', { choices: ['on', 'off', 'auto'] }),
  flag('no-sign-request'),
  option('ca-bundle'),
  option('cli-read-timeout', { type: 'int' }),
  option('cli-connect-timeout', { type: 'int' }),
  option('cli-binary-format', { choices: ['base64', 'raw-in-base64-out'] }),
  flag('no-cli-pager'),
  flag('cli-auto-prompt'),
  flag('no-cli-auto-prompt'),
];

const COMMAND: Action = { dest: 'command', optionStrings: [], nargs: null, required: true };

/**
 * `MainArgParser.parse_known_args`: global options anywhere (unambiguous prefixes and `--opt=value` too), the first
 * positional is the command, the rest stays in order for the service's parser. `--version` wins over a missing command.
 */
export function parseMainArgs(argv: readonly string[]): MainArgs | CliFailure | { ok: true; version: true } {
  const versionOnly = parseKnownArgs(GLOBAL_ACTIONS, argv);
  if (versionOnly.ok && versionOnly.values.get('version') === true) return { ok: true, version: true };
  const parsed = parseKnownArgs([...GLOBAL_ACTIONS, COMMAND], argv);
  if (!parsed.ok) return parsed;
  const v = parsed.values;
  const text = (dest: string): string | undefined => {
    const value = v.get(dest);
    return typeof value === 'string' ? value : undefined;
  };
  const output = text('output') as OutputFormat | undefined;
  const binaryFormat = text('cli-binary-format') as GlobalOptions['binaryFormat'];
  const endpointUrl = text('endpoint-url');
  const query = text('query');
  const profile = text('profile');
  const region = text('region');
  const globals: GlobalOptions = {
    debug: v.get('debug') === true,
    paginate: v.get('no-paginate') !== true,
    version: false,
    color: (text('color') as GlobalOptions['color'] | undefined) ?? 'auto',
    signRequest: v.get('no-sign-request') !== true,
    noCliPager: v.get('no-cli-pager') === true,
    ...(endpointUrl !== undefined ? { endpointUrl } : {}),
    ...(output !== undefined ? { output } : {}),
    ...(query !== undefined ? { query } : {}),
    ...(profile !== undefined ? { profile } : {}),
    ...(region !== undefined ? { region } : {}),
    ...(binaryFormat !== undefined ? { binaryFormat } : {}),
  };
  return { ok: true, globals, command: String(v.get('command')), rest: parsed.extras };
}
