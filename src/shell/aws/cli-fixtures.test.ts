import { describe, expect, it } from 'vitest';
import { createLabSession } from '../session.ts';
import transcripts from './fixtures/cli-v2-transcripts.json' with { type: 'json' };

/**
 * Replays what AWS CLI v2.9.19 printed (captured by hand with /usr/bin/aws, HOME in a temp dir, moto_server behind
 * --endpoint-url; see the capture notes in the report) in one lab session with the same files, in the same order.
 */
interface Transcript {
  readonly name: string;
  readonly argv?: readonly string[];
  readonly stdout?: string;
  readonly stderr?: string;
  readonly exitCode?: number;
}

const SKIP = new Set(['end', 'get-caller-identity-text-moto']);
// The spec comes from a newer botocore than 2.9.19, so IAM's list of choices has more operations; the frame must match.
const CHOICE_LIST = new Set(['operation-typo']);
const quote = (word: string) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`);

function commandLine(argv: readonly string[]): string {
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] as string;
    if (word === '--endpoint-url')
      i++; // the capture's moto endpoint; the lab ignores it with a note
    else words.push(word === '/usr/bin/aws' ? 'aws' : quote(word));
  }
  return words.join(' ');
}

describe('aws front against AWS CLI v2 transcripts', () => {
  const session = createLabSession();
  // The capture started with an empty HOME.
  const emptied = session.shell.run('rm ~/.aws/credentials ~/.aws/config');
  for (const t of transcripts as Transcript[]) {
    if (SKIP.has(t.name) || !t.argv) continue;
    it(`${t.name}: ${commandLine(t.argv)}`, async () => {
      await emptied;
      if (t.name === 'configure-list-files') {
        await session.shell.run(
          "printf '[default]\\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\\n' > ~/.aws/credentials\n" +
            "printf '[default]\\nregion = us-east-1\\noutput = json\\n' > ~/.aws/config",
        );
      }
      const run = await session.shell.run(commandLine(t.argv ?? []));
      if (CHOICE_LIST.has(t.name)) {
        const [head, tail] = [(t.stderr ?? '').split('\n\n')[0], (t.stderr ?? '').slice(-70)];
        expect(run.stderr.startsWith(head as string)).toBe(true);
        expect(run.stderr.endsWith(tail)).toBe(true);
        expect(run.exitCode).toBe(t.exitCode);
        return;
      }
      expect({ stdout: run.stdout, stderr: run.stderr, exitCode: run.exitCode }).toEqual({
        stdout: t.stdout,
        stderr: t.stderr,
        exitCode: t.exitCode,
      });
    });
  }
});
