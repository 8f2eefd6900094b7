import { describe, expect, it } from 'vitest';
import { createLabSession } from '../session.ts';

const TRUST = `cat > trust-policy.json <<'EOF'
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": { "AWS": "arn:aws:iam::111111111111:root" },
      "Action": "sts:AssumeRole"
    }
  ]
}
EOF
aws iam create-role --role-name MyRole --assume-role-policy-document file://trust-policy.json > /dev/null`;

const ASSUME_AND_EXPORT = `read AK SK ST <<< "$(aws sts assume-role --role-arn arn:aws:iam::111111111111:role/MyRole --role-session-name s1 --query 'Credentials.[AccessKeyId,SecretAccessKey,SessionToken]' --output text)"
export AWS_ACCESS_KEY_ID=$AK AWS_SECRET_ACCESS_KEY=$SK AWS_SESSION_TOKEN=$ST`;

async function lab(script: string) {
  const session = createLabSession();
  const run = await session.shell.run(script);
  return { session, ...run };
}

describe('aws: the classic "create a role and assume it" tutorial, typed verbatim', () => {
  it('creates the role from a heredoc trust policy and prints it decoded, in the model order', async () => {
    const { stdout, stderr, exitCode } = await lab(TRUST.replace(' > /dev/null', ''));
    expect(stderr).toBe('');
    expect(exitCode).toBe(0);
    expect(stdout).toMatch(
      /^\{\n {4}"Role": \{\n {8}"Path": "\/",\n {8}"RoleName": "MyRole",\n {8}"RoleId": "AROA/,
    );
    expect(stdout).toContain(
      '"CreateDate": "2025-01-15T09:00:00+00:00",\n        "AssumeRolePolicyDocument": {\n            "Version": "2012-10-17",',
    );
    expect(stdout).toContain(
      '"Principal": {\n                        "AWS": "arn:aws:iam::111111111111:root"\n',
    );
  });

  it('assumes the role, exports the credentials from $(… --query …) and becomes the assumed role', async () => {
    const { stdout, stderr, exitCode } = await lab(`${TRUST}
aws iam get-role --role-name MyRole --query Role.Arn --output text
${ASSUME_AND_EXPORT}
aws sts get-caller-identity --query Arn --output text
aws configure list | head -4 | tail -1`);
    expect(stderr).toBe('');
    expect(exitCode).toBe(0);
    expect(stdout.split('\n').slice(0, 2)).toEqual([
      'arn:aws:iam::111111111111:role/MyRole',
      'arn:aws:sts::111111111111:assumed-role/MyRole/s1',
    ]);
    expect(stdout).toMatch(/access_key {5}\*{16}\w{4} {14}env {4}\n$/);
  });

  it('session credentials expire when simulated time passes (sleep moves the world clock)', async () => {
    const { stderr, exitCode } = await lab(`${TRUST}
${ASSUME_AND_EXPORT}
sleep 3600
aws sts get-caller-identity`);
    expect(stderr).toBe(
      '\nAn error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token included in the request is expired\n',
    );
    expect(exitCode).toBe(254);
  });

  it('uses a role profile (role_arn + source_profile) and caches its credentials like botocore', async () => {
    const { stdout, stderr, session } = await lab(`${TRUST}
printf '\\n[profile myrole]\\nrole_arn = arn:aws:iam::111111111111:role/MyRole\\nsource_profile = default\\nregion = us-east-1\\n' >> ~/.aws/config
aws sts get-caller-identity --profile myrole --query Arn --output text
aws sts get-caller-identity --prof myrole --query Arn --output text
AWS_PROFILE=myrole aws configure list | head -4 | tail -1`);
    expect(stderr).toBe('');
    const arn = 'arn:aws:sts::111111111111:assumed-role/MyRole/botocore-session-1736931600';
    expect(stdout).toBe(
      `${arn}\n${arn}\naccess_key     ****************${stdout.slice(-26, -22)}      assume-role    \n`,
    );
    const cache = session.fs.readdir('/home/student/.aws/cli/cache');
    expect(cache.ok && cache.value.length).toBe(1);
  });

  it('without a region, global services (IAM, STS, Organizations, S3) still answer and regional ones stop', async () => {
    const run = await lab(`${TRUST}
printf '[default]\\noutput = json\\n[profile r]\\nrole_arn = arn:aws:iam::111111111111:role/MyRole\\nsource_profile = default\\n' > ~/.aws/config
aws sts get-caller-identity --profile r --query Arn --output text
aws iam get-role --role-name MyRole --query Role.RoleName --output text
aws ec2 describe-instances`);
    expect(run.stdout).toBe(
      'arn:aws:sts::111111111111:assumed-role/MyRole/botocore-session-1736931600\nMyRole\n',
    );
    expect(run.stderr).toBe(
      '\nYou must specify a region. You can also configure your region by running "aws configure".\n',
    );
    expect(run.exitCode).toBe(253);
  });

  it('configure set/get write and read the VFS files like the CLI', async () => {
    const { stdout, session } = await lab(`aws configure set region eu-west-1 --profile dev
aws configure set aws_access_key_id AKIAEXAMPLE --profile dev
aws configure get region --profile dev
aws configure list-profiles`);
    expect(stdout).toBe('eu-west-1\ndefault\nprod\nmanagement\ndev\n');
    const config = session.fs.readFile('/home/student/.aws/config');
    expect(config.ok && config.value).toBe(
      '[default]\nregion = us-east-1\noutput = json\n\n[profile prod]\nregion = us-east-1\noutput = json\n' +
        '\n[profile management]\nregion = us-east-1\noutput = json\n[profile dev]\nregion = eu-west-1\n',
    );
    const creds = session.fs.readFile('/home/student/.aws/credentials');
    expect(creds.ok && creds.value).toMatch(/\n\[dev\]\naws_access_key_id = AKIAEXAMPLE\n$/);
  });
});

describe('aws accessanalyzer validate-policy', () => {
  it('shows the issue code through the shell', async () => {
    const { shell } = createLabSession();
    const policy =
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObjects","Resource":"*"}]}';
    const { stdout, stderr, exitCode } = await shell.run(
      `aws accessanalyzer validate-policy --policy-type IDENTITY_POLICY --policy-document '${policy}' --query 'findings[].issueCode'`,
    );
    expect({ stdout, stderr, exitCode }).toEqual({
      stdout: '[\n    "INVALID_ACTION"\n]\n',
      stderr: '',
      exitCode: 0,
    });
  });
});

describe('aws: errors print exactly what CLI v2 prints', () => {
  it('NoSuchEntity: blank line, botocore ClientError text, exit 254', async () => {
    const run = await lab('aws iam get-role --role-name Nope');
    expect(run.stderr).toBe(
      '\nAn error occurred (NoSuchEntity) when calling the GetRole operation: The role with name Nope cannot be found.\n',
    );
    expect(run.exitCode).toBe(254);
  });

  it('AccessDenied names the caller and the missing permission; --debug adds the engine explanation', async () => {
    const run = await lab('aws iam create-user --user-name bob --debug');
    expect(run.exitCode).toBe(254);
    expect(run.stderr).toContain('[debug] caller: arn:aws:iam::111111111111:user/student\n');
    expect(run.stderr).toContain(
      '[debug] credentials: shared-credentials-file (~/.aws/credentials [default])\n',
    );
    expect(run.stderr).toMatch(/\[debug\] decision: ImplicitDeny; /);
    expect(run.stderr).toMatch(
      /\nAn error occurred \(AccessDenied\) when calling the CreateUser operation: User: arn:aws:iam::111111111111:user\/student is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::111111111111:user\/bob because no identity-based policy allows the iam:CreateUser action\n$/,
    );
  });

  it('MalformedPolicyDocument from IAM for a document that is not JSON', async () => {
    const run = await lab("aws iam create-role --role-name R --assume-role-policy-document 'not json'");
    expect(run.stderr).toMatch(
      /^\nAn error occurred \(MalformedPolicyDocument\) when calling the CreateRole operation: /,
    );
    expect(run.exitCode).toBe(254);
  });

  it('no credentials anywhere: exit 253', async () => {
    const run = await lab('rm ~/.aws/credentials\naws sts get-caller-identity');
    expect(run.stderr).toBe(
      '\nUnable to locate credentials. You can configure credentials by running "aws configure".\n',
    );
    expect(run.exitCode).toBe(253);
  });

  it('services the real CLI has but the lab does not simulate say so in one line, exit 255', async () => {
    const run = await lab('aws kms list-keys');
    expect(run.stderr).toBe('aws: this simulated AWS does not implement kms list-keys yet\n');
    expect(run.exitCode).toBe(255);
  });

  it('global options work anywhere, by unambiguous prefix', async () => {
    const run = await lab('aws --out text sts get-caller-identity --qu Account');
    expect(run.stdout).toBe('111111111111\n');
  });

  it('create-virtual-mfa-device --outfile/--bootstrap-method saves the seed and prints only the serial', async () => {
    const { stdout, stderr, session } = await lab(
      'aws iam create-virtual-mfa-device --virtual-mfa-device-name student --outfile seed.txt --bootstrap-method Base32StringSeed',
    );
    expect(stderr).toBe('');
    expect(stdout).toBe(
      '{\n    "VirtualMFADevice": {\n        "SerialNumber": "arn:aws:iam::111111111111:mfa/student"\n    }\n}\n',
    );
    const seed = session.fs.readFile('/home/student/seed.txt');
    expect(seed.ok && seed.value).toMatch(/^[A-Z2-7]{64}$/);
  });

  it('--endpoint-url is ignored with a one-line note', async () => {
    const run = await lab('aws sts get-caller-identity --endpoint-url http://localhost:4566 --query Account');
    expect(run.stdout).toBe('"111111111111"\n');
    expect(run.stderr).toBe(
      'aws: note: --endpoint-url http://localhost:4566 is ignored; this simulated CLI talks to the lab world\n',
    );
  });

  it('commands with no output print nothing at all', async () => {
    const run = await lab(`${TRUST}
aws iam put-role-policy --role-name MyRole --policy-name p --policy-document '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*"}}'`);
    expect(run).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
  });

  it('aws --version prints one fixed version line', async () => {
    const run = await lab('aws --version');
    expect(run.stdout).toMatch(
      /^aws-cli\/2\.9\.19 Python\/3\.11\.2 Linux\/\S+ exe\/x86_64\.\S+ prompt\/off\n$/,
    );
  });
});

describe('aws: pagination like the CLI', () => {
  it('follows pages, drops IsTruncated/Marker; --max-items adds a NextToken that --starting-token resumes', async () => {
    const roles = Array.from(
      { length: 3 },
      (_, i) =>
        `aws iam create-role --role-name R${i} --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}' > /dev/null`,
    ).join('\n');
    const { session } = await lab(roles);
    const all = await session.shell.run(
      'aws iam list-roles --page-size 1 --query "Roles[].RoleName" --output text',
    );
    expect(all.stdout).toBe('R0\tR1\tR2\n');
    const full = await session.shell.run('aws iam list-roles');
    expect(full.stdout).not.toContain('IsTruncated');
    const first = await session.shell.run(
      'aws iam list-roles --max-items 2 --query "[Roles[].RoleName, NextToken]" --output json',
    );
    const [names, token] = JSON.parse(first.stdout) as [string[], string];
    expect(names).toEqual(['R0', 'R1']);
    expect(atob(token)).toMatch(
      /^\{"Marker": (null|"[^"]*"), "boto_truncate_amount": \d+\}$|^\{"Marker": "[^"]+"\}$/,
    );
    const rest = await session.shell.run(
      `aws iam list-roles --starting-token ${token} --query "Roles[].RoleName" --output text`,
    );
    expect(rest.stdout).toBe('R2\n');
  });
});

describe('aws: what the simulator knowingly leaves out', () => {
  it('says which option it does not implement, like a missing operation (exit 255)', async () => {
    const { stdout, stderr, exitCode } = await lab(
      'aws dynamodb scan --table-name orders --filter-expression "a = b"',
    );
    expect({ stdout, stderr, exitCode }).toEqual({
      stdout: '',
      stderr: 'aws: this simulated AWS does not implement dynamodb scan --filter-expression yet\n',
      exitCode: 255,
    });
  });
});
