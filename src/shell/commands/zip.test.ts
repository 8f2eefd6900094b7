import { describe, expect, it } from 'vitest';
import { createSimClock } from '../clock.ts';
import { createShell } from '../shell.ts';
import { sh } from '../testing.ts';

const HANDLER = 'printf \'export const handler = async (event) => {\\n  return "hi";\\n};\\n\' > index.mjs';

/** A shell whose clock reads 2025-01-15 09:00:01 UTC (an odd second: DOS time rounds it up). */
const shellAt = () => createShell({ clock: createSimClock(Date.UTC(2025, 0, 15, 9, 0, 1)) });

describe('zip', () => {
  it('writes the bytes Info-ZIP zip 3.0 writes (stored members, UT and ux extra fields, uid 1000)', async () => {
    // `TZ=UTC zip f.zip index.mjs d/sub/x.bin` and `zip -X -q fx.zip index.mjs` on Debian, files owned by 1000:1000.
    const infoZip =
      'UEsDBAoAAAAAAAFIL1oC2KLcPAAAADwAAAAJABwAaW5kZXgubWpzVVQJAAMReYdnEXmHZ3V4CwABBOgDAAAE6AMAAGV4cG9ydCBjb25zdCBoYW5kbGVyID0gYXN5bmMgKGV2ZW50KSA9PiB7CiAgcmV0dXJuICJoaSI7Cn07ClBLAwQKAAAAAAABSC9aMEnzDAMAAAADAAAACwAcAGQvc3ViL3guYmluVVQJAAMReYdnEXmHZ3V4CwABBOgDAAAE6AMAAGEBYlBLAQIeAwoAAAAAAAFIL1oC2KLcPAAAADwAAAAJABgAAAAAAAEAAACkgQAAAABpbmRleC5tanNVVAUAAxF5h2d1eAsAAQToAwAABOgDAABQSwECHgMKAAAAAAABSC9aMEnzDAMAAAADAAAACwAYAAAAAAAAAAAAgIF/AAAAZC9zdWIveC5iaW5VVAUAAxF5h2d1eAsAAQToAwAABOgDAABQSwUGAAAAAAIAAgCgAAAAxwAAAAAA';
    const infoZipX =
      'UEsDBAoAAAAAAAFIL1oC2KLcPAAAADwAAAAJAAAAaW5kZXgubWpzZXhwb3J0IGNvbnN0IGhhbmRsZXIgPSBhc3luYyAoZXZlbnQpID0+IHsKICByZXR1cm4gImhpIjsKfTsKUEsBAh4DCgAAAAAAAUgvWgLYotw8AAAAPAAAAAkAAAAAAAAAAQAAAKSBAAAAAGluZGV4Lm1qc1BLBQYAAAAAAQABADcAAABjAAAAAAA=';
    const run = await shellAt().run(
      `${HANDLER}; mkdir -p d/sub; printf 'a\\001b' > d/sub/x.bin; chmod 600 d/sub/x.bin
zip f.zip index.mjs d/sub/x.bin; base64 -w0 f.zip; echo; zip -X -q fx.zip index.mjs; base64 -w0 fx.zip; echo
wc -c < f.zip; ls -l f.zip`,
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      '  adding: index.mjs (stored 0%)\n  adding: d/sub/x.bin (stored 0%)\n' +
        `${infoZip}\n${infoZipX}\n381\n-rw-r--r-- 1 student student 381 Jan 15 09:00 f.zip\n`,
    );
  });

  it('adds, then updates; -r walks directories (dotfiles too) but never the archive itself; -q is silent', async () => {
    const run = await sh(
      `${HANDLER}; mkdir -p d/sub; echo hello > d/sub/x.txt; echo hi > d/.env
zip function.zip index.mjs; zip function.zip index.mjs; zip -r function.zip .; zip -qr quiet.zip d; unzip -Z1 quiet.zip`,
      { cwd: '/tmp' },
    );
    expect(run).toEqual({
      stdout: [
        '  adding: index.mjs (stored 0%)',
        'updating: index.mjs (stored 0%)',
        '  adding: d/ (stored 0%)',
        '  adding: d/.env (stored 0%)',
        '  adding: d/sub/ (stored 0%)',
        '  adding: d/sub/x.txt (stored 0%)',
        'updating: index.mjs (stored 0%)',
        'd/',
        'd/.env',
        'd/sub/',
        'd/sub/x.txt',
        '',
      ].join('\n'),
      stderr: '',
      exitCode: 0,
    });
  });

  it('-j junks paths, -D skips directory entries, -x and -i filter with wildcards that cross /', async () => {
    const run = await sh(
      `mkdir -p d/sub; echo hello > d/sub/x.txt; echo hi > d/a
zip -j j.zip d/sub/x.txt d/a; zip -r -D nodirs.zip d; zip -r x.zip d -x '*.txt'; zip -r i.zip d -i '*.txt'
zip -r none.zip d -x 'd/*'; echo "rc=$?"; zip d index.mjs; ls d.zip`,
    );
    expect(run.stdout).toBe(
      [
        '  adding: x.txt (stored 0%)',
        '  adding: a (stored 0%)',
        '  adding: d/a (stored 0%)',
        '  adding: d/sub/x.txt (stored 0%)',
        '  adding: d/ (stored 0%)',
        '  adding: d/a (stored 0%)',
        '  adding: d/sub/ (stored 0%)',
        '  adding: d/sub/x.txt (stored 0%)',
        '',
        'zip error: Nothing to do! (none.zip)',
        'rc=12',
        '\tzip warning: name not matched: index.mjs',
        '',
        'zip error: Nothing to do! (d.zip)',
        '',
      ].join('\n'),
    );
    expect(run.stderr).toBe("ls: cannot access 'd.zip': No such file or directory\n");
  });

  it("prints zip's errors on stdout with its exit codes", async () => {
    const cases: [string, string, number][] = [
      ['zip a.zip nope', '\tzip warning: name not matched: nope\n\nzip error: Nothing to do! (a.zip)\n', 12],
      [
        'zip -r a.zip nope',
        '\tzip warning: name not matched: nope\n\nzip error: Nothing to do! (try: zip -r a.zip . -i nope)\n',
        12,
      ],
      ['zip -q a.zip nope', '\nzip error: Nothing to do! (a.zip)\n', 12],
      ['zip -Q a.zip x', "\nzip error: Invalid command arguments (short option 'Q' not supported)\n", 16],
      [
        'zip --bogus a.zip x',
        "\nzip error: Invalid command arguments (long option 'bogus' not supported)\n",
        16,
      ],
      [
        'zip -x',
        "\nzip error: Invalid command arguments (option 'x' (exclude files matching patterns) requires a value)\n",
        16,
      ],
      [
        'zip nodir/a.zip f',
        'zip I/O error: No such file or directory\nzip error: Could not create output file (nodir/a.zip)\n',
        15,
      ],
      [
        'echo junk > bad.zip; zip bad.zip f',
        '\tzip warning: missing end signature--probably not a zip file (did you\n' +
          '\tzip warning: remember to use binary mode when you transferred it?)\n' +
          '\tzip warning: (if you are trying to read a damaged archive try -F)\n\nzip error: Zip file structure invalid (bad.zip)\n',
        3,
      ],
      [
        'mkdir -p a b; touch a/f b/f; zip -j j.zip a/f b/f',
        '\tzip warning:   first full name: a/f\n                      second full name: b/f\n' +
          '                     name in zip file repeated: f\n                     this may be a result of using -j\n' +
          '\nzip error: Invalid command arguments (cannot repeat names in zip file)\n',
        16,
      ],
      [
        'zip -m a.zip f',
        '\nzip error: this simulated zip supports only -r -j -q -D -X -0…-9 -x -i -h (not supported here: -m)\n',
        16,
      ],
    ];
    for (const [script, stdout, exitCode] of cases)
      expect(await sh(`touch f; ${script}`), script).toEqual({ stdout, stderr: '', exitCode });
    expect((await sh('zip')).stdout).toMatch(
      /^Copyright \(c\) 1990-2008 Info-ZIP .*\nZip 3\.0 \(July 5th 2008\)\. Usage:\n/,
    );
  });

  it('keeps bytes intact through cat, pipes and base64, and counts them in wc -c and ls -l', async () => {
    const run = await sh(
      `${HANDLER}; zip -q function.zip index.mjs; cat function.zip > copy.zip; base64 function.zip | base64 -d > round.zip
wc -c function.zip copy.zip round.zip; unzip -l round.zip | tail -1`,
    );
    expect(run.stdout).toBe(
      '228 function.zip\n228 copy.zip\n228 round.zip\n684 total\n       60                     1 file\n',
    );
  });
});

describe('unzip', () => {
  it('lists like UnZip 6.00 (-l, -lq, -qq -l, -Z1)', async () => {
    const run = await shellAt().run(
      `${HANDLER}; mkdir d; echo hi > d/a; zip -qr f.zip index.mjs d
unzip -l f.zip; unzip -lq f; unzip -qq -l f.zip; unzip -Z1 f.zip`,
    );
    expect(run.stdout).toBe(
      [
        'Archive:  f.zip',
        '  Length      Date    Time    Name',
        '---------  ---------- -----   ----',
        '       60  2025-01-15 09:00   index.mjs',
        '        0  2025-01-15 09:00   d/',
        '        3  2025-01-15 09:00   d/a',
        '---------                     -------',
        '       63                     3 files',
        '  Length      Date    Time    Name',
        '---------  ---------- -----   ----',
        '       60  2025-01-15 09:00   index.mjs',
        '        0  2025-01-15 09:00   d/',
        '        3  2025-01-15 09:00   d/a',
        '---------                     -------',
        '       63                     3 files',
        '       60  2025-01-15 09:00   index.mjs',
        '        0  2025-01-15 09:00   d/',
        '        3  2025-01-15 09:00   d/a',
        'index.mjs',
        'd/',
        'd/a',
        '',
      ].join('\n'),
    );
  });

  it('extracts, declines to replace without -o (end of input answers None), and extracts into -d DIR', async () => {
    const run = await sh(
      `${HANDLER}; mkdir d; echo hi > d/a; zip -qr f.zip index.mjs d; mkdir out; cd out
unzip ../f.zip; unzip ../f.zip; echo "rc=$?"; unzip -o -q ../f.zip; unzip -d x ../f.zip; cat x/d/a; unzip -p ../f.zip d/a`,
    );
    expect(run.stdout).toBe(
      [
        'Archive:  ../f.zip',
        ' extracting: index.mjs               ',
        '   creating: d/',
        ' extracting: d/a                     ',
        'Archive:  ../f.zip',
        'rc=1',
        'Archive:  ../f.zip',
        ' extracting: x/index.mjs             ',
        '   creating: x/d/',
        ' extracting: x/d/a                   ',
        'hi',
        'hi',
        '',
      ].join('\n'),
    );
    expect(run.stderr).toBe(
      'replace index.mjs? [y]es, [n]o, [A]ll, [N]one, [r]ename:  NULL\n(EOF or read error, treating as "[N]one" ...)\n',
    );
  });

  it('complains like UnZip about missing archives, non-zips and unmatched names', async () => {
    expect(await sh('unzip nope.zip')).toEqual({
      stdout: '',
      stderr: 'unzip:  cannot find or open nope.zip, nope.zip.zip or nope.zip.ZIP.\n',
      exitCode: 9,
    });
    const bad = await sh('echo junk > bad.zip; unzip bad.zip');
    expect(bad.stdout).toBe('Archive:  bad.zip\n');
    expect(bad.stderr).toMatch(/^ {2}End-of-central-directory signature not found\..*period\.\n$/s);
    expect(bad.exitCode).toBe(9);
    const unmatched = await sh('touch f; zip -q f.zip f; rm f; unzip f.zip nomatch');
    expect(unmatched).toEqual({
      stdout: 'Archive:  f.zip\n',
      stderr: 'caution: filename not matched:  nomatch\n',
      exitCode: 11,
    });
    expect((await sh('unzip -K x.zip')).exitCode).toBe(10);
  });
});
