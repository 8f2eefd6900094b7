/**
 * fast-check arbitraries for fuzzing the shell: well-formed command lines a learner might type (pipelines,
 * redirections, `&&`/`||`, if/for/while/case, functions, `[[ … ]]`, groups, here-documents) over plausible
 * commands and arguments.
 */
import fc from 'fast-check';
import { shellQuote, WORDS } from './shell-tokens.ts';

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
const CONDITIONS = [
  '-n "$X"',
  '$X == a*',
  '"$1" != "b c"',
  'alpha =~ ^(al|be)p?ha$',
  '$X =~ [[:digit:]]+',
  '-f f.txt && ! -d dir',
  '( 1 -lt 2 || -z $Y )',
  'a < b',
  '-v HOME',
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

/**
 * Well-formed command lines: pipelines, redirections, `&&`/`||`, if/for/while/case, functions, `[[ … ]]`,
 * groups and here-documents.
 */
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
      fc
        .tuple(fc.constantFrom(...WORDS), tie('list'), tie('list'))
        .map(([w, a, b]) => `case ${w} in a|x) ${a};; *.txt|-*) ;& *) ${b};; esac`),
      fc
        .tuple(tie('list'), fc.array(fc.constantFrom(...WORDS), { maxLength: 3 }))
        .map(([b, w]) => `f() { local X=1; ${b}; return 3; }; f ${w.join(' ')}; echo $? "$X"`),
      fc.tuple(fc.constantFrom(...CONDITIONS), tie('list')).map(([c, b]) => `[[ ${c} ]] && ${b}`),
      fc
        .tuple(fc.constantFrom('break', 'continue', 'break 2', 'shift'), tie('list'))
        .map(([j, b]) => `for x in a b; do ${b}; ${j}; done`),
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
