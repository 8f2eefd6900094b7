/**
 * fast-check arbitraries for fuzzing the shell (`fuzz.test.ts`): command lines built from a grammar of shell
 * tokens, and `aws` command lines built from the CLI specs with values shaped like each option's input member.
 */
import fc from 'fast-check';
import { isImplemented, worldService } from './aws/implemented.ts';
import {
  type FoundOperation,
  findOperation,
  findService,
  memberShapeName,
  operationNames,
  optionNames,
  type ServiceSpec,
  serviceNames,
} from './aws/spec/index.ts';
import { builtins } from './commands/builtins.ts';
import { defaultCommands } from './commands/index.ts';

/** Single-quotes text for the shell, so it reaches the command unchanged. */
export function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

const COMMANDS = [
  ...Object.keys(defaultCommands),
  ...builtins.keys(),
  'aws',
  'curl',
  'ssh',
  'mfa-code',
  'awk',
  'sed',
  'nosuchcmd',
  './x',
];

// Parameter expansions (`$` then `{…}`), built so they do not read as template literals.
const EXPANSIONS = [
  '{HOME}',
  '{X:-def}',
  '{X:=set}',
  '{X:+alt}',
  '{X#*/}',
  '{X%%.*}',
  '{#HOME}',
  '{',
  '{}',
  '{X:?boom}',
].map((e) => `$${e}`);

const WORDS = [
  'a',
  'x',
  '-n',
  '-r',
  '-e',
  '-F:',
  '--help',
  '1',
  '0',
  '-1',
  '99',
  'f.txt',
  'policy.json',
  '/',
  '.',
  '..',
  '~',
  '~/.aws',
  '~/.aws/*',
  '~/.aws/cli/cache/*.json',
  '*.json',
  '*',
  '?',
  '[a-z]*',
  '{a,b}',
  '/etc/*',
  '$HOME',
  '$?',
  '$#',
  '$@',
  '$1',
  '$$',
  '$((1+2))',
  '$((x*2-1))',
  '$((1/0))',
  '$[',
  ...EXPANSIONS,
  '.[]',
  '.Roles[0].RoleName',
  '{print $1}',
  '{print $NF, NR}',
  '/re/ {print}',
  's/a/b/g',
  's|x|y|',
  '-n',
  'p',
  'Key=k,Value=v',
  '[{"a":1}]',
  'file://policy.json',
  's3://dev-reports-111111111111/reports/2025-01.csv',
  'arn:aws:iam::111111111111:role/ReportsReader',
  '169.254.169.254/latest/meta-data/',
  'é',
  '日本',
  '🙂',
  '\u0000',
  '\t',
];

const OPERATORS = [
  '|',
  '||',
  '&&',
  ';',
  '&',
  '>',
  '>>',
  '<',
  '2>&1',
  '2>/dev/null',
  '>&2',
  '&>',
  '|&',
  '<<<',
  '<<EOF',
  "<<-'END'",
  '<<',
  '(',
  ')',
  '{',
  '}',
  'if',
  'then',
  'else',
  'fi',
  'for x in',
  'do',
  'done',
  'while',
  'until',
  '!',
  '\\',
  '#',
  '\n',
  '\nEOF\n',
  "'",
  '"',
  '`',
  '$(',
];

const text = (maxLength = 12) =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: fc.constantFrom(...' \'"\\$`|&;<>(){}[]*?~#=\n\t-/.:,'.split('')), maxLength }),
  );

/** One shell line (sometimes several, with here-document bodies), from the token grammar. */
export const shellLine: fc.Arbitrary<string> = fc.letrec<{ word: string; line: string }>((tie) => ({
  word: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
    { weight: 2, arbitrary: text().map(shellQuote) },
    { weight: 2, arbitrary: text().map((t) => `"${t.replace(/["\\$`]/g, '\\$&')}"`) },
    { weight: 2, arbitrary: text() },
    { weight: 1, arbitrary: tie('line').map((l) => `$(${l})`) },
    { weight: 1, arbitrary: tie('line').map((l) => `"$(${l})"`) },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom('X', 'HOME', 'y'), text(6)).map(([n, v]) => `${n}=${v}`),
    },
  ),
  line: fc
    .tuple(
      fc.constantFrom(...COMMANDS),
      fc.array(
        fc.oneof(
          { weight: 3, arbitrary: tie('word') },
          fc.constantFrom(...OPERATORS),
          fc.constantFrom(...COMMANDS),
        ),
        {
          maxLength: 8,
          depthIdentifier: 'line',
        },
      ),
      fc.constantFrom(' ', ' ', ' ', ''),
    )
    .map(([command, rest, glue]) => [command, ...rest].join(glue)),
})).line;

const FILES = [
  'f.txt',
  'policy.json',
  'out.txt',
  'missing.txt',
  '~/.aws/config',
  'dir',
  '-',
  '/etc/hostname',
  '*.txt',
];
const AWK_PROGRAMS = [
  '{print $1}',
  '{print $NF}',
  '{print NR": "$0}',
  '/alpha/ {print $2}',
  'NR==2',
  '$1 ~ /a/ {print $1, "x"}',
  'BEGIN {print "start"} END {print NR}',
  '{print $(NF-1)}',
  '{print $1 $2; print NF}',
  '$2 > 1 && !/g/',
  '{printf "%s", $1}',
  '{x=1}',
  '{print $1 > "f"}',
  '{print length($0)}',
  '{print $-1}',
  '{print 1/0}',
];
const SED_SCRIPTS = [
  's/a/b/',
  's/a/b/g',
  's/\\(a\\)/[\\1]/g',
  'p',
  '1d',
  '$d',
  '/alpha/p',
  's|a|_|2g',
  's/x/\\2/',
  'y/ab/ba/',
  '2q',
  's/a',
  '1,2d',
];
const JQ_FILTERS = [
  '.',
  '.Roles[].RoleName',
  'keys',
  'length',
  '.[] | select(. == 1)',
  '.a.b',
  'map(.x)',
  '.[0]',
  '"\\(.)"',
];

/** One command a learner might type, with plausible arguments (and a few wrong ones). */
const simpleCommand: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }).map((w) => `echo ${w.join(' ')}`),
  fc
    .tuple(
      fc.constantFrom("'%s\\n'", "'%d|%5.2f|%x\\n'", "'%q %b'", "'%*d'", '%s'),
      fc.array(fc.constantFrom(...WORDS), { maxLength: 3 }),
    )
    .map(([f, w]) => `printf ${f} ${w.join(' ')}`),
  fc.constantFrom(...FILES).map((f) => `cat ${f}`),
  fc
    .tuple(
      fc.constantFrom('', '-i', '-v', '-c', '-E', '-o', '-n'),
      fc.constantFrom('a', 'alpha', '^g', '[a-z]+', '(a|b)', '\\'),
      fc.constantFrom(...FILES),
    )
    .map(([o, p, f]) => `grep ${o} ${shellQuote(p)} ${f}`),
  fc
    .tuple(
      fc.constantFrom('', '-F:', "-F ','", '-F "\\t"', '-v x=1'),
      fc.constantFrom(...AWK_PROGRAMS),
      fc.constantFrom(...FILES, ''),
    )
    .map(([o, p, f]) => `awk ${o} ${shellQuote(p)} ${f}`),
  fc
    .tuple(
      fc.constantFrom('', '-n', '-E', '-n -E', '-i', '-e'),
      fc.constantFrom(...SED_SCRIPTS),
      fc.constantFrom(...FILES, ''),
    )
    .map(([o, p, f]) => `sed ${o} ${shellQuote(p)} ${f}`),
  fc
    .tuple(
      fc.constantFrom('', '-r', '-c'),
      fc.constantFrom(...JQ_FILTERS),
      fc.constantFrom('policy.json', ''),
    )
    .map(([o, p, f]) => `jq ${o} ${shellQuote(p)} ${f}`),
  fc.constantFrom(
    'head -n 1',
    'tail -n 1',
    'sort',
    'sort -r',
    'uniq -c',
    'wc -l',
    'base64',
    'base64 -d',
    'cat',
    'tee out.txt',
  ),
  fc.constantFrom(
    'ls',
    'ls -la',
    'ls ~/.aws/*',
    'ls *.txt',
    'cd dir',
    'cd ..',
    'cd ~',
    'cd /nonexistent',
    'pwd',
    'mkdir -p dir/sub',
    'touch dir/x',
  ),
  fc.constantFrom(
    'export X=1',
    'unset X',
    'read -r a b',
    'set -- a b',
    'test -f f.txt',
    '[ "$X" = 1 ]',
    '[ -z "$Y" ]',
    'seq 3',
    'seq 5 -1 1',
  ),
  fc.constantFrom(
    'date',
    'date +%s',
    'sleep 1',
    'env',
    'printenv HOME',
    'type awk',
    'help',
    'history',
    'true',
    'false',
    ':',
    'whoami',
    'hostname',
  ),
  fc.constantFrom(
    'rm -f out.txt',
    'cp f.txt dir/',
    'mv out.txt dir/o.txt',
    'chmod 600 f.txt',
    'basename /a/b.txt .txt',
    'dirname /a/b',
  ),
  fc.constantFrom(
    'source f.txt',
    '. ./policy.json',
    'eval "echo $X"',
    'mfa-code nosuch',
    'curl -s http://169.254.169.254/latest/meta-data/',
    'exit 3',
  ),
  fc.constantFrom(
    'aws sts get-caller-identity',
    'aws iam list-roles --query "Roles[].RoleName" --output text',
    'aws s3 ls',
    'aws s3 cp s3://dev-reports-111111111111/reports/2025-01.csv -',
  ),
);

/** Well-formed command lines: pipelines, redirections, `&&`/`||`, if/for/while, groups and here-documents. */
export const shellProgram: fc.Arbitrary<string> = fc.letrec<{ list: string; compound: string }>((tie) => {
  const redirected = fc
    .tuple(
      fc.array(simpleCommand, { minLength: 1, maxLength: 3 }).map((c) => c.join(' | ')),
      fc.constantFrom(
        '',
        '',
        '',
        '> out.txt',
        '>> out.txt',
        '2>&1',
        '2>/dev/null',
        '< f.txt',
        '<<< "a b c"',
        '| cat',
      ),
    )
    .map(([p, r]) => `${p} ${r}`.trim());
  return {
    list: fc
      .tuple(
        redirected,
        fc.array(fc.tuple(fc.constantFrom(' && ', ' || ', '; '), fc.oneof(redirected, tie('compound'))), {
          maxLength: 2,
          depthIdentifier: 'list',
        }),
      )
      .map(([first, rest]) => first + rest.map(([op, c]) => op + c).join('')),
    compound: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      redirected,
      fc.tuple(tie('list'), tie('list'), tie('list')).map(([a, b, c]) => `if ${a}; then ${b}; else ${c}; fi`),
      fc
        .tuple(fc.array(fc.constantFrom(...WORDS), { maxLength: 3 }), tie('list'))
        .map(([w, b]) => `for x in ${w.join(' ')}; do ${b}; done`),
      tie('list').map((b) => `while read -r line; do ${b}; done < f.txt`),
      tie('list').map((b) => `{ ${b}; } > out.txt`),
      tie('list').map((b) => `( ${b} )`),
      tie('list').map((b) => `echo "$(${b})"`),
      fc
        .tuple(
          fc.constantFrom('cat', "awk '{print $1}'", 'sed s/a/b/', 'jq .', 'grep a'),
          fc.array(fc.constantFrom(...WORDS), { maxLength: 3 }),
        )
        .map(([c, body]) => `${c} <<EOF\n${body.join('\n')}\nEOF`),
    ),
  };
}).list;

/** Deeply nested openers (`((((`, `$($(`, `if if`), closed or not: recursive parsers must not overflow the stack. */
const deeplyNested = fc
  .tuple(
    fc.constantFrom(
      '(',
      '$(',
      '{ ',
      'if ',
      '$((',
      '${x:-',
      '"$(',
      '! ',
      '[',
      '.[',
      '$',
      '-',
      '{print (',
      '/',
    ),
    fc.integer({ min: 1, max: 1500 }),
    fc.boolean(),
  )
  .map(([open, n, closed]) => {
    const closers: Record<string, string> = {
      '(': ')',
      '$(': ')',
      '{ ': '; }',
      'if ': '; then :; fi',
      '$((': '))',
      '${x:-': '}',
      '"$(': ')"',
      '[': ']',
      '.[': ']',
      '{print (': ')}',
    };
    const close = closers[open] ?? '';
    return `${open.repeat(n)}1${closed ? close.repeat(n) : ''}`;
  });

/** Arbitrary text with the shell's metacharacters over-represented: for the lexer and parser alone. */
export const shellSource: fc.Arbitrary<string> = fc.oneof(
  shellLine,
  deeplyNested,
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.array(fc.constantFrom(...OPERATORS, ...WORDS, ' ', '\n'), { maxLength: 20 }).map((t) => t.join('')),
  fc.array(fc.constantFrom(...OPERATORS, ...WORDS, ' ', '\n'), { maxLength: 20 }).map((t) => t.join(' ')),
);

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
