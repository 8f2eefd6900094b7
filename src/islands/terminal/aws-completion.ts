import {
  findOperation,
  findService,
  operationNames,
  optionNames,
  serviceNames,
} from '../../shell/aws/spec/index.ts';

/** What completion needs from the learner's machine: the profiles in ~/.aws/config and ~/.aws/credentials. */
export interface AwsCompletionContext {
  profiles(): readonly string[];
}

// The CLI's global options that matter in the lab, offered with every operation's own.
const GLOBAL_OPTIONS = ['--output', '--query', '--region', '--profile', '--no-cli-pager', '--debug'];

// Global options that take a value (the CLI reads them anywhere on the line), and what Tab offers for it.
const GLOBAL_VALUES: Readonly<Record<string, (ctx: AwsCompletionContext) => readonly string[]>> = {
  '--output': () => ['json', 'text', 'table', 'yaml', 'yaml-stream'],
  '--profile': (ctx) => ctx.profiles(),
  '--color': () => ['on', 'off', 'auto'],
  '--cli-binary-format': () => ['base64', 'raw-in-base64-out'],
  '--region': () => [],
  '--query': () => [],
  '--endpoint-url': () => [],
  '--ca-bundle': () => [],
  '--cli-read-timeout': () => [],
  '--cli-connect-timeout': () => [],
};

// Commands of the CLI front that are not service specs, with the subcommands the lab simulates.
const CUSTOM_COMMANDS: Readonly<Record<string, readonly string[]>> = {
  s3: ['cp', 'ls', 'rm'],
  configure: ['get', 'list', 'list-profiles', 'set'],
};

/**
 * Tab completion after `aws`: services, then their operations, then options not used yet; a global option's value
 * (profile names after `--profile`, formats after `--output`) wherever it is; `undefined` (file names) for an
 * operation option's value, so `file://` paths complete.
 */
export function awsSubcommands(
  words: readonly string[],
  current: string,
  ctx: AwsCompletionContext = { profiles: () => [] },
): readonly string[] | undefined {
  if (words[0] !== 'aws') return undefined;
  const previous = words.at(-1) ?? '';
  const values = GLOBAL_VALUES[previous];
  if (values && words.length > 1) return values(ctx);
  // Global options and their values may come before the service: skip them to find service and operation.
  const positional: string[] = [];
  const rest: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const word = words[i] ?? '';
    if (positional.length < 2 && word.startsWith('-')) {
      if (GLOBAL_VALUES[word]) i++;
    } else if (positional.length < 2) positional.push(word);
    else rest.push(word);
  }
  const [serviceName, operationName] = positional;
  if (serviceName === undefined)
    return current.startsWith('-') ? GLOBAL_OPTIONS : [...serviceNames(), ...Object.keys(CUSTOM_COMMANDS)];
  const custom = CUSTOM_COMMANDS[serviceName];
  if (custom) return operationName === undefined ? custom : undefined;
  const service = findService(serviceName);
  if (!service) return [];
  if (operationName === undefined) return current.startsWith('-') ? GLOBAL_OPTIONS : operationNames(service);
  const operation = findOperation(service, operationName);
  if (!operation) return [];
  if (!current.startsWith('-') && rest.at(-1)?.startsWith('--')) return undefined;
  const used = new Set(words.filter((w) => w.startsWith('--')));
  return [...optionNames(operation), ...GLOBAL_OPTIONS].filter((o) => !used.has(o));
}
