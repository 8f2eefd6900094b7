import { describe, expect, it } from 'vitest';
import { createLabSession } from '../session.ts';

/** What the learner sees for commands an audit against the AWS CLI reference and real transcripts flagged. */
async function run(script: string) {
  const { stdout, stderr, exitCode } = await createLabSession().shell.run(script);
  return { stdout, stderr, exitCode };
}

describe('aws: audited IAM and STS answers, as the screen shows them', () => {
  it('create-role with a file name instead of file:// fails as IAM does (AWSCookbook/Security#2)', async () => {
    const out = await run('aws iam create-role --role-name X --assume-role-policy-document trust.json');
    expect(out).toEqual({
      stdout: '',
      stderr:
        '\nAn error occurred (MalformedPolicyDocument) when calling the CreateRole operation: This policy contains invalid Json\n',
      exitCode: 254,
    });
  });

  it('the reference flow create-, delete-service-linked-role, get-service-linked-role-deletion-status', async () => {
    const created = await run(
      'aws iam create-service-linked-role --aws-service-name lex.amazonaws.com --description "My service-linked role to support Lex"',
    );
    expect(created.exitCode).toBe(0);
    expect(created.stdout).toMatch(
      /^\{\n {4}"Role": \{\n {8}"Path": "\/aws-service-role\/lex\.amazonaws\.com\/",\n {8}"RoleName": "AWSServiceRoleForLexBots",\n/,
    );
    const flow = await run(
      [
        'aws iam create-service-linked-role --aws-service-name lex.amazonaws.com > /dev/null',
        'aws iam delete-service-linked-role --role-name AWSServiceRoleForLexBots | tee task.json',
        'aws iam get-service-linked-role-deletion-status --deletion-task-id "$(jq -r .DeletionTaskId task.json)"',
      ].join('\n'),
    );
    expect(flow.stderr).toBe('');
    expect(flow.stdout).toMatch(
      /^\{\n {4}"DeletionTaskId": "task\/aws-service-role\/lex\.amazonaws\.com\/AWSServiceRoleForLexBots\/[0-9a-f-]{36}"\n\}\n\{\n {4}"Status": "SUCCEEDED"\n\}\n$/,
    );
  });

  it('get-access-key-info decodes the account of a key the world did not issue', async () => {
    const out = await run('aws sts get-access-key-info --access-key-id ASIAQ3EGUTAQQBNZ4Z5V');
    expect(out).toEqual({ stdout: '{\n    "Account": "058264426529"\n}\n', stderr: '', exitCode: 0 });
  });
});
