import { describe, expect, it } from 'vitest';
import { createLabSession } from '../session.ts';

const BUCKET = 's3://dev-reports-111111111111';
/** The student, then a role that may read and delete the bucket's objects (the student may only list buckets). */
const AS_WRITER = `aws iam create-role --role-name Writer --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111111111111:root"},"Action":"sts:AssumeRole"}]}' > /dev/null
aws iam put-role-policy --role-name Writer --policy-name RW --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:PutObject","s3:DeleteObject"],"Resource":"arn:aws:s3:::dev-reports-111111111111/*"}]}'
export $(printf "AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY=%s AWS_SESSION_TOKEN=%s" $(aws sts assume-role --role-arn arn:aws:iam::111111111111:role/Writer --role-session-name writer --query "Credentials.[AccessKeyId,SecretAccessKey,SessionToken]" --output text))`;

const run = async (script: string) => {
  const session = createLabSession();
  return session.shell.run(script);
};

describe('aws s3 cp with - and aws s3 rm', () => {
  it('cp to - writes the object to stdout; cp from - uploads stdin, both without a progress line', async () => {
    const out = await run(`${AS_WRITER}
echo "hello" | aws s3 cp - ${BUCKET}/notes/hello.txt
aws s3 cp ${BUCKET}/notes/hello.txt -
ls`);
    expect(out).toMatchObject({ stdout: 'hello\n', stderr: '', exitCode: 0 });
  });

  it('rm deletes one object and says so; a denial says delete failed, exit 1', async () => {
    expect(await run(`${AS_WRITER}\naws s3 rm ${BUCKET}/reports/2025-01.csv`)).toMatchObject({
      stdout: `delete: ${BUCKET}/reports/2025-01.csv\n`,
      stderr: '',
      exitCode: 0,
    });
    const denied = await run(`aws s3 rm ${BUCKET}/reports/2025-01.csv`);
    expect(denied.stderr).toBe(
      `delete failed: ${BUCKET}/reports/2025-01.csv An error occurred (AccessDenied) when calling the DeleteObject operation: User: arn:aws:iam::111111111111:user/student is not authorized to perform: s3:DeleteObject on resource: "arn:aws:s3:::dev-reports-111111111111/reports/2025-01.csv" because no identity-based policy allows the s3:DeleteObject action\n`,
    );
    expect(denied.exitCode).toBe(1);
  });

  it('rm wants one S3 path', async () => {
    expect(await run('aws s3 rm notes.txt')).toMatchObject({
      stderr: '\nusage: aws s3 rm <S3Uri>\nError: Invalid argument type\n',
      exitCode: 255,
    });
    expect((await run(`aws s3 rm ${BUCKET}/a --recursive`)).stderr).toBe(
      'aws: this simulated AWS does not implement s3 rm --recursive yet\n',
    );
  });
});

describe('aws s3 cp of a single file', () => {
  it('prints upload: and download: lines with local paths relative to the working directory, as CLI v2 does', async () => {
    const out = await run(`${AS_WRITER}
echo x > x.txt
aws s3 cp x.txt ${BUCKET}/x.txt
mkdir -p d/e && cd d
aws s3 cp ~/x.txt ${BUCKET}/
aws s3 cp ${BUCKET}/x.txt .
aws s3 cp ${BUCKET}/x.txt e/y.txt
aws s3 cp ${BUCKET}/x.txt /tmp/
cat x.txt e/y.txt`);
    expect(out.stdout).toBe(
      [
        `upload: ./x.txt to ${BUCKET}/x.txt`,
        `upload: ../x.txt to ${BUCKET}/x.txt`,
        `download: ${BUCKET}/x.txt to ./x.txt`,
        `download: ${BUCKET}/x.txt to e/y.txt`,
        `download: ${BUCKET}/x.txt to ../../../tmp/x.txt`,
        'x',
        'x',
        '',
      ].join('\n'),
    );
  });
});
