import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type FoundOperation, findOperation, findService, optionNames, serviceNames } from './index.ts';
import { serviceListSchema, specProblem } from './schema.ts';

const dir = import.meta.dirname;
const read = (file: string): unknown => JSON.parse(readFileSync(join(dir, file), 'utf8'));
const specFiles = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'services.json');

describe('the spec format (zod)', () => {
  it.each(specFiles)('%s is a valid spec whose names all resolve', (file) => {
    expect(specProblem(file, read(file))).toBeNull();
  });

  it('services.json lists the CLI’s commands', () => {
    expect(serviceListSchema.safeParse(read('services.json')).success).toBe(true);
  });

  it('the loader knows every spec file in the directory', () => {
    expect(serviceNames().map((name) => `${name}.json`)).toEqual([...specFiles].sort());
  });

  it('names the file and the field of a generator mistake', () => {
    const iam = read('iam.json') as { operations: Record<string, Record<string, unknown>>; shapes: object };
    const renamed = structuredClone(iam);
    (renamed.operations.CreateRole as Record<string, unknown>).arguments = [];
    expect(specProblem('iam.json', renamed)).toBe(
      'iam.json: operations.CreateRole: Unrecognized key: "arguments"',
    );
    const dangling = structuredClone(iam);
    (dangling.operations.CreateRole as Record<string, unknown>).input = 'NoSuchShape';
    expect(specProblem('iam.json', dangling)).toBe(
      'iam.json: operations.CreateRole.input: no shape NoSuchShape in shapes',
    );
    const badArg = structuredClone(iam);
    (badArg.operations.CreateRole as { args: unknown[] }).args.push(['role', 'Role']);
    expect(specProblem('iam.json', badArg)).toBe(
      'iam.json: operations.CreateRole.args.10: --role names Role, not a member of CreateRoleRequest',
    );
  });
});

/** The options an operation takes, as Tab completion and `help` list them. */
function options(service: string, operation: string): string[] {
  const spec = findService(service);
  const op = spec && findOperation(spec, operation);
  if (!op) throw new Error(`no ${service} ${operation} in the specs`);
  return optionNames(op as FoundOperation);
}

// Option names and order as the AWS CLI v2 command reference's synopsis prints them (docs.aws.amazon.com/cli).
describe('option names match the AWS CLI v2 reference', () => {
  const generic = ['--cli-input-json', '--cli-input-yaml', '--generate-cli-skeleton'];
  it.each([
    [
      'iam create-role',
      [
        '--path',
        '--role-name',
        '--assume-role-policy-document',
        '--description',
        '--max-session-duration',
        '--permissions-boundary',
        '--tags',
        ...generic,
      ],
    ],
    ['iam put-role-policy', ['--role-name', '--policy-name', '--policy-document', ...generic]],
    ['iam update-assume-role-policy', ['--role-name', '--policy-document', ...generic]],
    [
      'iam list-roles',
      [
        '--path-prefix',
        '--max-items',
        '--cli-input-json',
        '--cli-input-yaml',
        '--starting-token',
        '--page-size',
        '--generate-cli-skeleton',
      ],
    ],
    [
      'iam create-open-id-connect-provider',
      ['--url', '--client-id-list', '--thumbprint-list', '--tags', ...generic],
    ],
    [
      'sts assume-role',
      [
        '--role-arn',
        '--role-session-name',
        '--policy-arns',
        '--policy',
        '--duration-seconds',
        '--tags',
        '--transitive-tag-keys',
        '--external-id',
        '--serial-number',
        '--token-code',
        '--source-identity',
        '--provided-contexts',
        ...generic,
      ],
    ],
    [
      'sts assume-role-with-web-identity',
      [
        '--role-arn',
        '--role-session-name',
        '--web-identity-token',
        '--provider-id',
        '--policy-arns',
        '--policy',
        '--duration-seconds',
        ...generic,
      ],
    ],
    ['sts get-caller-identity', generic],
    ['ec2 associate-iam-instance-profile', ['--iam-instance-profile', '--instance-id', ...generic]],
  ])('aws %s', (command, expected) => {
    const [service = '', operation = ''] = command.split(' ');
    expect(options(service, operation)).toEqual(expected);
  });
});
