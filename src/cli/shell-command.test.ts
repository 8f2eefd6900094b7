import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandIo } from './command.ts';
import { runShellScript, shellCommand } from './shell-command.ts';
import { worldNames } from './worlds.ts';

const LAB = join(import.meta.dirname, 'lab.ts');
const lab = (args: string[], input?: string) =>
  spawnSync(process.execPath, [LAB, ...args], {
    encoding: 'utf8',
    ...(input === undefined ? {} : { input }),
  });

/** `lab shell ARGS` in-process, with `files` readable and `stdin` as standard input. */
function shell(args: string[], stdin = '', files: Record<string, string> = {}) {
  const io: CommandIo = {
    readFile: (path) => files[path] ?? readFileSync(path, 'utf8'),
    readStdin: () => stdin,
  };
  return shellCommand.run(args, io);
}

/** The transcript of `script` in a fresh default sandbox; a bad option fails the test. */
async function transcript(script: string, options: Parameters<typeof runShellScript>[1] = {}) {
  const run = await runShellScript(script, options);
  if ('error' in run) throw new Error(run.error);
  return run;
}

describe('lab shell (through the front door)', () => {
  it('prints each command after $ , then its stdout and stderr in the order written; exit code is the last one', () => {
    const run = lab([
      'shell',
      '-c',
      'aws sts get-caller-identity --query Arn --output text\necho out; echo err >&2; echo out2\naws iam get-role --role-name x',
    ]);
    expect(run.stdout).toBe(
      [
        '$ aws sts get-caller-identity --query Arn --output text',
        'arn:aws:iam::111111111111:user/student',
        '$ echo out; echo err >&2; echo out2',
        'out',
        'err',
        'out2',
        '$ aws iam get-role --role-name x',
        '',
        'An error occurred (NoSuchEntity) when calling the GetRole operation: The role with name x cannot be found.',
        '',
      ].join('\n'),
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(254);
    // Not a terminal: no colours.
    expect(run.stdout).not.toContain('\x1b');
  });

  it('reads a script from stdin with -; continuation lines get > ; exit N ends the script with N', () => {
    const run = lab(['shell', '-'], 'cat > t.json <<EOF\n{"a": 1}\nEOF\njq .a t.json\nexit 3\necho never\n');
    expect(run.stdout).toBe('$ cat > t.json <<EOF\n> {"a": 1}\n> EOF\n$ jq .a t.json\n1\n$ exit 3\nexit\n');
    expect(run.status).toBe(3);
  });

  it('reads a script file and takes --world, --seed and --now', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lab-shell-'));
    const file = join(dir, 'script.sh');
    writeFileSync(
      file,
      'date -u\naws iam list-saml-providers --query "SAMLProviderList[].CreateDate" --output text\n',
    );
    const run = lab(['shell', '--world', 'federation', '--now', '2026-03-01T12:00:00Z', '--seed', '7', file]);
    expect(run.stdout).toBe(
      '$ date -u\nSun Mar  1 12:00:00 UTC 2026\n' +
        '$ aws iam list-saml-providers --query "SAMLProviderList[].CreateDate" --output text\n2026-03-01T12:00:00+00:00\n',
    );
    expect(run.status).toBe(0);
  });

  it('says what is wrong with its arguments on stderr, exit 2', () => {
    const run = lab(['shell', '--world', 'nope', '-c', 'true']);
    expect(run.stderr).toBe(`lab shell: no world named nope (worlds: ${worldNames().join(', ')})\n`);
    expect(run.status).toBe(2);
  });

  it('is listed in lab --help', () => {
    expect(lab(['--help']).stdout).toContain('  shell      run a script in the simulated lab shell');
  });
});

describe('lab shell options and transcript', () => {
  it('the same seed and time give the same transcript; another seed other ids', async () => {
    const trust =
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}';
    const script = `aws iam create-role --role-name R --assume-role-policy-document '${trust}' --query Role.RoleId --output text`;
    const first = await transcript(script);
    expect(await transcript(script)).toEqual(first);
    const seeded = await transcript(script, { seed: '42' });
    expect(seeded.text).not.toBe(first.text);
    expect(await transcript(script, { seed: '42' })).toEqual(seeded);
  });

  it('--now sets where the world clock starts', async () => {
    const run = await transcript('date -u', { now: '2030-06-01T08:30:00+02:00' });
    expect(run.text).toBe('$ date -u\nSat Jun  1 06:30:00 UTC 2030\n');
  });

  it("a script's #!lab shell line picks its world; command-line options win", async () => {
    const script =
      '#!lab shell --world cross-account\naws sts get-caller-identity --query Account --output text\n';
    expect((await transcript(script)).text).toBe(
      '#!lab shell --world cross-account\n$ aws sts get-caller-identity --query Account --output text\n111111111111\n',
    );
    const run = await transcript(`${script}aws s3 ls\n`, { world: 'default' });
    expect(run.text).toContain('$ aws s3 ls\n2025-01-15 09:00:00 dev-reports-111111111111\n');
    expect(await runShellScript('#!lab shell --colour\ntrue\n')).toEqual({
      error: '#!lab shell line: unexpected argument --colour',
    });
  });

  it('copies blank and comment lines as they are; a command ending in a comment is a command', async () => {
    const run = await transcript('# setup\n\necho hi # greet\n  # indented\n');
    expect(run.text).toBe('# setup\n\n$ echo hi # greet\nhi\n  # indented\n');
  });

  it('ssh mid-script: the following lines run on the instance until exit', async () => {
    const run = await transcript(
      'ID=$(aws ec2 describe-instances --query "Reservations[0].Instances[0].InstanceId" --output text)\nssh ec2-user@$ID > /dev/null\nhostname\nexit\nhostname\n',
    );
    expect(run.text).toBe(
      '$ ID=$(aws ec2 describe-instances --query "Reservations[0].Instances[0].InstanceId" --output text)\n' +
        '$ ssh ec2-user@$ID > /dev/null\n$ hostname\nip-10-0-1-10\n$ exit\nlogout\nConnection to 10.0.1.10 closed.\n$ hostname\niam-lab\n',
    );
    expect(run.exitCode).toBe(0);
  });

  it('a script that ends inside a command is a syntax error, exit 2', async () => {
    const run = await transcript('echo "open\nmore');
    expect(run.text).toBe('$ echo "open\n> more\nbash: syntax error: unexpected end of file\n');
    expect(run.exitCode).toBe(2);
  });

  it('colours commands and stderr only when asked (a terminal)', async () => {
    const run = await transcript('echo x >&2', { color: true });
    expect(run.text).toBe('\x1b[1m$ echo x >&2\x1b[0m\n\x1b[31mx\n\x1b[0m');
  });

  it('mistakes in options and world files name the problem', async () => {
    expect(await shell(['--now', 'yesterday', '-c', 'true'])).toEqual({
      stdout: '',
      stderr: 'lab shell: --now expects an ISO 8601 time such as 2025-01-15T09:00:00Z, not yesterday\n',
      exitCode: 2,
    });
    expect((await shell(['--seed'])).stderr).toBe(
      "lab shell: --seed needs a value\nusage: lab shell [--world NAME|FILE] [--seed N] [--now ISO-8601] [-c 'SCRIPT' | FILE | -]\n",
    );
    expect((await shell(['a.sh', 'b.sh'])).stderr).toMatch(/^lab shell: unexpected argument b\.sh\n/);
    const broken = { 'w.yaml': 'name: w\nseed: 1\nstart: 2025-01-15T09:00:00Z\naccounts:\n  - id: "12"\n' };
    expect(await shell(['--world', 'w.yaml', '-c', 'true'], '', broken)).toEqual({
      stdout: '',
      stderr: 'lab shell: w.yaml: accounts.0.id: an account id is 12 digits\n',
      exitCode: 2,
    });
    expect((await shell(['--world', 'w.yaml', '-c', 'true'], '', { 'w.yaml': 'a: [' })).stderr).toMatch(
      /^lab shell: cannot read world w\.yaml: /,
    );
    expect((await shell(['missing.sh'])).stderr).toMatch(/^lab shell: cannot read missing\.sh: ENOENT/);
  });

  it('every named world under content/scenarios/ loads', async () => {
    for (const world of worldNames()) {
      const run = await transcript('aws sts get-caller-identity --query Arn --output text', { world });
      expect(run.text, world).toMatch(/\narn:aws:iam::\d{12}:user\/\S+\n$/);
    }
  });
});
