import {
  type FoundOperation,
  operationNames,
  type ServiceSpec,
  serviceNames,
  shapeOf,
} from './spec/index.ts';

/**
 * Concise help texts. The real CLI opens a manual page (`aws help` runs a pager over rendered docs); here a short
 * page says what the command is and lists what it accepts, in the CLI's synopsis style.
 */
export function topHelp(): string {
  return [
    'AWS()',
    '',
    'NAME',
    '       aws -',
    '',
    'DESCRIPTION',
    '       The  AWS  Command  Line  Interface is a unified tool to manage your AWS',
    "       services. This simulated CLI answers from the lab's mock AWS world.",
    '',
    'SYNOPSIS',
    '          aws [options] <command> <subcommand> [parameters]',
    '',
    'AVAILABLE SERVICES (simulated)',
    ...[...serviceNames(), 'configure', 's3'].sort().map((name) => `       o ${name}`),
    '',
  ].join('\n');
}

/** `aws <service> help`: the service and its simulated operations. */
export function serviceHelp(service: ServiceSpec): string {
  return [
    `${service.service.toUpperCase()}()`,
    '',
    'NAME',
    `       ${service.service} -`,
    '',
    'DESCRIPTION',
    `       ${service.serviceId} (API version ${service.apiVersion}), answered by the simulated world.`,
    '',
    'AVAILABLE COMMANDS (simulated)',
    ...operationNames(service).map((name) => `       o ${name}`),
    '',
  ].join('\n');
}

/** `aws <service> <operation> help`: the API it calls and the synopsis of its options. */
export function operationHelp(op: FoundOperation): string {
  const input = op.spec.input ? shapeOf(op.service, op.spec.input) : undefined;
  const required = new Set(input?.type === 'structure' ? (input.required ?? []) : []);
  const lines: string[] = [];
  const args = op.spec.args;
  for (let i = 0; i < args.length; i++) {
    const [name, member, kind] = args[i] as (typeof args)[number];
    const next = args[i + 1];
    if (kind === 'cli-input-json' && next?.[2] === 'cli-input-yaml') {
      lines.push('[--cli-input-json | --cli-input-yaml]');
      i++;
    } else if (kind === 'negate') continue;
    else if (next?.[2] === 'negate' && next[0] === `no-${name}`) {
      lines.push(`[--${name} | --no-${name}]`);
      i++;
    } else if (member && required.has(member)) lines.push(`--${name} <value>`);
    else lines.push(`[--${name} <value>]`);
  }
  return [
    `${op.spec.cli.toUpperCase()}()`,
    '',
    'NAME',
    `       ${op.spec.cli} -`,
    '',
    'DESCRIPTION',
    `       Calls the ${op.service.serviceId} ${op.name} API in the simulated world.`,
    '',
    'SYNOPSIS',
    `            ${op.spec.cli}`,
    ...lines.map((line) => `          ${line}`),
    '',
  ].join('\n');
}
