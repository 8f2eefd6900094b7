import { decodeBytes, encodeBytes } from '../bytes.ts';
import { basename, dirname } from '../path.ts';
import type { CommandIo, CommandSpec, ExecResult } from '../types.ts';
import { describeFsError } from '../vfs.ts';
import { readZip, storedMember, wildcard, writeZip, type ZipMember } from './zip-archive.ts';

/** Info-ZIP zip 3.0's `zip -h`. */
const HELP = `Copyright (c) 1990-2008 Info-ZIP - Type 'zip "-L"' for software license.
Zip 3.0 (July 5th 2008). Usage:
zip [-options] [-b path] [-t mmddyyyy] [-n suffixes] [zipfile list] [-xi list]
  The default action is to add or replace zipfile entries from list, which
  can include the special name - to compress standard input.
  If zipfile and list are omitted, zip compresses stdin to stdout.
  -f   freshen: only changed files  -u   update: only changed or new files
  -d   delete entries in zipfile    -m   move into zipfile (delete OS files)
  -r   recurse into directories     -j   junk (don't record) directory names
  -0   store only                   -l   convert LF to CR LF (-ll CR LF to LF)
  -1   compress faster              -9   compress better
  -q   quiet operation              -v   verbose operation/print version info
  -c   add one-line comments        -z   add zipfile comment
  -@   read names from stdin        -o   make zipfile as old as latest entry
  -x   exclude the following names  -i   include only the following names
  -F   fix zipfile (-FF try harder) -D   do not add directory entries
  -A   adjust self-extracting exe   -J   junk zipfile prefix (unzipsfx)
  -T   test zipfile integrity       -X   eXclude eXtra file attributes
  -y   store symbolic links as the link instead of the referenced file
  -e   encrypt                      -n   don't compress these suffixes
  -h2  show more help
  
`;

const SIMULATED = 'rjqDX0123456789xih';
const SUPPORTED = '-r -j -q -D -X -0…-9 -x -i -h';
/** Short options of the real zip that this one does not simulate (any other letter is not a zip option at all). */
const REAL_ONLY = 'AbcdefFgHJklLmnoOpPRsStTuUvyzZ@';
const LONG: Readonly<Record<string, string>> = {
  'recurse-paths': 'r',
  'junk-paths': 'j',
  quiet: 'q',
  'no-dir-entries': 'D',
  'no-extra': 'X',
  exclude: 'x',
  include: 'i',
  help: 'h',
};

interface Options {
  readonly set: Set<string>;
  readonly operands: string[];
  readonly exclude: RegExp[];
  readonly include: RegExp[];
}

/** A file or directory to put in the archive. */
interface Candidate {
  /** The absolute path in the VFS. */
  readonly path: string;
  /** The name as stored. */
  readonly name: string;
  readonly isDir: boolean;
}

/**
 * `zip [-rjqDX0-9] zipfile names… [-x patterns…] [-i patterns…]`: Info-ZIP zip 3.0's messages and exit codes. New
 * members are stored (not deflated), so each line reads `(stored 0%)` as with `zip -0`; an existing archive's
 * members are kept and those named again are replaced (`updating:`).
 */
export const zip: CommandSpec = {
  description: 'package files into a zip archive (-r recurse, -j junk paths, -q quiet)',
  run(args, io) {
    const options = parseOptions(args);
    if ('error' in options) return zipError(`Invalid command arguments (${options.error})`, 16);
    if ('unsimulated' in options)
      return zipError(
        `this simulated zip supports only ${SUPPORTED} (not supported here: ${options.unsimulated})`,
        16,
      );
    const { set, operands } = options;
    if (set.has('h') || operands.length === 0) return { stdout: HELP, stderr: '', exitCode: 0 };
    const [archiveArg = '', ...names] = operands;
    const toStdout = archiveArg === '-';
    const archiveName = toStdout || basename(archiveArg).includes('.') ? archiveArg : `${archiveArg}.zip`;
    const archivePath = toStdout ? '' : io.path(archiveName);
    // zip's messages go to stdout, unless the archive itself does.
    let messages = '';
    const finish = (exitCode: number, archive = ''): ExecResult =>
      toStdout ? { stdout: archive, stderr: messages, exitCode } : { stdout: messages, stderr: '', exitCode };

    const existing = toStdout ? [] : openArchive(io, archivePath);
    if (existing === 'invalid') {
      messages +=
        '\tzip warning: missing end signature--probably not a zip file (did you\n' +
        '\tzip warning: remember to use binary mode when you transferred it?)\n' +
        '\tzip warning: (if you are trying to read a damaged archive try -F)\n' +
        `\nzip error: Zip file structure invalid (${archiveName})\n`;
      return finish(3);
    }
    const parent = toStdout ? null : io.fs.stat(dirname(archivePath));
    if (parent && (!parent.ok || parent.value.type !== 'dir')) {
      messages += `zip I/O error: ${describeFsError(parent.ok ? 'ENOTDIR' : 'ENOENT')}\n`;
      messages += `zip error: Could not create output file (${archiveName})\n`;
      return finish(15);
    }

    const quiet = set.has('q');
    const found: Candidate[] = [];
    const unmatched: string[] = [];
    for (const operand of names) {
      const path = io.path(operand);
      const stat = io.fs.stat(path);
      if (!stat.ok) {
        unmatched.push(operand);
        if (!quiet) messages += `\tzip warning: name not matched: ${operand}\n`;
      } else if (stat.value.type === 'file') found.push({ path, name: storedName(operand), isDir: false });
      else collect(io, path, storedName(operand), set.has('r'), archivePath, found);
    }
    const chosen = select(found, options);
    const clash = repeatedName(chosen);
    if (clash) {
      messages +=
        `\tzip warning:   first full name: ${clash.first}\n` +
        `                      second full name: ${clash.second}\n` +
        `                     name in zip file repeated: ${clash.stored}\n` +
        '                     this may be a result of using -j\n' +
        '\nzip error: Invalid command arguments (cannot repeat names in zip file)\n';
      return finish(16);
    }
    if (chosen.length === 0) {
      const hint =
        set.has('r') && unmatched.length
          ? `try: zip -r ${archiveName} . -i ${unmatched.join(' ')}`
          : archiveName;
      messages += `\nzip error: Nothing to do! (${hint})\n`;
      return finish(12);
    }

    const members = [...existing];
    const owner = io.user === 'root' ? 0 : 1000;
    for (const { candidate, stored } of chosen) {
      const stat = io.fs.stat(candidate.path);
      const read = candidate.isDir ? null : io.fs.readFile(candidate.path);
      const member = storedMember({
        name: stored,
        data: read?.ok ? encodeBytes(read.value) : new Uint8Array(),
        isDir: candidate.isDir,
        mode: stat.ok ? stat.value.mode : 0o644,
        mtime: stat.ok ? stat.value.mtime : io.clock.now(),
        uid: owner,
        gid: owner,
        extraFields: !set.has('X'),
      });
      const at = members.findIndex((m) => m.name === stored);
      if (!quiet) messages += `${at >= 0 ? 'updating' : '  adding'}: ${stored} (stored 0%)\n`;
      if (at >= 0) members[at] = member;
      else members.push(member);
    }
    const archive = decodeBytes(writeZip(members));
    if (toStdout) return finish(0, archive);
    const written = io.fs.writeFile(archivePath, archive);
    if (!written.ok) {
      messages += `zip I/O error: ${describeFsError(written.error.code)}\n`;
      messages += `zip error: Could not create output file (${archiveName})\n`;
      return finish(15);
    }
    return finish(0);
  },
};

/** Info-ZIP's option parsing: options anywhere, letters combined (`-rq9`); -x/-i take the words up to the next option. */
function parseOptions(args: readonly string[]): Options | { error: string } | { unsimulated: string } {
  const set = new Set<string>();
  const operands: string[] = [];
  const exclude: RegExp[] = [];
  const include: RegExp[] = [];
  let list: RegExp[] | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      if (list) list.push(wildcard(arg));
      else operands.push(arg);
      continue;
    }
    list = null;
    const letters = arg.startsWith('--') ? LONG[arg.slice(2)] : arg.slice(1);
    if (letters === undefined) return { error: `long option '${arg.slice(2)}' not supported` };
    for (const letter of letters) {
      if (REAL_ONLY.includes(letter)) return { unsimulated: `-${letter}` };
      if (!SIMULATED.includes(letter)) return { error: `short option '${letter}' not supported` };
      set.add(letter);
    }
    if (letters === 'x' || letters === 'i') {
      list = letters === 'x' ? exclude : include;
      if (args[i + 1] === undefined || args[i + 1]?.startsWith('-')) {
        const what = letters === 'x' ? 'exclude files matching patterns' : 'include files matching patterns';
        return { error: `option '${letters}' (${what}) requires a value` };
      }
    }
  }
  return { set, operands, exclude, include };
}

/** The name zip stores for an operand: no leading `./` or `/`, no trailing `/`. */
function storedName(operand: string): string {
  return operand
    .replace(/^(\.\/+)+/, '')
    .replace(/^\/+/, '')
    .replace(/\/+$/, '');
}

/** A directory (as `name/`) and, with -r, everything below it, depth first; never the archive itself. */
function collect(
  io: CommandIo,
  path: string,
  name: string,
  recurse: boolean,
  archive: string,
  out: Candidate[],
) {
  if (name !== '' && name !== '.') out.push({ path, name: `${name}/`, isDir: true });
  if (!recurse) return;
  const prefix = name === '' || name === '.' ? '' : `${name}/`;
  const entries = io.fs.readdir(path);
  for (const child of entries.ok ? entries.value : []) {
    const childPath = path === '/' ? `/${child}` : `${path}/${child}`;
    if (childPath === archive) continue;
    const stat = io.fs.stat(childPath);
    if (!stat.ok) continue;
    if (stat.value.type === 'dir') collect(io, childPath, `${prefix}${child}`, true, archive, out);
    else out.push({ path: childPath, name: `${prefix}${child}`, isDir: false });
  }
}

/** A candidate with the name it is stored under. */
interface Chosen {
  readonly candidate: Candidate;
  readonly stored: string;
}

/** Applies -x and -i (to the full name), -D and -j; a path named twice counts once. */
function select(found: readonly Candidate[], options: Options): Chosen[] {
  const { set, exclude, include } = options;
  const seen = new Set<string>();
  const out: Chosen[] = [];
  for (const c of found) {
    if (seen.has(c.path) || exclude.some((p) => p.test(c.name))) continue;
    if (include.length && !include.some((p) => p.test(c.name))) continue;
    if (c.isDir && (set.has('D') || set.has('j'))) continue;
    seen.add(c.path);
    out.push({ candidate: c, stored: set.has('j') ? basename(c.name) : c.name });
  }
  return out;
}

/** Two different files that would be stored under one name (`zip -j a/x b/x`), by their full names in order. */
function repeatedName(chosen: readonly Chosen[]): { first: string; second: string; stored: string } | null {
  const byName = new Map<string, string>();
  for (const { candidate, stored } of chosen) {
    const first = byName.get(stored);
    if (first !== undefined) {
      const [a = '', b = ''] = [first, candidate.name].sort();
      return { first: a, second: b, stored };
    }
    byName.set(stored, candidate.name);
  }
  return null;
}

/** The members of an existing archive, none when there is no file, or `invalid` when it is not a zip. */
function openArchive(io: CommandIo, path: string): ZipMember[] | 'invalid' {
  const read = io.fs.readFile(path);
  if (!read.ok) return [];
  if (read.value === '') return [];
  return readZip(encodeBytes(read.value)) ?? 'invalid';
}

function zipError(message: string, exitCode: number): ExecResult {
  return { stdout: `\nzip error: ${message}\n`, stderr: '', exitCode };
}
