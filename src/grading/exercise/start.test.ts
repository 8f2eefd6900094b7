import { describe, expect, it } from 'vitest';
import { gradeExercise } from '../grade.ts';
import { EXAMPLE_OVERBROAD, EXAMPLE_SOLUTION, EXAMPLE_YAML } from './example.ts';
import { parseExercise } from './load.ts';
import { exerciseScenario, startExercise } from './start.ts';

const exercise = parseExercise({
  dir: 'exercises/ec2-reports-reader',
  yaml: EXAMPLE_YAML,
  solution: EXAMPLE_SOLUTION,
});

describe('startExercise', () => {
  it('runs setup, places files and starts as the configured user', async () => {
    const session = startExercise(exercise);
    expect(session.world.state.accounts['111111111111']?.iam.instanceProfiles.web).toBeDefined();
    const run = await session.shell.run(
      'head -2 policies/read-reports.json; aws sts get-caller-identity --query Arn --output text',
    );
    expect(run.stdout).toBe('{\n  "Version": "2012-10-17",\narn:aws:iam::111111111111:user/student\n');
  });

  it('starts unsolved, and the solution passes every check', async () => {
    const session = startExercise(exercise);
    expect(gradeExercise(exercise, session.world).passed).toBe(false);
    const run = await session.shell.run(exercise.solution);
    expect(run.stderr).toBe('');
    const after = gradeExercise(exercise, session.world);
    expect(after.results.filter((r) => !r.passed)).toEqual([]);
    expect(after).toMatchObject({ score: 10, maxScore: 10, passed: true });
  });

  it('an over-broad fix fails the must-deny checks', async () => {
    const session = startExercise(exercise);
    await session.shell.run(EXAMPLE_OVERBROAD);
    const grade = gradeExercise(exercise, session.world);
    expect(grade.results.filter((r) => !r.passed).map((r) => r.id)).toEqual([
      'vendor-cannot-assume',
      'trust-not-wildcard',
      'no-salaries',
    ]);
    expect(grade.score).toBe(6);
  });

  it('names an unknown base scenario', () => {
    const broken = { ...exercise, scenario: { ...exercise.scenario, base: 'missing' } };
    expect(() => exerciseScenario(broken)).toThrow(
      'exercises/ec2-reports-reader/exercise.yaml: scenario.base: no scenario named missing\n  hint: use default or one of: (none loaded)',
    );
  });
});
