import { describe, expect, it } from 'vitest';
import { createLabSession } from './session.ts';

const EC2_ROLE = `aws iam create-role --role-name WebRole --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}' > /dev/null
aws iam create-instance-profile --instance-profile-name WebProfile > /dev/null
aws iam add-role-to-instance-profile --instance-profile-name WebProfile --role-name WebRole
ID=$(aws ec2 describe-instances --filters Name=tag:Name,Values=web-1 --query 'Reservations[0].Instances[0].InstanceId' --output text)
aws ec2 associate-iam-instance-profile --instance-id $ID --iam-instance-profile Name=WebProfile > /dev/null`;

describe('lab session', () => {
  it("starts with the learner's default profile written as `aws configure` would, and the admins' profiles", async () => {
    const session = createLabSession();
    const run = await session.shell.run('cat ~/.aws/credentials ~/.aws/config');
    expect(run.stdout).toBe(
      '[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n' +
        '\n[prod]\naws_access_key_id = AKIAPRODADMINEXAMPLE\naws_secret_access_key = pR0dAdm1nK3yF0rTh3SandB0xEXAMPLEKEY00001\n' +
        '\n[management]\naws_access_key_id = AKIAMGMTADMINEXAMPLE\naws_secret_access_key = Mgm7Adm1nK3yF0rTh3SandB0xEXAMPLEKEY00002\n' +
        '[default]\nregion = us-east-1\noutput = json\n' +
        '\n[profile prod]\nregion = us-east-1\noutput = json\n' +
        '\n[profile management]\nregion = us-east-1\noutput = json\n',
    );
    const who = await session.shell.run(
      'aws sts get-caller-identity --profile prod --query Arn --output text\n' +
        'aws sts get-caller-identity --profile management --query Arn --output text',
    );
    expect(who.stdout).toBe('arn:aws:iam::999999999999:user/admin\narn:aws:iam::123456789012:user/admin\n');
    expect(session.shell.prompt()).toBe('student@iam-lab:~$ ');
  });

  it('shares one clock between the shell and the world', async () => {
    const session = createLabSession();
    const before = session.world.clock.epochMs();
    const run = await session.shell.run('date -u +%H:%M\nsleep 90\ndate -u +%H:%M');
    expect(run.stdout).toBe('09:00\n09:01\n');
    expect(session.world.clock.epochMs() - before).toBe(90_000);
  });

  it('ssh into an instance: IMDS answers there, the CLI takes its role credentials, exit comes back', async () => {
    const session = createLabSession();
    await session.shell.run(EC2_ROLE);
    const login = await session.shell.run('ssh ec2-user@$ID');
    expect(login.stdout).toContain('Amazon Linux 2023');
    expect(session.shell.prompt()).toBe('ec2-user@ip-10-0-1-10:~$ ');
    const inside =
      await session.shell.run(`TOKEN=$(curl -s -X PUT http://169.254.169.254/latest/api/token -H "X-aws-ec2-metadata-token-ttl-seconds: 21600")
curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/iam/security-credentials/; echo
aws sts get-caller-identity --query Arn --output text
aws configure list | tail -3
ls -A ~`);
    expect(inside.stderr).toBe('');
    expect(inside.stdout).toMatch(
      /^WebRole\narn:aws:sts::111111111111:assumed-role\/WebRole\/i-\w+\naccess_key {5}\*{16}\w{4} {9}iam-role {4}\nsecret_key .*\n {4}region {16}us-east-1 {13}imds {4}\n$/,
    );
    const out = await session.shell.run('exit');
    expect(out.stderr).toBe('logout\nConnection to 10.0.1.10 closed.\n');
    expect(session.location()).toEqual({ kind: 'local' });
    expect((await session.shell.run('aws sts get-caller-identity --query Arn --output text')).stdout).toBe(
      'arn:aws:iam::111111111111:user/student\n',
    );
  });

  it('aws ssm start-session switches to sh-5.2$ as ssm-user', async () => {
    const session = createLabSession();
    await session.shell.run(EC2_ROLE);
    const start = await session.shell.run('aws ssm start-session --target $ID');
    expect(start.stdout).toMatch(/^\nStarting session with SessionId: student-[0-9a-f]{17}\n$/);
    expect(session.shell.prompt()).toBe('sh-5.2$ ');
    expect((await session.shell.run('whoami; pwd')).stdout).toBe('ssm-user\n/usr/bin\n');
    const end = await session.shell.run('exit');
    expect(end.stdout).toMatch(/^\n\nExiting session with sessionId: student-[0-9a-f]{17}\.\n\n$/);
  });

  it('curl: the metadata address times out off an instance; other hosts do not resolve', async () => {
    const session = createLabSession();
    const run = await session.shell.run(
      'curl http://169.254.169.254/latest/meta-data/\necho $?\ncurl -s http://example.com/\necho $?',
    );
    expect(run.stderr).toBe(
      'curl: (28) Failed to connect to 169.254.169.254 port 80 after 130000 ms: Timeout was reached\n',
    );
    expect(run.stdout).toBe('28\n6\n');
  });

  it('mfa-code prints the current code of a virtual MFA device', async () => {
    const session = createLabSession();
    // The sandbox learner may not create devices; the account root sets one up, as a lesson's setup would.
    session.world.call({ principal: 'arn:aws:iam::111111111111:root' }, 'iam', 'CreateVirtualMFADevice', {
      VirtualMFADeviceName: 'dev-mfa',
    });
    const run = await session.shell.run(
      'mfa-code dev-mfa\nmfa-code arn:aws:iam::111111111111:mfa/dev-mfa\nmfa-code nope',
    );
    expect(run.stdout).toMatch(/^(\d{6})\n\1\n$/);
    expect(run.stderr).toBe('mfa-code: no virtual MFA device nope\n');
  });

  it('a snapshot round-trips through JSON: world, files, environment, directory, history and machine', async () => {
    const session = createLabSession();
    await session.shell.run(
      `${EC2_ROLE}\nmkdir work && cd work && echo hi > note.txt\nexport GREETING=hello`,
    );
    await session.shell.feed('ssh ec2-user@10.0.1.10');
    await session.shell.feed('echo on-instance > here.txt');
    const saved = JSON.stringify(session.snapshot());
    const copy = createLabSession({ snapshot: saved });
    expect(copy.location()).toMatchObject({ kind: 'instance', via: 'ssh' });
    expect((await copy.shell.run('cat here.txt')).stdout).toBe('on-instance\n');
    await copy.shell.run('exit');
    const back = await copy.shell.run(
      'pwd; cat note.txt; echo $GREETING; aws iam get-role --role-name WebRole --query Role.RoleName --output text',
    );
    expect(back.stdout).toBe('/home/student/work\nhi\nhello\nWebRole\n');
    expect(copy.snapshot().local.history).toContain('export GREETING=hello');
    expect(JSON.parse(JSON.stringify(copy.snapshot()))).toEqual(copy.snapshot());
  });
});
