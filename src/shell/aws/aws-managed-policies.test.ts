import { describe, expect, it } from 'vitest';
import { createLabSession } from '../session.ts';

async function lab(script: string) {
  const session = createLabSession();
  return session.shell.run(script);
}

describe("aws iam get-policy on an AWS managed policy (the tutorials' ReadOnlyAccess)", () => {
  it('prints the original CreateDate, the last edit and the Description, in the Policy shape order', async () => {
    const { stdout, stderr, exitCode } = await lab(
      'aws iam get-policy --policy-arn arn:aws:iam::aws:policy/ReadOnlyAccess',
    );
    expect({ stderr, exitCode }).toEqual({ stderr: '', exitCode: 0 });
    expect(stdout).toBe(`{
    "Policy": {
        "PolicyName": "ReadOnlyAccess",
        "PolicyId": "ANPA6EW724CDHFP5XH7VD",
        "Arn": "arn:aws:iam::aws:policy/ReadOnlyAccess",
        "Path": "/",
        "DefaultVersionId": "v182",
        "AttachmentCount": 0,
        "PermissionsBoundaryUsageCount": 0,
        "IsAttachable": true,
        "Description": "Provides read-only access to AWS services and resources.",
        "CreateDate": "2015-02-06T18:39:48+00:00",
        "UpdateDate": "2026-04-03T15:27:12+00:00"
    }
}
`);
  });

  it('--output text: one POLICY row, its columns in key order', async () => {
    const { stdout } = await lab(
      'aws iam get-policy --policy-arn arn:aws:iam::aws:policy/ReadOnlyAccess --output text',
    );
    const row = [
      'POLICY',
      'arn:aws:iam::aws:policy/ReadOnlyAccess',
      '0',
      '2015-02-06T18:39:48+00:00',
      'v182',
      'Provides read-only access to AWS services and resources.',
      'True',
      '/',
      '0',
      'ANPA6EW724CDHFP5XH7VD',
      'ReadOnlyAccess',
      '2026-04-03T15:27:12+00:00',
    ];
    expect(stdout).toBe(`${row.join('\t')}\n`);
  });

  it('list-policies leaves the Description out', async () => {
    const { stdout } = await lab(
      "aws iam list-policies --scope AWS --query 'Policies[?PolicyName==`ReadOnlyAccess`].[CreateDate,UpdateDate,Description]' --output text",
    );
    expect(stdout).toBe('2015-02-06T18:39:48+00:00\t2026-04-03T15:27:12+00:00\tNone\n');
  });
});
