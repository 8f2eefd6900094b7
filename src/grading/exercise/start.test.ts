import { describe, expect, it } from 'vitest';
import { gradeExercise } from '../grade.ts';
import { EXAMPLE_OVERBROAD, EXAMPLE_SOLUTION, EXAMPLE_YAML } from './example.ts';
import { parseExercise } from './load.ts';
import { exerciseScenario, startExercise } from './start.ts';

const EXAMPLE_CHECKS = `checks:
  - { id: exists, kind: role-exists, role: Old }
  - { id: vendor, kind: cannot-assume, principal: '222222222222', role: Old }`;

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

describe('scenario setup and files', () => {
  const withScenario = (scenario: string, checks = EXAMPLE_CHECKS) =>
    parseExercise({
      dir: 'exercises/setup-demo',
      yaml: `id: setup-demo\ntitle: t\nlevel: basic\nlesson: a/b\npoints: 2\ntask: t\nhints: [h]\nscenario:\n${scenario}\n${checks}`,
      solution: 'true',
    });

  it('calls as a named user and lets the clock run between calls', () => {
    const e = withScenario(`  add:
    users:
      - { account: '111111111111', name: ops-bot, inlinePolicies: { a: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: sts:AssumeRole, Resource: '*' }] } } }
    roles:
      - { account: '111111111111', name: Old, trustPolicy: { Version: '2012-10-17', Statement: [{ Effect: Allow, Principal: { AWS: 'arn:aws:iam::111111111111:user/ops-bot' }, Action: sts:AssumeRole }] } }
  setup:
    - { service: sts, operation: AssumeRole, as: ops-bot, params: { RoleArn: 'arn:aws:iam::111111111111:role/Old', RoleSessionName: job } }
    - { wait: 100d }`);
    const { world } = startExercise(e);
    expect(world.state.accounts['111111111111']?.iam.roles.old?.lastUsed?.date).toBe('2025-01-15T09:00:00Z');
    expect(world.clock.now().toISOString()).toBe('2025-04-25T09:00:00.000Z');
  });

  it('a wait needs a unit, and a failing setup call names the step', () => {
    expect(() => withScenario('  setup:\n    - { wait: 100 }')).toThrow(
      'exercises/setup-demo/exercise.yaml: scenario.setup[0]: Invalid input\n  hint: a setup step is { service, operation, params, account?, as? } (as: a user making the call) or { wait: 90s | 15m | 2h | 120d }',
    );
    const e = withScenario(
      "  setup:\n    - { service: sts, operation: AssumeRole, params: { RoleArn: 'arn:aws:iam::111111111111:role/Nope', RoleSessionName: job } }",
    );
    expect(() => startExercise(e)).toThrow(
      'exercises/setup-demo/exercise.yaml: scenario.setup[0]: sts AssumeRole failed: AccessDenied: Roles may not be assumed by root accounts.',
    );
  });

  it("adds the files' profiles after the learner's own defaults", async () => {
    const e = withScenario(`  files:
    .aws/config: |
      [profile ops]
      region = eu-west-1
    .aws/credentials: |
      [vendor]
      aws_access_key_id = AKIAI44QH8DHBEXAMPLE
      aws_secret_access_key = je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY`);
    const session = startExercise(e);
    const run = await session.shell.run(
      'aws configure list-profiles; aws sts get-caller-identity --query Arn --output text; aws sts get-caller-identity --profile vendor --region us-east-1 --query Arn --output text',
    );
    expect(run.stdout).toBe(
      'default\nops\nvendor\narn:aws:iam::111111111111:user/student\narn:aws:iam::222222222222:user/vendor-app\n',
    );
  });
});
