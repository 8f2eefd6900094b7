import { decodeBytes, encodeBytes } from '../bytes.ts';
import { basename, dirname } from '../path.ts';
import type { CommandIo, CommandSpec, ExecResult } from '../types.ts';
import { memberMode, memberTime, readZip, wildcard, type ZipMember } from './zip-archive.ts';

/** UnZip 6.00's usage (Debian's build). */
const USAGE = `UnZip 6.00 of 20 April 2009, by Debian. Original by Info-ZIP.

Usage: unzip [-Z] [-opts[modifiers]] file[.zip] [list] [-x xlist] [-d exdir]
  Default action is to extract files in list, except those in xlist, to exdir;
  file[.zip] may be a wildcard.  -Z => ZipInfo mode ("unzip -Z" for usage).

  -p  extract files to pipe, no messages     -l  list files (short format)
  -f  freshen existing files, create none    -t  test compressed archive data
  -u  update files, create if necessary      -z  display archive comment only
  -v  list verbosely/show version info       -T  timestamp archive to latest
  -x  exclude files that follow (in xlist)   -d  extract files into exdir
modifiers:
  -n  never overwrite existing files         -q  quiet mode (-qq => quieter)
  -o  overwrite files WITHOUT prompting      -a  auto-convert any text files
  -j  junk paths (do not make directories)   -aa treat ALL files as text
  -U  use escapes for all non-ASCII Unicode  -UU ignore any Unicode fields
  -C  match filenames case-insensitively     -L  make (some) names lowercase
  -X  restore UID/GID info                   -V  retain VMS version numbers
  -K  keep setuid/setgid/tacky permissions   -M  pipe through "more" pager
See "unzip -hh" or unzip.txt for more help.  Examples:
  unzip data1 -x joe   => extract all files except joe from zipfile data1.zip
  unzip -p foo | more  => send contents of foo.zip via pipe into program more
  unzip -fo foo ReadMe => quietly replace existing ReadMe if archive file newer
`;

const SIMULATED = 'lqonjpZ1';
/** UnZip options this one leaves out (any other letter is not an UnZip option). */
const REAL_ONLY = 'fuvtzTaUCLXVKMDbBcEFhiIOsWY';
const SUPPORTED = '-l -q -o -n -j -p -d DIR -x LIST -Z1';

interface Options {
  /** Letters given; `q` counts twice for -qq. */
  readonly letters: string[];
  readonly operands: string[];
  readonly exclude: RegExp[];
  readonly exdir: string | undefined;
}

/**
 * `unzip [-l|-Z1|-p] [-qojn] [-d DIR] file[.zip] [names…] [-x names…]`: lists or extracts stored members with
 * UnZip 6.00's messages; an existing file is not replaced without -o (the prompt meets end of input, as in a script).
 */
export const unzip: CommandSpec = {
  description: 'list (-l) or extract files from a zip archive',
  run(args, io) {
    const options = parseOptions(args);
    if ('usage' in options) return { stdout: '', stderr: USAGE, exitCode: 10 };
    if ('unsimulated' in options)
      return {
        stdout: '',
        stderr: `unzip: this simulated unzip supports only ${SUPPORTED} (not supported here: ${options.unsimulated})\n`,
        exitCode: 10,
      };
    const [file, ...wanted] = options.operands;
    if (file === undefined)
      return options.letters.length
        ? { stdout: '', stderr: USAGE, exitCode: 10 }
        : { stdout: USAGE, stderr: '', exitCode: 0 };
    const opened = openArchive(io, file);
    if ('result' in opened) return opened.result;
    const { name, members } = opened;
    const include = wanted.map(wildcard);
    const picked = members.filter(
      (m) =>
        (include.length === 0 || include.some((p) => p.test(m.name))) &&
        !options.exclude.some((p) => p.test(m.name)),
    );
    const unmatched = wanted.filter((_, i) => !members.some((m) => include[i]?.test(m.name)));
    const has = (letter: string) => options.letters.includes(letter);
    const quiet = options.letters.filter((l) => l === 'q').length;
    const header = quiet ? '' : `Archive:  ${name}\n`;
    const missing = unmatched.map((w) => `caution: filename not matched:  ${w}\n`).join('');

    if (has('Z') && !has('1'))
      return {
        stdout: '',
        stderr: `unzip: this simulated unzip supports only ${SUPPORTED} (not supported here: -Z)\n`,
        exitCode: 10,
      };
    if (has('Z')) return { stdout: picked.map((m) => `${m.name}\n`).join(''), stderr: '', exitCode: 0 };
    if (has('l')) {
      const listing = list(picked, quiet);
      return {
        stdout: header + listing,
        stderr: '',
        exitCode: wanted.length + options.exclude.length && !picked.length ? 11 : 0,
      };
    }
    if (has('p')) {
      const text = picked
        .filter((m) => !m.name.endsWith('/') && m.method === 0)
        .map((m) => decodeBytes(m.data));
      return { stdout: text.join(''), stderr: missing, exitCode: unmatched.length ? 11 : 0 };
    }
    const run = extract(io, picked, options, quiet > 0);
    if ('result' in run) return { ...run.result, stdout: header + run.result.stdout };
    const exitCode = run.exitCode || (unmatched.length ? 11 : 0);
    return { stdout: header + run.stdout, stderr: missing + run.stderr, exitCode };
  },
};

/** UnZip's options: letters combined, `-d DIR` (or `-dDIR`), and `-x` taking the names after it. */
function parseOptions(args: readonly string[]): Options | { usage: true } | { unsimulated: string } {
  const letters: string[] = [];
  const operands: string[] = [];
  const exclude: RegExp[] = [];
  let exdir: string | undefined;
  let excluding = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith('-') || arg === '-') {
      if (excluding) exclude.push(wildcard(arg));
      else operands.push(arg);
      continue;
    }
    excluding = false;
    for (const [j, letter] of [...arg.slice(1)].entries()) {
      if (letter === 'x') excluding = true;
      else if (letter === 'd') {
        exdir = arg.slice(j + 2) || args[++i];
        if (exdir === undefined) return { usage: true };
        break;
      } else if (REAL_ONLY.includes(letter)) return { unsimulated: `-${letter}` };
      else if (!SIMULATED.includes(letter)) return { usage: true };
      else letters.push(letter);
    }
  }
  return { letters, operands, exclude, exdir };
}

/** The archive `file` (or `file.zip`) and its members, or UnZip's complaint. */
function openArchive(
  io: CommandIo,
  file: string,
): { name: string; members: ZipMember[] } | { result: ExecResult } {
  const name = [file, `${file}.zip`].find((t) => isFile(io, t));
  if (name === undefined)
    return {
      result: {
        stdout: '',
        stderr: `unzip:  cannot find or open ${file}, ${file}.zip or ${file}.ZIP.\n`,
        exitCode: 9,
      },
    };
  const read = io.fs.readFile(io.path(name));
  const members = read.ok ? readZip(encodeBytes(read.value)) : null;
  if (members) return { name, members };
  return {
    result: {
      stdout: `Archive:  ${name}\n`,
      stderr:
        '  End-of-central-directory signature not found.  Either this file is not\n' +
        '  a zipfile, or it constitutes one disk of a multi-part archive.  In the\n' +
        '  latter case the central directory and zipfile comment will be found on\n' +
        '  the last disk(s) of this archive.\n' +
        `unzip:  cannot find zipfile directory in one of ${name} or\n` +
        `        ${name}.zip, and cannot find ${name}.ZIP, period.\n`,
      exitCode: 9,
    },
  };
}

function isFile(io: CommandIo, path: string): boolean {
  const stat = io.fs.stat(io.path(path));
  return stat.ok && stat.value.type === 'file';
}

/** `unzip -l`: length, date, time and name, with totals (`-qq`: the rows only). */
function list(members: readonly ZipMember[], quiet: number): string {
  const rows = members.map((m) => {
    const when = new Date(memberTime(m)).toISOString();
    return `${String(m.size).padStart(9)}  ${when.slice(0, 10)} ${when.slice(11, 16)}   ${m.name}\n`;
  });
  if (quiet > 1) return rows.join('');
  const total = members.reduce((sum, m) => sum + m.size, 0);
  const count = `${members.length} file${members.length === 1 ? '' : 's'}`;
  return (
    '  Length      Date    Time    Name\n---------  ---------- -----   ----\n' +
    rows.join('') +
    `---------                     -------\n${String(total).padStart(9)}                     ${count}\n`
  );
}

/** Extracts into the working directory or -d DIR; an existing file is kept unless -o. */
function extract(
  io: CommandIo,
  members: readonly ZipMember[],
  options: Options,
  quiet: boolean,
): { stdout: string; stderr: string; exitCode: number } | { result: ExecResult } {
  const has = (letter: string) => options.letters.includes(letter);
  const prefix = options.exdir === undefined ? '' : `${options.exdir.replace(/\/+$/, '')}/`;
  if (options.exdir !== undefined) {
    const dir = io.path(options.exdir);
    const stat = io.fs.stat(dir);
    const made = stat.ok ? null : io.fs.mkdir(dir);
    const problem =
      stat.ok && stat.value.type !== 'dir'
        ? 'File exists'
        : made && !made.ok
          ? 'No such file or directory'
          : '';
    if (problem)
      return {
        result: {
          stdout: '',
          stderr: `checkdir:  cannot create extraction directory: ${options.exdir}\n           ${problem}\n`,
          exitCode: 2,
        },
      };
  }
  let stdout = '';
  let stderr = '';
  let exitCode = 0;
  let declined = false;
  for (const m of members) {
    const isDir = m.name.endsWith('/');
    if (isDir && has('j')) continue;
    const shown = prefix + (has('j') ? basename(m.name) : m.name);
    const path = io.path(shown);
    if (isDir) {
      if (!io.fs.stat(path).ok) {
        io.fs.mkdir(path, { parents: true });
        if (!quiet) stdout += `   creating: ${shown}\n`;
      }
      continue;
    }
    if (m.method !== 0) {
      stderr += `unzip: this simulated unzip extracts only stored members (not supported here: ${shown}, method ${m.method})\n`;
      exitCode = 81;
      continue;
    }
    if (io.fs.stat(path).ok && !has('o')) {
      if (!has('n') && !declined) {
        stderr += `replace ${shown}? [y]es, [n]o, [A]ll, [N]one, [r]ename:  NULL\n(EOF or read error, treating as "[N]one" ...)\n`;
        declined = true;
        exitCode = exitCode || 1;
      }
      continue;
    }
    io.fs.mkdir(dirname(path), { parents: true });
    io.fs.writeFile(path, decodeBytes(m.data), { mode: memberMode(m) });
    if (!quiet) stdout += ` extracting: ${shown.padEnd(22)}  \n`;
  }
  return { stdout, stderr, exitCode };
}
