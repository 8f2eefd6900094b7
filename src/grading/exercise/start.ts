import { createLabSession, type LabSession } from '../../shell/session.ts';
import { isAwsError } from '../../sim/aws-error.ts';
import { defaultSandbox, type ScenarioInput } from '../../sim/scenarios/index.ts';
import type { World } from '../../sim/world/index.ts';
import { ExerciseError } from './errors.ts';
import type { ExerciseSpec } from './schema.ts';

/** Scenario files by name (`scenario.base`), read by the caller; `default` is always the default sandbox. */
export type ScenarioLibrary = Readonly<Record<string, ScenarioInput>>;

const fileOf = (e: ExerciseSpec) => `exercises/${e.id}/exercise.yaml`;

/** The exercise's starting scenario: the base plus `scenario.add`, appended field by field. */
export function exerciseScenario(exercise: ExerciseSpec, library: ScenarioLibrary = {}): ScenarioInput {
  const { base, add } = exercise.scenario;
  const start = base === 'default' ? defaultSandbox : library[base];
  if (!start)
    throw new ExerciseError([
      {
        file: fileOf(exercise),
        field: 'scenario.base',
        message: `no scenario named ${base}`,
        hint: `use default or one of: ${Object.keys(library).join(', ') || '(none loaded)'}`,
      },
    ]);
  return {
    ...start,
    policies: [...(start.policies ?? []), ...(add.policies ?? [])],
    users: [...(start.users ?? []), ...(add.users ?? [])],
    roles: [...(start.roles ?? []), ...(add.roles ?? [])],
    buckets: [...(start.buckets ?? []), ...(add.buckets ?? [])],
    instances: [...(start.instances ?? []), ...(add.instances ?? [])],
    tables: [...(start.tables ?? []), ...(add.tables ?? [])],
  } as ScenarioInput;
}

/** The account of the user the learner starts as (what bare names in checks refer to). */
export function learnerAccount(world: World, exercise: ExerciseSpec): string {
  const key = exercise.scenario.credentials.toLowerCase();
  const account = Object.values(world.state.accounts).find((a) => a.iam.users[key]);
  if (!account)
    throw new ExerciseError([
      {
        file: fileOf(exercise),
        field: 'scenario.credentials',
        message: `no user named ${exercise.scenario.credentials}`,
        hint: 'name a user of the scenario that has an access key (default: student)',
      },
    ]);
  return account.id;
}

/** Runs `scenario.setup` through the world's front door as each account's root; a failing call is an author error. */
export function applySetup(world: World, exercise: ExerciseSpec): void {
  const account = learnerAccount(world, exercise);
  exercise.scenario.setup.forEach((step, i) => {
    const caller = { principal: `arn:aws:iam::${step.account ?? account}:root` };
    const result = world.call(
      caller,
      step.service as Parameters<World['call']>[1],
      step.operation,
      step.params,
    );
    if (isAwsError(result))
      throw new ExerciseError([
        {
          file: fileOf(exercise),
          field: `scenario.setup[${i}]`,
          message: `${step.service} ${step.operation} failed: ${result.code}: ${result.message}`,
          hint: 'setup calls run in order as the account root; check the parameters against the API reference',
        },
      ]);
  });
}

/**
 * A lab session ready for the learner: the scenario with its additions, the setup calls made, the files in the
 * home directory and `~/.aws/credentials` holding the starting user's key.
 */
export function startExercise(exercise: ExerciseSpec, library: ScenarioLibrary = {}): LabSession {
  const session = createLabSession({ scenario: exerciseScenario(exercise, library) });
  const { world, fs } = session;
  applySetup(world, exercise);
  const home = fs.home;
  for (const [path, content] of Object.entries(exercise.scenario.files)) {
    const full = `${home}/${path}`;
    fs.mkdir(full.slice(0, full.lastIndexOf('/')), { parents: true });
    fs.writeFile(full, content);
  }
  const account = learnerAccount(world, exercise);
  const name = exercise.scenario.credentials;
  const key = Object.values(world.state.accessKeys).find(
    (k) => k.accountId === account && k.userName.toLowerCase() === name.toLowerCase(),
  );
  if (!key)
    throw new ExerciseError([
      {
        file: fileOf(exercise),
        field: 'scenario.credentials',
        message: `user ${name} has no access key`,
        hint: 'give the user accessKeys in the scenario',
      },
    ]);
  fs.writeFile(
    `${home}/.aws/credentials`,
    `[default]\naws_access_key_id = ${key.accessKeyId}\naws_secret_access_key = ${key.secretAccessKey}\n`,
    { mode: 0o600 },
  );
  return session;
}
