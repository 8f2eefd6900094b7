import { describe, expect, it } from 'vitest';
import { createShell } from '../../shell/shell.ts';
import { shellCompleter } from './completion.ts';

describe('shellCompleter', () => {
  it('completes commands, then paths in the virtual file system', async () => {
    const shell = createShell();
    await shell.feed('mkdir -p notes/draft && echo x > notes/todo.txt && echo y > .hidden');
    const complete = shellCompleter(() => shell, ['aws']);
    expect(complete('ec', 2).candidates).toEqual(['echo']);
    expect(complete('a', 1).candidates).toContain('aws');
    expect(complete('cat no', 6).candidates).toEqual(['notes/']);
    expect(complete('cat notes/', 10).candidates).toEqual(['notes/draft/', 'notes/todo.txt']);
    expect(complete('cat ~/notes/t', 13).candidates).toEqual(['~/notes/todo.txt']);
    expect(complete('cat .h', 6).candidates).toEqual(['.hidden']);
  });

  it('completes aws services, operations and unused options', async () => {
    const complete = shellCompleter(() => createShell(), ['aws']);
    expect(complete('aws st', 6).candidates).toEqual(['sts']);
    expect(complete('aws sts assume-r', 16).candidates).toEqual(
      expect.arrayContaining(['assume-role', 'assume-role-with-web-identity']),
    );
    const options = complete('aws sts assume-role --role-arn x --', 35).candidates;
    expect(options).toContain('--role-session-name');
    expect(options).not.toContain('--role-arn');
  });

  it('completes profile names after --profile, anywhere on the line, from both shared files', async () => {
    const shell = createShell();
    await shell.feed(
      "printf '[default]\\nregion = us-east-1\\n[profile admin]\\nrole_arn = x\\n' > ~/.aws/config",
    );
    await shell.feed("printf '[default]\\n[auditor]\\n' > ~/.aws/credentials");
    const complete = shellCompleter(() => shell, ['aws']);
    expect(complete('aws --profile ', 14).candidates).toEqual(['admin', 'auditor', 'default']);
    expect(complete('aws sts get-caller-identity --profile a', 39).candidates).toEqual(['admin', 'auditor']);
    expect(complete('aws --profile admin iam get-r', 29).candidates).toEqual(
      expect.arrayContaining(['get-role', 'get-role-policy']),
    );
    expect(complete('aws --output t', 14).candidates).toEqual(['table', 'text']);
  });

  it('completes file:// paths for option values, and the s3 commands', async () => {
    const shell = createShell();
    await shell.feed('echo {} > trust.json');
    const complete = shellCompleter(() => shell, ['aws']);
    const line = 'aws iam create-role --role-name R --assume-role-policy-document file://tr';
    expect(complete(line, line.length).candidates).toEqual(['file://trust.json']);
    expect(complete('aws s', 5).candidates).toEqual(expect.arrayContaining(['s3', 's3api']));
    expect(complete('aws s3 c', 8).candidates).toEqual(['cp']);
    expect(complete('aws s3 cp tr', 12).candidates).toEqual(['trust.json']);
  });
});
