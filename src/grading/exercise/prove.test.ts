import { describe, expect, it } from 'vitest';
import { EXAMPLE_OVERBROAD, EXAMPLE_SOLUTION, EXAMPLE_YAML } from './example.ts';
import { parseExercise } from './load.ts';
import { checkBalance, proveExercise } from './prove.ts';

const example = (solution: string, altSolution?: string) =>
  parseExercise({
    dir: 'exercises/ec2-reports-reader',
    yaml: EXAMPLE_YAML,
    solution,
    ...(altSolution === undefined ? {} : { altSolution }),
  });

describe('proveExercise', () => {
  it('proves the example: it starts unsolved and its solution, typed line by line, passes', async () => {
    const proof = await proveExercise(example(EXAMPLE_SOLUTION));
    expect(proof).toMatchObject({ id: 'ec2-reports-reader', startFails: true, passed: true });
    expect(proof.start.score).toBe(3);
    expect(proof.solutions.map((s) => [s.script, s.grade.score, s.failedLines])).toEqual([
      ['solution.sh', 10, []],
    ]);
  });

  it('an over-broad alternative fails the proof on its must-deny checks', async () => {
    const proof = await proveExercise(example(EXAMPLE_SOLUTION, EXAMPLE_OVERBROAD));
    expect(proof.passed).toBe(false);
    const alt = proof.solutions[1];
    expect(alt?.script).toBe('alt-solution.sh');
    expect(alt?.grade.results.filter((r) => !r.passed).map((r) => r.id)).toEqual([
      'vendor-cannot-assume',
      'trust-not-wildcard',
      'no-salaries',
    ]);
  });

  it('reports a command that fails, with its line and stderr, even when the checks pass', async () => {
    const proof = await proveExercise(example(`aws iam get-role --role-name Nope\n${EXAMPLE_SOLUTION}`));
    expect(proof.passed).toBe(false);
    expect(proof.solutions[0]?.grade.passed).toBe(true);
    expect(proof.solutions[0]?.failedLines).toEqual([
      {
        line: 1,
        command: 'aws iam get-role --role-name Nope',
        exitCode: 254,
        stderr:
          '\nAn error occurred (NoSuchEntity) when calling the GetRole operation: The role with name Nope cannot be found.\n',
      },
    ]);
  });

  it('names an unfinished here-document by the line it starts on', async () => {
    const proof = await proveExercise(example(`${EXAMPLE_SOLUTION}cat > x.json <<'EOF'\n{}`));
    expect(proof.solutions[0]?.failedLines).toEqual([
      { line: 7, command: "cat > x.json <<'EOF'\n{}", exitCode: 2, stderr: 'unexpected end of file\n' },
    ]);
  });

  it('counts must-allow and must-deny checks', () => {
    expect(checkBalance(example(EXAMPLE_SOLUTION))).toEqual({ allow: 5, deny: 2 });
  });
});
