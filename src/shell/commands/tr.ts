import { decodeBytes, encodeBytes } from '../bytes.ts';
import type { CommandSpec, ExecResult } from '../types.ts';
import { type CharSet, members, parseSet, SetCursor } from './tr-sets.ts';

const HELP = `Usage: tr [OPTION]... STRING1 [STRING2]
Translate, squeeze, and/or delete characters from standard input,
writing to standard output.  STRING1 and STRING2 specify arrays of
characters ARRAY1 and ARRAY2 that control the action.

  -c, -C, --complement    use the complement of ARRAY1
  -d, --delete            delete characters in ARRAY1, do not translate
  -s, --squeeze-repeats   replace each sequence of a repeated character
                            that is listed in the last specified ARRAY,
                            with a single occurrence of that character
  -t, --truncate-set1     first truncate ARRAY1 to length of ARRAY2
      --help        display this help and exit
      --version     output version information and exit

ARRAYs are specified as strings of characters.  Most represent themselves.
Interpreted sequences are:

  \\NNN            character with octal value NNN (1 to 3 octal digits)
  \\\\              backslash
  \\a              audible BEL
  \\b              backspace
  \\f              form feed
  \\n              new line
  \\r              return
  \\t              horizontal tab
  \\v              vertical tab
  CHAR1-CHAR2     all characters from CHAR1 to CHAR2 in ascending order
  [CHAR*]         in ARRAY2, copies of CHAR until length of ARRAY1
  [CHAR*REPEAT]   REPEAT copies of CHAR, REPEAT octal if starting with 0
  [:alnum:]       all letters and digits
  [:alpha:]       all letters
  [:blank:]       all horizontal whitespace
  [:cntrl:]       all control characters
  [:digit:]       all digits
  [:graph:]       all printable characters, not including space
  [:lower:]       all lower case letters
  [:print:]       all printable characters, including space
  [:punct:]       all punctuation characters
  [:space:]       all horizontal or vertical whitespace
  [:upper:]       all upper case letters
  [:xdigit:]      all hexadecimal digits
  [=CHAR=]        all characters which are equivalent to CHAR

Translation occurs if -d is not given and both STRING1 and STRING2 appear.
-t may be used only when translating.  ARRAY2 is extended to length of
ARRAY1 by repeating its last character as necessary.  Excess characters
of ARRAY2 are ignored.  Character classes expand in unspecified order;
while translating, [:lower:] and [:upper:] may be used in pairs to
specify case conversion.  Squeezing occurs after translation or deletion.

GNU coreutils online help: <https://www.gnu.org/software/coreutils/>
Report any translation bugs to <https://translationproject.org/team/>
Full documentation <https://www.gnu.org/software/coreutils/tr>
or available locally via: info '(coreutils) tr invocation'
`;

const VERSION = `tr (GNU coreutils) 9.1
Copyright (C) 2022 Free Software Foundation, Inc.
License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.

Written by Jim Meyering.
`;

const LONG: Readonly<Record<string, string>> = {
  complement: 'c',
  delete: 'd',
  'squeeze-repeats': 's',
  'truncate-set1': 't',
  help: 'h',
  version: 'v',
};

interface Mode {
  readonly complement: boolean;
  readonly delete: boolean;
  readonly squeeze: boolean;
  readonly truncate: boolean;
  readonly translating: boolean;
}

/**
 * `tr [-cdst] SET1 [SET2]`: GNU coreutils' tr in the C locale (bytes), with its checks and messages: ranges,
 * `[:class:]`, `[=c=]`, `[c*n]`, escapes, case conversion with `[:lower:]`/`[:upper:]` pairs.
 */
export const tr: CommandSpec = {
  description: 'translate (a-z A-Z), squeeze (-s) or delete (-d) characters of standard input',
  run(args, io) {
    const parsed = parseOptions(args);
    if ('error' in parsed) return usageFailure(parsed.error);
    const { letters, operands } = parsed;
    if (letters.has('h')) return { stdout: HELP, stderr: '', exitCode: 0 };
    if (letters.has('v')) return { stdout: VERSION, stderr: '', exitCode: 0 };
    const del = letters.has('d');
    const squeeze = letters.has('s');
    const min = 1 + (del === squeeze ? 1 : 0);
    const max = 1 + (del <= squeeze ? 1 : 0);
    if (operands.length < min) {
      if (operands.length === 0) return usageFailure('missing operand');
      const why = squeeze
        ? 'Two strings must be given when both deleting and squeezing repeats.'
        : 'Two strings must be given when translating.';
      return usageFailure(`missing operand after '${operands[operands.length - 1]}'\n${why}`);
    }
    if (operands.length > max) {
      const why =
        operands.length === 2
          ? '\nOnly one string may be given when deleting without squeezing repeats.'
          : '';
      return usageFailure(`extra operand '${operands[max]}'${why}`);
    }
    const mode: Mode = {
      complement: letters.has('c'),
      delete: del,
      squeeze,
      truncate: letters.has('t'),
      translating: operands.length === 2 && !del,
    };
    let stderr = '';
    const sets: CharSet[] = [];
    for (const operand of operands) {
      const set = parseSet(encodeBytes(operand));
      if ('error' in set) return { stdout: '', stderr: `${stderr}tr: ${set.error}\n`, exitCode: 1 };
      stderr += set.warnings.map((w) => `tr: ${w}\n`).join('');
      sets.push(set.set);
    }
    const [s1, s2] = sets as [CharSet, CharSet | undefined];
    const invalid = validate(s1, s2, mode);
    if (invalid) return { stdout: '', stderr: `${stderr}tr: ${invalid}\n`, exitCode: 1 };
    const output = transform(encodeBytes(io.stdin), s1, s2, mode);
    return { stdout: decodeBytes(output), stderr, exitCode: 0 };
  },
};

/** getopt_long with `+cCdst`: options stop at the first operand; long options may be abbreviated. */
function parseOptions(
  args: readonly string[],
): { letters: Set<string>; operands: string[] } | { error: string } {
  const letters = new Set<string>();
  let i = 0;
  for (; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      i++;
      break;
    }
    if (!arg.startsWith('-') || arg === '-') break;
    if (arg.startsWith('--')) {
      const name = arg.slice(2);
      const matches = Object.keys(LONG).filter((long) => long.startsWith(name));
      const exact = LONG[name];
      const letter = exact ?? (matches.length === 1 ? LONG[matches[0] as string] : undefined);
      if (!letter)
        return {
          error: matches.length > 1 ? `option '${arg}' is ambiguous` : `unrecognized option '${arg}'`,
        };
      letters.add(letter);
      continue;
    }
    for (const letter of arg.slice(1)) {
      if (!'cCdst'.includes(letter)) return { error: `invalid option -- '${letter}'` };
      letters.add(letter === 'C' ? 'c' : letter);
    }
  }
  return { letters, operands: args.slice(i) };
}

/** coreutils' `validate` (and `validate_case_classes`): fills `[c*]`, extends SET2, or says what is wrong. */
function validate(s1: CharSet, s2: CharSet | undefined, mode: Mode): string | null {
  if (mode.complement) s1.length = members(s1).filter((inSet) => !inSet).length;
  if (s1.indefinite.length > 0) return 'the [c*] repeat construct may not appear in string1';
  if (!s2) return null;
  const [fill] = s2.indefinite;
  if (s1.length >= s2.length && s2.indefinite.length === 1 && fill?.kind === 'repeat') {
    fill.count = s1.length - s2.length;
    s2.length = s1.length;
  }
  if (s2.indefinite.length > 1) return 'only one [c*] repeat construct may appear in string2';
  if (!mode.translating)
    return s2.indefinite.length > 0 ? 'the [c*] construct may appear in string2 only when translating' : null;
  if (s2.hasEquiv) return '[=c=] expressions may not appear in string2 when translating';
  if (s2.hasRestrictedClass)
    return "when translating, the only character classes that may appear in\nstring2 are 'upper' and 'lower'";
  if (!mode.complement && s2.hasClass && !alignedCaseClasses(s1, s2))
    return 'misaligned [:upper:] and/or [:lower:] construct';
  if (s1.length > s2.length && !mode.truncate) {
    if (s2.length === 0) return 'when not truncating set1, string2 must be non-empty';
    const last = s2.constructs[s2.constructs.length - 1];
    if (last?.kind === 'class')
      return 'when translating with string1 longer than string2,\nthe latter string must not end with a character class';
    const c =
      last?.kind === 'range' ? last.last : last?.kind === 'char' || last?.kind === 'repeat' ? last.c : 0;
    s2.constructs.push({ kind: 'repeat', c, count: s1.length - s2.length });
    s2.length = s1.length;
  }
  if (mode.complement && s1.hasClass && !(s2.length === s1.length && homogeneous(s2)))
    return 'when translating with complemented character classes,\nstring2 must map all characters in the domain to one';
  return null;
}

/**
 * Where SET2 starts an upper or lower class, SET1 must start one too. Each aligned pair then counts as one
 * character in both lengths (coreutils discounts them).
 */
function alignedCaseClasses(s1: CharSet, s2: CharSet): boolean {
  const a = new SetCursor(s1);
  const b = new SetCursor(s2);
  let [c1, c2] = [0, 0];
  let [new1, new2] = [true, true];
  while (c1 !== -1 && c2 !== -1) {
    const x = a.next();
    const y = b.next();
    [c1, c2] = [x.c, y.c];
    if (new2 && y.caseClass && !(new1 && x.caseClass)) return false;
    if (y.caseClass) {
      a.skipConstruct();
      b.skipConstruct();
      s1.length -= 25;
      s2.length -= 25;
    }
    [new1, new2] = [a.atNewConstruct, b.atNewConstruct];
  }
  return true;
}

/** A non-empty set with one byte only (`[X*]`, `xxx`). */
function homogeneous(set: CharSet): boolean {
  const cursor = new SetCursor(set);
  const first = cursor.next().c;
  if (first === -1) return false;
  for (let { c } = cursor.next(); c !== -1; { c } = cursor.next()) if (c !== first) return false;
  return true;
}

/** Deletes, translates and squeezes the input bytes as the mode says. */
function transform(input: Uint8Array, s1: CharSet, s2: CharSet | undefined, mode: Mode): Uint8Array {
  const complemented = (set: CharSet) => members(set).map((inSet) => !inSet);
  let bytes = Array.from(input);
  let squeezeSet: boolean[] | null = null;
  if (!mode.translating) {
    if (mode.delete) {
      const doomed = mode.complement ? complemented(s1) : members(s1);
      bytes = bytes.filter((b) => !doomed[b]);
    }
    if (mode.squeeze) squeezeSet = s2 ? members(s2) : mode.complement ? complemented(s1) : members(s1);
  } else if (s2) {
    const xlate = mode.complement ? complementTable(s1, s2) : translationTable(s1, s2);
    bytes = bytes.map((b) => xlate[b] ?? b);
    if (mode.squeeze) squeezeSet = members(s2);
  }
  if (!squeezeSet) return Uint8Array.from(bytes);
  const out: number[] = [];
  for (const b of bytes) if (!(squeezeSet[b] && out[out.length - 1] === b)) out.push(b);
  return Uint8Array.from(out);
}

/** SET1 byte to SET2 byte; a `[:lower:]`/`[:upper:]` pair converts case. */
function translationTable(s1: CharSet, s2: CharSet): number[] {
  const xlate = Array.from({ length: 256 }, (_, i) => i);
  const a = new SetCursor(s1);
  const b = new SetCursor(s2);
  for (;;) {
    const x = a.next();
    const y = b.next();
    if (x.caseClass === 'lower' && y.caseClass === 'upper') for (let i = 97; i <= 122; i++) xlate[i] = i - 32;
    else if (x.caseClass === 'upper' && y.caseClass === 'lower')
      for (let i = 65; i <= 90; i++) xlate[i] = i + 32;
    else if (x.c === -1 || y.c === -1) break;
    else xlate[x.c] = y.c;
    if (y.caseClass) {
      a.skipConstruct();
      b.skipConstruct();
    }
  }
  return xlate;
}

/** With -c: every byte not in SET1, in order, to the next byte of SET2. */
function complementTable(s1: CharSet, s2: CharSet): number[] {
  const xlate = Array.from({ length: 256 }, (_, i) => i);
  const inS1 = members(s1);
  const b = new SetCursor(s2);
  for (let i = 0; i < 256; i++) {
    if (inS1[i]) continue;
    const { c } = b.next();
    if (c === -1) break;
    xlate[i] = c;
  }
  return xlate;
}

function usageFailure(message: string): ExecResult {
  return { stdout: '', stderr: `tr: ${message}\nTry 'tr --help' for more information.\n`, exitCode: 1 };
}
