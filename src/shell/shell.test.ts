import { describe, expect, it, vi } from 'vitest';
import { createShell } from './shell.ts';
import { sh } from './testing.ts';

describe('the tutorial idiom', () => {
  it('runs verbatim', async () => {
    const script = `cat > trust-policy.json <<EOF
{
  "Version": "2012-10-17",
  "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]
}
EOF
cat trust-policy.json | grep -c Principal
ROLE_NAME=MyRole; echo "created \${ROLE_NAME}" && echo $?
export CREDS=$(echo '{"Credentials":{"AccessKeyId":"ASIAXXX"}}' | jq -r .Credentials.AccessKeyId); echo $CREDS
`;
    const shell = createShell();
    expect(await shell.run(script)).toMatchObject({
      stdout: '1\ncreated MyRole\n0\nASIAXXX\n',
      stderr: '',
      exitCode: 0,
    });
    expect(shell.fs.readFile('/home/student/trust-policy.json')).toEqual({
      ok: true,
      value:
        '{\n  "Version": "2012-10-17",\n  "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]\n}\n',
    });
    expect(shell.env().CREDS).toBe('ASIAXXX');
  });

  it('runs the same when typed line by line', async () => {
    const shell = createShell();
    const lines = [
      'cat > trust-policy.json <<EOF',
      '{"Principal": {"Service": "ec2.amazonaws.com"}}',
      'EOF',
      'cat trust-policy.json | grep -c Principal',
    ];
    const results = [];
    for (const line of lines) results.push(await shell.feed(line));
    expect(results.map((r) => r.status)).toEqual(['more', 'more', 'done', 'done']);
    expect(results[3]?.stdout).toBe('1\n');
  });
});

describe('feed: line by line like a terminal', () => {
  it('asks for more while input is incomplete, then runs it', async () => {
    const shell = createShell();
    expect(shell.prompt()).toBe('student@iam-lab:~$ ');
    expect((await shell.feed('echo "a')).status).toBe('more');
    expect(shell.prompt()).toBe('> ');
    expect((await shell.feed('b" \\')).status).toBe('more');
    expect((await shell.feed('c |')).status).toBe('more');
    expect(await shell.feed('cat')).toMatchObject({ status: 'done', stdout: 'a\nb c\n', exitCode: 0 });
    expect(shell.prompt()).toBe('student@iam-lab:~$ ');
  });

  it('waits for && / || continuations and open here-documents', async () => {
    const shell = createShell();
    expect((await shell.feed('true &&')).status).toBe('more');
    expect(await shell.feed('echo ok')).toMatchObject({ status: 'done', stdout: 'ok\n' });
    expect((await shell.feed('false ||')).status).toBe('more');
    expect(await shell.feed('echo rescued')).toMatchObject({ status: 'done', stdout: 'rescued\n' });
    expect((await shell.feed('cat <<-END')).status).toBe('more');
    expect((await shell.feed('\tindented')).status).toBe('more');
    expect(await shell.feed('\tEND')).toMatchObject({ status: 'done', stdout: 'indented\n' });
  });

  it('waits for the rest of a case, a function or [[ … ]], and keeps functions for later lines', async () => {
    const shell = createShell();
    const typed = async (lines: string[]) => {
      const results = [];
      for (const line of lines) results.push(await shell.feed(line));
      return { statuses: results.map((r) => r.status), last: results[results.length - 1] };
    };
    const defined = await typed([
      'greet() {',
      '  case $1 in',
      '    -h) echo "usage: greet NAME";;',
      '    *) echo "hi $1"',
      '  esac',
      '}',
    ]);
    expect(defined.statuses).toEqual(['more', 'more', 'more', 'more', 'more', 'done']);
    expect(await shell.feed('greet -h; greet bob')).toMatchObject({ stdout: 'usage: greet NAME\nhi bob\n' });
    const cond = await typed(['[[ -n $HOME &&', '   $HOME == /home/* ]] && echo home']);
    expect(cond.statuses).toEqual(['more', 'done']);
    expect(cond.last?.stdout).toBe('home\n');
    expect(await shell.feed('case')).toMatchObject({
      status: 'done',
      stderr: "bash: syntax error near unexpected token `newline'\n",
    });
  });

  it('runs a multi-line paste line by line and keeps stdout and stderr in order', async () => {
    const shell = createShell();
    const r = await shell.feed('echo one\nls nope\necho two');
    expect(r.output).toEqual([
      { stream: 'stdout', text: 'one\n' },
      { stream: 'stderr', text: "ls: cannot access 'nope': No such file or directory\n" },
      { stream: 'stdout', text: 'two\n' },
    ]);
    expect(r.exitCode).toBe(0);
  });

  it('serialises lines fed before the previous one finished', async () => {
    const shell = createShell();
    const [a, b] = await Promise.all([shell.feed('X=1'), shell.feed('echo $X')]);
    expect(a.status).toBe('done');
    expect(b.stdout).toBe('1\n');
  });

  it('cancel drops incomplete input (Ctrl-C)', async () => {
    const shell = createShell();
    await shell.feed("echo 'open");
    shell.cancel();
    expect(shell.prompt()).toBe('student@iam-lab:~$ ');
    expect((await shell.feed('echo fine')).stdout).toBe('fine\n');
  });

  it('a syntax error prints like bash, runs nothing of the line and sets $? to 2', async () => {
    const shell = createShell();
    expect(await shell.feed('echo ran; echo a | | b')).toMatchObject({
      stdout: '',
      stderr: "bash: syntax error near unexpected token `|'\n",
      exitCode: 2,
    });
    expect((await shell.feed('echo $?')).stdout).toBe('2\n');
  });

  it('exit calls the host hook and prints exit like an interactive bash', async () => {
    const onExit = vi.fn();
    const shell = createShell({ onExit });
    const r = await shell.feed('exit 3');
    expect(r).toMatchObject({ exited: true, exitCode: 3, stderr: 'exit\n' });
    expect(onExit).toHaveBeenCalledWith(3);
  });

  it('exit inside a subshell or pipeline leaves only that', async () => {
    const onExit = vi.fn();
    const shell = createShell({ onExit });
    expect(await shell.run('(exit 5); echo $?; echo x | exit 2; echo $?')).toMatchObject({
      stdout: '5\n2\n',
      exited: false,
    });
    expect(onExit).not.toHaveBeenCalled();
  });

  it('the prompt follows cd and the identity the host sets (ssh)', async () => {
    const shell = createShell();
    await shell.feed('mkdir -p work/x && cd work/x');
    expect(shell.prompt()).toBe('student@iam-lab:~/work/x$ ');
    await shell.feed('cd /tmp');
    shell.setIdentity({ user: 'ec2-user', hostname: 'ip-10-0-1-23' });
    expect(shell.prompt()).toBe('ec2-user@ip-10-0-1-23:/tmp$ ');
    expect((await shell.feed('whoami; hostname')).stdout).toBe('ec2-user\nip-10-0-1-23\n');
  });

  it('history lists what was run, from the shell or an injected provider', async () => {
    const shell = createShell();
    await shell.feed('echo a');
    await shell.feed('echo "b');
    await shell.feed('c"');
    expect((await shell.feed('history')).stdout).toBe('    1  echo a\n    2  echo "b\nc"\n    3  history\n');
    const injected = createShell({ history: { entries: () => ['ls', 'pwd'] } });
    expect((await injected.run('history')).stdout).toBe('    1  ls\n    2  pwd\n');
  });
});

describe('run: whole scripts', () => {
  it('stops at exit and reports its code', async () => {
    expect(await sh('echo a\nexit 4\necho b')).toEqual({ stdout: 'a\n', stderr: '', exitCode: 4 });
  });

  it('reports an unterminated quote at the end like bash', async () => {
    expect(await sh('echo "abc')).toEqual({
      stdout: '',
      stderr: 'bash: unexpected EOF while looking for matching `"\'\n',
      exitCode: 2,
    });
    expect((await sh('echo a |')).stderr).toBe('bash: syntax error: unexpected end of file\n');
    expect((await sh('echo $(')).stderr).toBe("bash: unexpected EOF while looking for matching `)'\n");
  });

  it('runs a here-document cut short by the end of the script, with bash’s warning', async () => {
    expect(await sh('cat <<EOF\nhello')).toEqual({
      stdout: 'hello\n',
      stderr: "bash: warning: here-document at line 1 delimited by end-of-file (wanted `EOF')\n",
      exitCode: 0,
    });
  });

  it('keeps running after a failing line, like bash', async () => {
    expect(await sh('cat nope.txt\necho after $?')).toEqual({
      stdout: 'after 1\n',
      stderr: 'cat: nope.txt: No such file or directory\n',
      exitCode: 0,
    });
  });
});

describe('stdin', () => {
  it('a while-read loop takes one line per read; cat takes the rest', async () => {
    expect(
      (
        await sh(
          'printf "r1\\nr2\\n" > roles.txt; while read -r role; do echo "role: $role"; done < roles.txt; printf "a\\nb\\nc\\n" | while read x; do echo "<$x>"; cat; done',
        )
      ).stdout,
    ).toBe('role: r1\nrole: r2\n<a>\nb\nc\n');
  });
});

describe('commands plug in', () => {
  it('passes args, stdin, env (with prefix assignments), cwd and the file system', async () => {
    const seen: unknown[] = [];
    const shell = createShell({
      commands: {
        aws: {
          description: 'the AWS CLI',
          run: async (args, io) => {
            seen.push({
              args,
              stdin: io.stdin,
              profile: io.env.AWS_PROFILE,
              cwd: io.cwd,
              key: io.path('~/k'),
            });
            return { stdout: '{"Arn":"arn:aws:iam::123456789012:role/R"}\n', stderr: '', exitCode: 0 };
          },
        },
      },
    });
    const r = await shell.run(
      'cd /tmp\necho in | AWS_PROFILE=dev aws iam get-role --role-name "My Role" | jq -r .Arn\naws x',
    );
    expect(r.stdout).toBe('arn:aws:iam::123456789012:role/R\n{"Arn":"arn:aws:iam::123456789012:role/R"}\n');
    expect(seen).toEqual([
      {
        args: ['iam', 'get-role', '--role-name', 'My Role'],
        stdin: 'in\n',
        profile: 'dev',
        cwd: '/tmp',
        key: '/home/student/k',
      },
      { args: ['x'], stdin: '', profile: undefined, cwd: '/tmp', key: '/home/student/k' },
    ]);
    expect((await shell.run('help aws')).stdout).toBe('aws  the AWS CLI\n');
  });

  it('a plain function is enough; export makes variables visible to it', async () => {
    const shell = createShell({
      commands: { show: (_args, io) => ({ stdout: `${io.env.A ?? '-'}\n`, stderr: '', exitCode: 0 }) },
    });
    expect((await shell.run('A=1; show; export A; show; unset A; show')).stdout).toBe('-\n1\n-\n');
  });

  it('a command that throws is a bug: printed, reported, and the shell carries on', async () => {
    const onInternalError = vi.fn();
    const shell = createShell({
      commands: {
        boom: () => {
          throw new Error('kaboom');
        },
      },
      onInternalError,
    });
    expect(await shell.run('boom; echo still here')).toMatchObject({
      stdout: 'still here\n',
      stderr: 'bash: internal error: kaboom\n',
    });
    expect(onInternalError).toHaveBeenCalledWith(expect.objectContaining({ message: 'kaboom' }), 'boom');
  });

  it('unknown commands are 127 with bash’s message', async () => {
    expect(await sh('foo; echo $?')).toEqual({
      stdout: '127\n',
      stderr: 'bash: foo: command not found\n',
      exitCode: 0,
    });
    expect(await sh('./nope.sh')).toEqual({
      stdout: '',
      stderr: 'bash: ./nope.sh: No such file or directory\n',
      exitCode: 127,
    });
  });
});

describe('limits that keep a runaway input from freezing the tab', () => {
  it('stops source and eval recursion with a message, and carries on', async () => {
    const r = await sh(`echo '. ./r.sh' > r.sh; . ./r.sh; echo after $?`);
    expect(r.stderr).toBe(
      'bash: source, eval and $(…) nested 200 deep; stopped (the simulated shell limits nesting)\n',
    );
    expect(r.stdout).toBe('after 1\n');
  });

  it('refuses input nested too deep for the parser, as a syntax error', async () => {
    expect(await sh(`${'('.repeat(300)}echo x${')'.repeat(300)}`)).toEqual({
      stdout: '',
      stderr: 'bash: syntax error: commands nested over 200 deep\n',
      exitCode: 2,
    });
    expect((await sh(`echo ${'$('.repeat(300)}echo x${')'.repeat(300)}`)).stderr).toBe(
      'bash: syntax error: substitutions nested over 200 deep\n',
    );
    expect((await sh(`${'('.repeat(150)}echo x${')'.repeat(150)}`)).stdout).toBe('x\n');
    expect((await sh(`[[ ${'( '.repeat(5000)}a${' )'.repeat(5000)} ]]`)).stderr).toBe(
      'bash: syntax error: conditional expression nested over 200 deep\n',
    );
    expect((await sh(`[[ ${'a && '.repeat(20_000)}a ]] && echo long`)).stdout).toBe('long\n');
    expect((await sh(`f() { f; }; f`)).stderr).toBe(
      'bash: f: maximum function nesting level exceeded (200)\n',
    );
  });

  it('caps printf widths instead of printing megabytes', async () => {
    expect(await sh("printf '%99999d|' 1")).toEqual({
      stdout: '1|',
      stderr: 'bash: printf: 99999: field width too large for the simulated shell (at most 10000)\n',
      exitCode: 1,
    });
  });
});
