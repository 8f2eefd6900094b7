import {
  findOperation,
  findService,
  operationNames,
  optionNames,
  serviceNames,
} from '../../shell/aws/spec/index.ts';

// Options every operation accepts (the CLI's global options that matter in the lab).
const GLOBAL_OPTIONS = ['--output', '--query', '--region', '--profile', '--no-cli-pager', '--debug'];

/**
 * Tab completion after `aws`: services, then their operations, then options not used yet. `undefined` (file names)
 * for an option's value, so `file://` paths complete.
 */
export function awsSubcommands(words: readonly string[], current: string): readonly string[] | undefined {
  const [command, serviceName = '', operationName = ''] = words;
  if (command !== 'aws') return undefined;
  if (words.length === 1) return serviceNames();
  const service = findService(serviceName);
  if (!service) return [];
  if (words.length === 2) return operationNames(service);
  const operation = findOperation(service, operationName);
  if (!operation) return [];
  const previous = words.at(-1) ?? '';
  if (!current.startsWith('-') && previous.startsWith('--') && words.length > 3) return undefined;
  const used = new Set(words.filter((w) => w.startsWith('--')));
  return [...optionNames(operation), ...GLOBAL_OPTIONS].filter((o) => !used.has(o));
}
