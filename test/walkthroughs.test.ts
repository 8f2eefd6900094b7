// Walkthroughs: each test/walkthroughs/NAME.sh runs through the headless `lab shell` runner and must print
// NAME.txt byte for byte. Regenerate one after a deliberate change, then review it by eye against real AWS output:
//   npm run -s lab -- shell test/walkthroughs/NAME.sh > test/walkthroughs/NAME.txt
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runShellScript } from '../src/cli/shell-command.ts';

const dir = join(import.meta.dirname, 'walkthroughs');

/** The walkthroughs, and what each shows. */
const WALKTHROUGHS: Record<string, string> = {
  'ec2-instance-role':
    'an instance profile gives web-1 S3 read access, seen through SSM and ssh; a delete is denied',
  'lambda-execution-role':
    'a function without log permissions loses its logs until AWSLambdaBasicExecutionRole',
  'cross-account-external-id':
    'assume a prod role with --external-id, export its credentials, list account-b-bucket',
  'github-actions-oidc':
    'a GitHub OIDC token for org/app main assumes the deploy role; another branch is refused',
  'saml-sso': 'a SAML assertion with the engineering group assumes the role; another group is refused',
  'role-chaining': 'a role session assuming another role is capped at one hour, then expires',
  'session-policy': 'a session policy limits a session to public/* and never widens the role',
  'max-session-duration': 'update-role --max-session-duration allows a four-hour session',
  'simulate-denial': 'simulate-principal-policy finds the missing s3:ListBucket behind an AccessDenied',
  'entity-already-exists': 'creating a role twice fails; get-role and update-assume-role-policy instead',
  'profile-role-arn': 'a --profile with role_arn and source_profile in ~/.aws/config',
};

describe('walkthroughs (test/walkthroughs/*.sh against their .txt transcripts)', () => {
  it('are exactly the listed ones, each with a transcript', () => {
    const files = readdirSync(dir);
    const scripts = files.filter((f) => f.endsWith('.sh')).map((f) => f.slice(0, -3));
    expect(scripts.sort()).toEqual(Object.keys(WALKTHROUGHS).sort());
    for (const name of scripts) expect(files).toContain(`${name}.txt`);
  });

  for (const [name, shows] of Object.entries(WALKTHROUGHS)) {
    it(`${name}: ${shows}`, async () => {
      const script = readFileSync(join(dir, `${name}.sh`), 'utf8');
      const expected = readFileSync(join(dir, `${name}.txt`), 'utf8');
      const run = await runShellScript(script);
      if ('error' in run) throw new Error(`${name}.sh: ${run.error}`);
      expect(run.text).toBe(expected);
      // A transcript is what a terminal shows: no simulator crash anywhere in it.
      expect(run.text).not.toContain('internal error');
    });
  }

  it("the README's terminal session is a piece of a walkthrough transcript", () => {
    const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
    const session =
      /from `test\/walkthroughs\/cross-account-external-id\.txt`:\n\n```console\n([\s\S]*?)```/.exec(
        readme,
      )?.[1];
    expect(session).toBeDefined();
    const transcript = readFileSync(join(dir, 'cross-account-external-id.txt'), 'utf8');
    expect(transcript).toContain(session);
  });
});
