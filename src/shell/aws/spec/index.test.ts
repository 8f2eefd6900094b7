import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findOperation,
  findService,
  memberShapeName,
  operationChoices,
  operationNames,
  optionNames,
  serviceChoices,
  serviceNames,
} from './index.ts';
import type { ServiceSpec, Shape } from './types.ts';

const services = serviceNames().map((name) => findService(name) as ServiceSpec);

function referenced(shape: Shape): string[] {
  if (shape.type === 'structure') return Object.values(shape.members).map(memberShapeName);
  if (shape.type === 'list') return [shape.member];
  if (shape.type === 'map') return [shape.key, shape.value];
  return [];
}

describe('service specs', () => {
  it('has the course services under their CLI names', () => {
    expect(serviceNames()).toEqual([
      'accessanalyzer',
      'cloudtrail',
      'dynamodb',
      'ec2',
      'iam',
      'kms',
      'lambda',
      'logs',
      'organizations',
      's3api',
      'secretsmanager',
      'sns',
      'sqs',
      'ssm',
      'sts',
    ]);
    expect(findService('s3')).toBeUndefined();
    expect(findService('s3api')?.model).toBe('s3');
  });

  it.each([
    ['ListMFADevices', 'list-mfa-devices'],
    ['GetAccountAuthorizationDetails', 'get-account-authorization-details'],
    ['CreateSAMLProvider', 'create-saml-provider'],
    ['CreateOpenIDConnectProvider', 'create-open-id-connect-provider'],
    ['AddClientIDToOpenIDConnectProvider', 'add-client-id-to-open-id-connect-provider'],
    ['GetRole', 'get-role'],
  ])('names IAM %s as %s, as botocore xform_name does', (api, cli) => {
    const iam = findService('iam') as ServiceSpec;
    expect(iam.operations[api]?.cli).toBe(cli);
    expect(findOperation(iam, cli)?.name).toBe(api);
  });

  it('derives option names the same way', () => {
    const iam = findService('iam') as ServiceSpec;
    const op = findOperation(iam, 'create-open-id-connect-provider');
    expect(op?.spec.args.map(([name]) => name)).toContain('client-id-list');
    const sts = findService('sts') as ServiceSpec;
    expect(optionNames(findOperation(sts, 'assume-role') as never)).toContain('--duration-seconds');
  });

  it.each(services.map((s) => [s.service, s] as const))(
    '%s: every shape it refers to is there',
    (_, spec) => {
      for (const op of Object.values(spec.operations)) {
        for (const name of [op.input, op.output]) if (name) expect(spec.shapes[name], name).toBeDefined();
      }
      for (const [name, shape] of Object.entries(spec.shapes)) {
        for (const ref of referenced(shape)) expect(spec.shapes[ref], `${name} -> ${ref}`).toBeDefined();
      }
    },
  );

  it.each(services.map((s) => [s.service, s] as const))(
    '%s: arguments name real input members',
    (_, spec) => {
      for (const [api, op] of Object.entries(spec.operations)) {
        const input = op.input ? spec.shapes[op.input] : undefined;
        for (const [name, member] of op.args) {
          if (member === null) continue;
          expect(input?.type === 'structure' && member in input.members, `${api} --${name}`).toBe(true);
        }
        expect(spec.commands).toContain(op.cli);
      }
    },
  );

  it.each(services.map((s) => [s.service] as const))('%s: the JSON stays small', (name) => {
    const size = readFileSync(join(import.meta.dirname, `${name}.json`)).length;
    expect(size).toBeLessThan(400_000);
  });

  it('simulates every IAM and STS operation and a chosen few elsewhere', () => {
    expect(operationNames(findService('iam') as ServiceSpec)).toHaveLength(176);
    expect(operationNames(findService('sts') as ServiceSpec)).toContain('get-caller-identity');
    expect(operationNames(findService('s3api') as ServiceSpec)).toHaveLength(17);
  });

  it('lists choices the way the CLI prints them, help last', () => {
    expect(serviceChoices().at(-1)).toBe('help');
    expect(serviceChoices()).toContain('s3api');
    expect(serviceChoices()).not.toContain('codedeploy');
    const ec2 = findService('ec2') as ServiceSpec;
    expect(operationChoices(ec2).slice(-2)).toEqual(['wait', 'help']);
    expect(operationChoices(ec2)).toContain('describe-key-pairs'); // real, though not simulated
  });

  it('keeps the CLI argument order, with its customizations', () => {
    const ec2 = findService('ec2') as ServiceSpec;
    const run = findOperation(ec2, 'run-instances');
    const names = run?.spec.args.map(([name]) => name) ?? [];
    expect(names).not.toContain('min-count');
    expect(names).toContain('count');
    expect(names).toContain('enable-api-termination');
    expect(names.slice(-3)).toEqual(['cli-input-json', 'cli-input-yaml', 'generate-cli-skeleton']);
    const iam = findService('iam') as ServiceSpec;
    const listRoles = findOperation(iam, 'list-roles');
    expect(listRoles?.spec.args.map(([name]) => name)).toEqual([
      'path-prefix',
      'marker',
      'max-items',
      'cli-input-json',
      'cli-input-yaml',
      'starting-token',
      'page-size',
      'generate-cli-skeleton',
    ]);
    expect(optionNames(listRoles as never)).not.toContain('--marker');
    const s3api = findService('s3api') as ServiceSpec;
    expect(findOperation(s3api, 'get-object')?.spec.args.at(-1)).toEqual(['outfile', null, 'outfile']);
  });
});
