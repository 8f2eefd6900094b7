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
    // An exercise gives the learner one identity: the base's administrator profiles (`prod`, `management`) stay out.
    users: [...(start.users ?? []).map(({ profile: _profile, ...user }) => user), ...(add.users ?? [])],
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

/**
 * Runs `scenario.setup` through the world's front door, as each account's root (or the user a step names `as`),
 * advancing the clock at each `wait`; a failing call is an author error.
 */
export function applySetup(world: World, exercise: ExerciseSpec): void {
  const account = learnerAccount(world, exercise);
  exercise.scenario.setup.forEach((step, i) => {
    if ('wait' in step) {
      world.clock.advance(durationMs(step.wait));
      return;
    }
    const caller = { principal: setupCaller(step.account ?? account, step.as) };
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

const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** `90s`, `15m`, `2h`, `120d` in milliseconds. */
function durationMs(text: string): number {
  return Number(text.slice(0, -1)) * UNIT_MS[text.slice(-1) as keyof typeof UNIT_MS];
}

/** Who makes a setup call: the account root, or the user `as` names (by name, user/NAME or ARN). */
function setupCaller(account: string, as: string | undefined): string {
  if (as === undefined) return `arn:aws:iam::${account}:root`;
  if (as.startsWith('arn:')) return as;
  return `arn:aws:iam::${account}:user/${as.replace(/^user\//, '')}`;
}

/**
 * A lab session ready for the learner: the scenario with its additions, the setup calls made, the files in the
 * home directory and `~/.aws/credentials` holding the starting user's key as `[default]`. A `.aws/credentials` or
 * `.aws/config` file in `files` adds profiles after the learner's defaults instead of replacing them.
 */
export function startExercise(
  exercise: ExerciseSpec,
  library: ScenarioLibrary = {},
  /** `seed` overrides the scenario's (an instructor lab's fixed seed). */
  options: { readonly seed?: number | string | undefined } = {},
): LabSession {
  const scenario = exerciseScenario(exercise, library);
  const session = createLabSession(
    options.seed === undefined ? { scenario } : { scenario, seed: options.seed },
  );
  const { world, fs } = session;
  applySetup(world, exercise);
  const home = fs.home;
  for (const [path, content] of Object.entries(exercise.scenario.files)) {
    const full = `${home}/${path}`;
    fs.mkdir(full.slice(0, full.lastIndexOf('/')), { parents: true });
    // Profiles an exercise adds to ~/.aws/config follow the learner's [default]; credentials are written below.
    const before = path === '.aws/config' ? fs.readFile(full) : null;
    fs.writeFile(full, before?.ok ? `${before.value}\n${content}` : content);
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
  // The learner's key is the default profile; profiles the exercise adds in `files` follow it.
  const extra = exercise.scenario.files['.aws/credentials'];
  fs.writeFile(
    `${home}/.aws/credentials`,
    `[default]\naws_access_key_id = ${key.accessKeyId}\naws_secret_access_key = ${key.secretAccessKey}\n${extra === undefined ? '' : `\n${extra}`}`,
    { mode: 0o600 },
  );
  return session;
}
