/**
 * fast-check arbitraries for fuzzing the shell (`../fuzz.test.ts`): lines built from a grammar of shell tokens,
 * and raw text with the shell's metacharacters over-represented, for the lexer and parsers alone.
 */
import fc from 'fast-check';
import { builtins } from '../commands/builtins.ts';
import { defaultCommands } from '../commands/index.ts';

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
  '{X:1}',
  '{X: -2:1}',
  '{X:1:-9}',
  '{X:}',
  '{X/a/b}',
  '{X//?/<&>}',
  '{X/#a}',
  '{X/%a/z}',
  '{X^^}',
  '{X,}',
  '{X^^[a-c]}',
  '{@:2}',
  '{X!}',
].map((e) => `$${e}`);

export const WORDS = [
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
  ';;',
  ';&',
  'case x in',
  'a|b)',
  'esac',
  'f()',
  'function',
  '[[',
  ']]',
  '=~',
  '==',
  '-eq',
  '(a|b)',
];

/** Random text: any code units, graphemes (unicode), or the shell's own metacharacters. */
export const text = (maxLength = 12) =>
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
