import { describe, expect, it } from 'vitest';
import { isAwsError } from '../sim/aws-error.ts';
import { loadScenario, STUDENT_KEY } from '../sim/scenarios/index.ts';
import { EXAMPLE_SOLUTION, EXAMPLE_YAML } from './exercise/example.ts';
import { parseExercise } from './exercise/load.ts';
import { applySetup, exerciseScenario } from './exercise/start.ts';
import { diffResults, gradeExercise } from './grade.ts';

const exercise = parseExercise({
  dir: 'exercises/ec2-reports-reader',
  yaml: EXAMPLE_YAML,
  solution: EXAMPLE_SOLUTION,
});

function world() {
  const w = loadScenario(exerciseScenario(exercise));
  applySetup(w, exercise);
  const call = (op: string, params: Record<string, unknown>) => {
    const r = w.call(STUDENT_KEY, 'iam', op, params);
    if (isAwsError(r)) throw new Error(r.message);
  };
  return { w, call };
}

const trust = (principal: unknown) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' }],
  });

describe('gradeExercise', () => {
  it('scores each check and explains the failures', () => {
    const { w } = world();
    const grade = gradeExercise(exercise, w);
    expect(grade).toMatchObject({ score: 3, maxScore: 10, passed: false });
    expect(grade.results.map((r) => [r.id, r.passed])).toEqual([
      ['role-created', false],
      ['ec2-can-assume', false],
      ['vendor-cannot-assume', true],
      ['trust-not-wildcard', false],
      ['reads-reports', false],
      ['no-salaries', true],
      ['web-1-uses-profile', false],
    ]);
    expect(grade.results[5]).toMatchObject({
      title: 'The role cannot read private files or delete reports',
      feedback: 'a session of role ReportsReader cannot act: role ReportsReader does not exist',
    });
    expect(grade.results[1]?.title).toBe('ec2.amazonaws.com can assume ReportsReader');
  });
});

describe('diffResults', () => {
  it('lists the checks a trust-policy edit flipped', () => {
    const { w, call } = world();
    call('CreateRole', {
      RoleName: 'ReportsReader',
      AssumeRolePolicyDocument: trust({ Service: 'lambda.amazonaws.com' }),
    });
    const first = gradeExercise(exercise, w);
    call('UpdateAssumeRolePolicy', { RoleName: 'ReportsReader', PolicyDocument: trust('*') });
    const second = gradeExercise(exercise, w);
    expect(diffResults(first, second)).toEqual([
      {
        id: 'ec2-can-assume',
        title: 'ec2.amazonaws.com can assume ReportsReader',
        change: 'fixed',
        feedback: expect.stringMatching(/^ec2\.amazonaws\.com can assume ReportsReader: /),
      },
      {
        id: 'vendor-cannot-assume',
        title: '222222222222 cannot assume ReportsReader',
        change: 'broken',
        feedback: expect.stringMatching(
          /^user vendor-app of account 222222222222 can assume ReportsReader, but must not/,
        ),
      },
      {
        id: 'trust-not-wildcard',
        title: 'ReportsReader has no trust-any-principal finding',
        change: 'broken',
        feedback: expect.any(String),
      },
    ]);
    expect(diffResults(second.results, second.results)).toEqual([]);
  });
});
