import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateArith } from './arith.ts';
import { parseAwk } from './commands/awk-program.ts';
import { parseSed } from './commands/sed-script.ts';
import { awsLine } from './fuzz/aws-lines.ts';
import { shellProgram } from './fuzz/shell-programs.ts';
import { shellLine, shellQuote, shellSource } from './fuzz/shell-tokens.ts';
import { parseJq } from './jq/parse.ts';
import { lex } from './lexer.ts';
import { parse } from './parser.ts';
import { createLabSession, type LabSession } from './session.ts';
import type { RunResult } from './shell.ts';

// Over 10,000 random lines go through lab sessions; FUZZ_SEED and FUZZ_SCALE (a multiplier) explore further locally.
const SEED = Number(process.env.FUZZ_SEED ?? 20251115);
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const runs = (n: number) => ({ numRuns: Math.round(n * SCALE), seed: SEED, endOnFailure: SCALE > 1 });
const TIMEOUT = 60_000 * SCALE;

/**
 * A fresh sandbox session with a couple of files the grammar refers to. Each run feeds its 2 to 8 lines to one
 * session and the next run starts afresh: state carries from line to line, yet a failure replays and shrinks.
 */
function session(): LabSession {
  const lab = createLabSession();
  const home = lab.fs.home;
  lab.fs.writeFile(`${home}/policy.json`, '{"Version":"2012-10-17","Statement":[]}\n');
  lab.fs.writeFile(`${home}/f.txt`, 'alpha beta\ngamma:delta\n');
  return lab;
}

/** What every line must satisfy: bugs show as `bash: internal error`, never as a thrown error. */
function expectNoBug(line: string, r: RunResult): void {
  expect(r.stderr, line).not.toContain('internal error');
  expect(`${r.stdout}${r.stderr}`, line).not.toMatch(/\[object Object\]|\bat \w+ \(.*:\d+:\d+\)/);
  expect(Number.isInteger(r.exitCode) && r.exitCode >= 0 && r.exitCode < 256, line).toBe(true);
}

/** After any input the terminal still answers. */
async function expectUsable(lab: LabSession): Promise<void> {
  lab.shell.cancel();
  const ok = await lab.shell.feed('echo ok');
  expect(ok).toMatchObject({ status: 'done', stdout: 'ok\n', exitCode: 0 });
}

describe('fuzzing the lexer and parsers', () => {
  it(
    'never throws on arbitrary input, and says where a syntax error is',
    () => {
      fc.assert(
        fc.property(shellSource, (src) => {
          for (const text of [src, `${src}\n`]) {
            const lexed = lex(text);
            expect(['tokens', 'incomplete', 'syntax-error']).toContain(lexed.kind);
            const parsed = parse(text);
            expect(['script', 'incomplete', 'syntax-error']).toContain(parsed.kind);
            if (parsed.kind === 'syntax-error') {
              expect(parsed.line).toBeGreaterThanOrEqual(1);
              expect(parsed.column).toBeGreaterThanOrEqual(1);
            }
          }
          for (const program of [parseJq, parseAwk, parseSed]) program(src);
          parseSed(src, true);
          evaluateArith(src, () => '1');
        }),
        runs(4000),
      );
    },
    TIMEOUT,
  );
});

describe('fuzzing the shell', () => {
  it(
    'runs random lines without a bug and stays usable (fed line by line, or run as a script)',
    async () => {
      let lines = 0;
      const line = fc.oneof(shellLine, shellProgram);
      await fc.assert(
        fc.asyncProperty(
          fc.array(line, { minLength: 2, maxLength: 8 }),
          fc.boolean(),
          async (input, asScript) => {
            const lab = session();
            lines += input.length;
            if (asScript) expectNoBug(input.join('\n'), await lab.shell.run(input.join('\n')));
            else for (const text of input) expectNoBug(text, await lab.shell.feed(text));
            await expectUsable(lab);
          },
        ),
        runs(1050),
      );
      expect(lines).toBeGreaterThanOrEqual(5000 * SCALE);
    },
    TIMEOUT,
  );
});

/** `aws …` alone, or in the places a learner puts it: a pipe into jq or awk, or `$(…)`. */
const awsUse = fc.oneof(
  { weight: 6, arbitrary: awsLine.map((line) => ({ line, alone: true })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        awsLine,
        fc.constantFrom('| jq -r .', "| awk '{print $1}'", '| sed -n p', '2>&1 | head -2', '> out.txt'),
      )
      .map(([line, tail]) => ({ line: `${line} ${tail}`, alone: false })),
  },
  { weight: 1, arbitrary: awsLine.map((line) => ({ line: `echo "$(${line})"`, alone: false })) },
  { weight: 1, arbitrary: awsLine.map((line) => ({ line: `eval ${shellQuote(line)}`, alone: false })) },
);

// AWS CLI v2's exit codes: 0, 1 (s3 transfer), 2 (usage), 130, 252 (parse), 253 (config), 254 (service), 255.
const CLI_EXIT_CODES = [0, 1, 2, 130, 252, 253, 254, 255];
const SILENT_FAILURES = /^aws (.* )?(s3 ls|configure get)\b/;

describe('fuzzing the aws front', () => {
  it(
    'answers every command line with output or a CLI error, and stays usable',
    async () => {
      let lines = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(awsUse, { minLength: 2, maxLength: 8 }), async (uses) => {
          const lab = session();
          lines += uses.length;
          for (const { line, alone } of uses) {
            const r = await lab.shell.feed(line);
            expectNoBug(line, r);
            expect(r.status, line).toBe('done');
            if (!alone) continue;
            expect(CLI_EXIT_CODES, `${line}\n${r.stderr}`).toContain(r.exitCode);
            // Like the real CLI, `s3 ls` of an empty prefix and `configure get` of an unset key fail silently.
            if (r.exitCode !== 0 && !SILENT_FAILURES.test(line)) expect(r.stderr, line).not.toBe('');
          }
          await expectUsable(lab);
        }),
        runs(1050),
      );
      expect(lines).toBeGreaterThanOrEqual(5000 * SCALE);
    },
    TIMEOUT,
  );
});
