/**
 * fast-check arbitraries for fuzzing the `aws` front: command lines built from the CLI specs, with values shaped
 * like each option's input member (JSON, shorthand or files), plus global options and a few wrong names.
 */
import fc from 'fast-check';
import { isImplemented, worldService } from '../aws/implemented.ts';
import {
  type FoundOperation,
  findOperation,
  findService,
  memberShapeName,
  operationNames,
  optionNames,
  type ServiceSpec,
  serviceNames,
} from '../aws/spec/index.ts';
import { shellQuote, text } from './shell-tokens.ts';

const NAMES = [
  'student',
  'ReportsReader',
  'orders',
  'web-1',
  'dev-reports-111111111111',
  'account-b-bucket',
  'reports/2025-01.csv',
  'arn:aws:iam::111111111111:role/ReportsReader',
  'arn:aws:iam::111111111111:user/student',
  'arn:aws:iam::aws:policy/ReadOnlyAccess',
  'arn:aws:iam::111111111111:mfa/student',
  'arn:aws:s3:::dev-reports-111111111111/*',
  'i-0123456789abcdef0',
  'us-east-1',
  '/',
  '/app/',
  '',
  ' ',
  '*',
  '123456789012',
];

const POLICIES = [
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}',
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111111111111:root"},"Action":"sts:AssumeRole"}]}',
  '{"Version":"2012-10-17","Statement":{"Effect":"Deny","NotAction":"iam:*","Resource":"*","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"false"}}}}',
  '{"Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}',
  '{"Statement":[]}',
  '{',
  '[]',
  'null',
];

/** A JSON value shaped like `shapeName` of `spec` (when `wild`, sometimes wrong on purpose), depth-limited. */
function jsonValueOf(
  spec: ServiceSpec,
  shapeName: string,
  depth: number,
  wild: boolean,
): fc.Arbitrary<unknown> {
  const shape = spec.shapes[shapeName];
  const wrong = fc.oneof(fc.constant(null), fc.string({ maxLength: 6 }), fc.integer(), fc.boolean());
  if (!shape) return wrong;
  const scalar = (arb: fc.Arbitrary<unknown>) =>
    wild ? fc.oneof({ weight: 6, arbitrary: arb }, wrong) : arb;
  switch (shape.type) {
    case 'string': {
      const options: fc.Arbitrary<unknown>[] = [
        fc.constantFrom(...NAMES),
        wild ? text(20) : fc.stringMatching(/^\w[\w+=,.@-]{0,19}$/),
      ];
      if (shape.enum?.length) options.push(fc.constantFrom(...shape.enum));
      if (/polic|document/i.test(shapeName)) options.push(fc.constantFrom(...POLICIES));
      return scalar(fc.oneof(...options));
    }
    case 'integer':
    case 'long':
      return scalar(
        fc.oneof(fc.integer({ min: -5, max: 100_000 }), fc.constantFrom(3600, 43200, 900, 2 ** 53)),
      );
    case 'double':
    case 'float':
      return scalar(fc.double({ noNaN: true }));
    case 'boolean':
      return scalar(fc.boolean());
    case 'timestamp':
      return scalar(fc.constantFrom('2025-01-15T09:00:00Z', '2025-01-15', 1736931600, 'yesterday', '0'));
    case 'blob':
      return scalar(fc.oneof(fc.base64String({ maxLength: 12 }), text(8)));
    case 'list':
      if (depth > 2) return fc.constant([]);
      return scalar(fc.array(jsonValueOf(spec, shape.member, depth + 1, wild), { maxLength: 3 }));
    case 'map':
      if (depth > 2) return fc.constant({});
      return scalar(
        fc.dictionary(fc.string({ maxLength: 5 }), jsonValueOf(spec, shape.value, depth + 1, wild), {
          maxKeys: 3,
        }),
      );
    case 'structure': {
      if (shape.document) return fc.jsonValue({ maxDepth: 2 });
      const members = Object.entries(shape.members);
      if (depth > 2 || members.length === 0) return fc.constant({});
      return scalar(
        fc
          .subarray(members, { maxLength: Math.min(4, members.length) })
          .chain((picked) =>
            fc
              .tuple(...picked.map(([, ref]) => jsonValueOf(spec, memberShapeName(ref), depth + 1, wild)))
              .map((values) => Object.fromEntries(picked.map(([name], i) => [name, values[i]]))),
          ),
      );
    }
  }
}

/** Shorthand syntax for a value (`Key=a,Value=b`, `a,b`, `{K=[x,y]}`), loosely: wrong text is welcome too. */
function shorthand(value: unknown, top: boolean): string {
  if (Array.isArray(value)) {
    const items = value.map((v) => shorthand(v, false));
    return top ? items.join(',') : `[${items.join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const pairs = Object.entries(value).map(([k, v]) => `${k}=${shorthand(v, false)}`);
    return top ? pairs.join(',') : `{${pairs.join(',')}}`;
  }
  return String(value);
}

const plainText = (value: unknown) => (typeof value === 'string' ? value : (JSON.stringify(value) ?? 'null'));

/** How one value is written: as JSON, as shorthand, as its plain text, or as a file the session holds. */
function rendered(value: unknown): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant(plainText(value)) },
    { weight: 2, arbitrary: fc.constant(shorthand(value, true)) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'file://policy.json',
        'file://missing.json',
        'fileb://f.txt',
        'file://',
        'file://~/.aws',
      ),
    },
  );
}

const GLOBALS = fc.oneof(
  fc.constantFrom(
    '--debug',
    '--no-paginate',
    '--no-sign-request',
    '--no-cli-pager',
    '--version',
    '--color on',
  ),
  fc.constantFrom('json', 'text', 'table', 'yaml', 'yaml-stream', 'xml').map((o) => `--output ${o}`),
  fc.constantFrom('us-east-1', 'eu-west-1', 'mars-1', '').map((r) => `--region ${shellQuote(r)}`),
  fc.constantFrom('default', 'nosuch', 'admin').map((p) => `--profile ${p}`),
  fc.constantFrom('base64', 'raw-in-base64-out').map((b) => `--cli-binary-format ${b}`),
  fc
    .constantFrom('Roles[].RoleName', '[0]', 'length(@)', 'Arn', 'foo[?', "a.b | c[?d=='e']", '`1`', '*.*')
    .map((q) => `--query ${shellQuote(q)}`),
);

/** `--option value` for one member argument; a boolean is a bare flag (or its `--no-` twin). */
function memberOption(
  spec: ServiceSpec,
  op: FoundOperation,
  name: string,
  wild: boolean,
): fc.Arbitrary<string> {
  const entry = op.spec.args.find(([option]) => option === name);
  const input = op.spec.input ? spec.shapes[op.spec.input] : undefined;
  const ref = entry?.[1] && input?.type === 'structure' ? input.members[entry[1]] : undefined;
  if (!ref) return fc.constant(`--${name}`);
  const shapeName = memberShapeName(ref);
  if (spec.shapes[shapeName]?.type === 'boolean' && !(wild && name.startsWith('x')))
    return fc.constant(`--${name}`);
  return jsonValueOf(spec, shapeName, 0, wild)
    .chain((v) => (wild ? rendered(v) : fc.oneof(fc.constant(plainText(v)), fc.constant(shorthand(v, true)))))
    .map((v) => `--${name} ${shellQuote(v)}`);
}

/** The options of an operation: its required ones with sensible values plus a few others, or anything at all. */
function optionsOf(spec: ServiceSpec, cli: string): fc.Arbitrary<string[]> {
  const op = findOperation(spec, cli);
  if (!op) return fc.constant(['--bogus', 'x']);
  const input = op.spec.input ? spec.shapes[op.spec.input] : undefined;
  const required = new Set(input?.type === 'structure' ? (input.required ?? []) : []);
  const members = op.spec.args.filter(([, member, kind]) => member !== null && kind === undefined);
  const needed = members.filter(([, member]) => required.has(member ?? '')).map(([name]) => name);
  const optional = members.filter(([, member]) => !required.has(member ?? '')).map(([name]) => name);
  const sensible = fc
    .tuple(
      fc.tuple(...needed.map((name) => memberOption(spec, op, name, false))),
      fc
        .subarray(optional, { maxLength: Math.min(3, optional.length) })
        .chain((names) => fc.tuple(...names.map((name) => memberOption(spec, op, name, false)))),
    )
    .map(([a, b]) => [...a, ...b]);
  const names = op.spec.args.map(([name]) => name);
  const anything = fc.array(
    fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...names).chain((name) => memberOption(spec, op, name, true)) },
      { weight: 1, arbitrary: fc.constantFrom(...optionNames(op)) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          '--max-items 1',
          '--page-size 1',
          '--starting-token abc',
          '--rol',
          '--',
          'help',
          '--cli-input-json {}',
          '--generate-cli-skeleton',
        ),
      },
    ),
    { maxLength: 5 },
  );
  return fc.oneof({ weight: 3, arbitrary: sensible }, anything);
}

const S3_ARGS = [
  's3://dev-reports-111111111111/reports/2025-01.csv',
  's3://dev-reports-111111111111/',
  's3://account-b-bucket/shared/readme.txt',
  's3://nosuch/x',
  's3://',
  'f.txt',
  '-',
  '.',
  '--recursive',
  '--summarize',
];

/** True when the world answers at least one of the service's operations. */
function answers(cli: string): boolean {
  const spec = findService(cli);
  const world = spec && worldService(spec.model);
  return (
    world !== undefined && Object.keys(spec?.operations ?? {}).some((name) => isImplemented(world, name))
  );
}

/** Operations the world answers come up nine times in ten; the rest get the CLI's "not implemented" answer. */
function operationsOf(spec: ServiceSpec | undefined): fc.Arbitrary<string> {
  if (!spec) return fc.constantFrom('ls', 'cp', 'list', 'get', 'set', 'start-session', 'nosuch-op', '');
  const world = worldService(spec.model);
  const all = operationNames(spec);
  const answered = all.filter((cli) => {
    const op = findOperation(spec, cli);
    return world !== undefined && op !== undefined && isImplemented(world, op.name);
  });
  return fc.oneof(
    { weight: 9, arbitrary: fc.constantFrom(...(answered.length ? answered : all)) },
    fc.constantFrom(...all, 'nosuch-op', 'help', ''),
  );
}

/** `aws [globals] SERVICE OPERATION [options]` from the specs, plus `s3`, `configure` and a few wrong names. */
export const awsLine: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 12, arbitrary: fc.constantFrom(...serviceNames().filter(answers)) },
    fc.constantFrom(...serviceNames(), 's3', 's3', 'configure', 'nosuch', 'help'),
  )
  .chain((name) => {
    const spec = findService(name);
    return operationsOf(spec).chain((operation) =>
      fc.tuple(
        fc.constant(name),
        fc.constant(operation),
        fc.array(GLOBALS, { maxLength: 2 }),
        spec
          ? optionsOf(spec, operation)
          : fc.array(fc.oneof(fc.constantFrom(...S3_ARGS), text(20).map(shellQuote)), { maxLength: 4 }),
      ),
    );
  })
  .map(([service, operation, globals, options]) =>
    ['aws', ...globals, service, operation, ...options].filter(Boolean).join(' '),
  );
