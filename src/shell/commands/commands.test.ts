import { describe, expect, it } from 'vitest';
import { createSimClock } from '../clock.ts';
import { createShell } from '../shell.ts';
import { sh } from '../testing.ts';
import { CLEAR_SCREEN } from './system.ts';

describe('date and sleep use the injected clock', () => {
  it('prints like GNU date and sleep moves time instantly', async () => {
    const clock = createSimClock(Date.UTC(2026, 10, 25, 16, 38, 42));
    const shell = createShell({ clock });
    expect((await shell.run('date; sleep 3600; date; date +%s; date -u --iso-8601=seconds')).stdout).toBe(
      'Wed Nov 25 16:38:42 UTC 2026\nWed Nov 25 17:38:42 UTC 2026\n1795628322\n2026-11-25T17:38:42+00:00\n',
    );
    expect(clock.now()).toBe(Date.UTC(2026, 10, 25, 17, 38, 42));
    expect((await shell.run("date -d '1 hour ago' +%H:%M; date -d @0 -u; sleep 1.5m; date +%T")).stdout).toBe(
      '16:38\nThu Jan  1 00:00:00 UTC 1970\n17:40:12\n',
    );
  });

  it('rejects what it cannot parse like GNU', async () => {
    expect(await sh('sleep x')).toEqual({
      stdout: '',
      stderr: "sleep: invalid time interval 'x'\nTry 'sleep --help' for more information.\n",
      exitCode: 1,
    });
  });
});

describe('terminal-facing commands', () => {
  it('clear prints the clear-screen escape', async () => {
    expect((await sh('clear')).stdout).toBe(CLEAR_SCREEN);
    expect(CLEAR_SCREEN).toBe('\x1b[H\x1b[2J');
  });

  it('ls prints columns on the terminal and one name a line into a pipe', async () => {
    const r = await sh('touch alpha beta gamma delta; ls; ls | cat');
    expect(r.stdout).toBe('alpha  beta  delta  gamma\nalpha\nbeta\ndelta\ngamma\n');
  });

  it('ls -la shows dotfiles, ~/.aws included, in the long format', async () => {
    expect((await sh('ls -la ~')).stdout).toBe(
      [
        'total 12',
        'drwxr-xr-x 3 student student 4096 Nov 25 16:38 .',
        'drwxr-xr-x 3 student student 4096 Nov 25 16:38 ..',
        'drwxr-xr-x 2 student student 4096 Nov 25 16:38 .aws',
        '',
      ].join('\n'),
    );
  });

  it('help lists builtins and tools with a description each', async () => {
    const { stdout } = await sh('help');
    for (const name of ['cd', 'jq', 'grep', 'export', 'history', 'sleep'])
      expect(stdout).toMatch(new RegExp(`^${name} +\\S`, 'm'));
  });

  it('chmod makes a script runnable with ./', async () => {
    const r = await sh("printf 'echo hi\\n' > s.sh; ./s.sh; chmod 600 s.sh; ls -l s.sh");
    expect(r.stderr).toBe('bash: ./s.sh: Permission denied\n');
    expect(r.stdout).toBe('-rw------- 1 student student 8 Nov 25 16:38 s.sh\n');
  });
});

describe('jq subset', () => {
  const json = '{"Roles":[{"RoleName":"a","Arn":"arn:a"},{"RoleName":"b","Arn":"arn:b"}],"Empty":{}}';
  const cases: [string, string][] = [
    ['.Roles[0].RoleName', '"a"\n'],
    ['-r .Roles[].Arn', 'arn:a\narn:b\n'],
    ['-c .Roles[1]', '{"RoleName":"b","Arn":"arn:b"}\n'],
    ['keys', '[\n  "Empty",\n  "Roles"\n]\n'],
    ["'.Roles | length'", '2\n'],
    ['-r \'.Roles[] | select(.RoleName == "b") | .Arn\'', 'arn:b\n'],
    ['.Empty', '{}\n'],
    ["-r --arg n a '.Roles[] | select(.RoleName == $n) | .Arn'", 'arn:a\n'],
  ];
  for (const [filter, out] of cases) {
    it(`jq ${filter}`, async () => {
      expect(await sh(`echo '${json}' | jq ${filter}`)).toEqual({ stdout: out, stderr: '', exitCode: 0 });
    });
  }

  it('says honestly what it does not support (exit 3)', async () => {
    const r = await sh(`echo '[1]' | jq 'map(.+1)'`);
    expect(r.exitCode).toBe(3);
    expect(r.stderr).toMatch(
      /^jq: error: this simulated jq supports only .*\(not supported here: map\(\.\+1\)\)\n$/,
    );
  });

  it('reports bad input and type errors like jq', async () => {
    expect(await sh(`echo '{' | jq .`)).toEqual({
      stdout: '',
      stderr: 'parse error: Unfinished JSON term at EOF at line 2, column 0\n',
      exitCode: 2,
    });
  });
});
