import { parse as parseYaml } from 'yaml';
import { MUST_DENY_KINDS } from '../checks/index.ts';
import { ExerciseError, type ExerciseProblem, fieldPath } from './errors.ts';
import { type Exercise, exerciseSchema } from './schema.ts';

/** The text of one exercise folder, read by the caller (the grading core does no I/O). */
export interface ExerciseFiles {
  /** The folder, e.g. `exercises/ec2-reports-reader`; its last segment must equal `id`. */
  readonly dir: string;
  /** `exercise.yaml`. */
  readonly yaml: string;
  /** `solution.sh`, or undefined when the file is missing. */
  readonly solution?: string;
  /** `alt-solution.sh`, when there is one. */
  readonly altSolution?: string;
}

const KINDS_HINT = `a check kind is one of role-exists, role-absent, can-assume, cannot-assume, allowed, denied, no-lint-finding, max-session-duration, instance-profile-has-role, instance-uses-profile, current-credentials-are-role, cloudtrail-event, resource-exists, resource-not-deleted`;

/** Validates an exercise folder; throws ExerciseError listing every problem with its file, field and a hint. */
export function parseExercise(files: ExerciseFiles): Exercise {
  const file = `${files.dir}/exercise.yaml`;
  const slug = files.dir.split('/').filter(Boolean).at(-1) ?? '';
  const problems: ExerciseProblem[] = [];
  let data: unknown;
  try {
    data = parseYaml(files.yaml);
  } catch (error) {
    const first = (error as Error).message.split('\n')[0] ?? '';
    throw new ExerciseError([
      {
        file,
        field: '(file)',
        message: `is not valid YAML: ${first}`,
        hint: 'check indentation and quoting (policy JSON inside YAML is easiest as a block: `|`)',
      },
    ]);
  }
  const parsed = exerciseSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldPath(issue.path);
      problems.push({ file, field, message: issue.message, hint: hintFor(field, issue.message) });
    }
  } else if (parsed.data.id !== slug) {
    problems.push({
      file,
      field: 'id',
      message: `is ${parsed.data.id} but the folder is ${slug}`,
      hint: 'the id is the folder name: rename one of them',
    });
  }
  const solution = files.solution?.trim() ? files.solution : undefined;
  if (solution === undefined)
    problems.push({
      file: `${files.dir}/solution.sh`,
      field: '(file)',
      message: 'is missing or empty',
      hint: 'every exercise is proven: write the commands that solve it (the test runs them and expects every check to pass)',
    });
  if (problems.length > 0 || !parsed.success || solution === undefined) throw new ExerciseError(problems);
  return {
    ...parsed.data,
    solution,
    ...(files.altSolution?.trim() ? { altSolution: files.altSolution } : {}),
  };
}

function hintFor(field: string, message: string): string {
  if (
    /^checks\[\d+\]\.kind$/.test(field) ||
    (/^checks\[\d+\]$/.test(field) && /discriminator|kind/i.test(message))
  )
    return KINDS_HINT;
  if (field === 'checks' && message.includes('must-deny'))
    return `add e.g. { id: vendor-cannot-assume, kind: cannot-assume, principal: '222222222222', role: AppRole } or a denied check (${MUST_DENY_KINDS.join(', ')})`;
  if (field === 'points')
    return "set points to the sum of the checks' points (each check is worth 1 unless it says points: N)";
  if (field.endsWith('.principal'))
    return 'ec2.amazonaws.com, 222222222222, arn:aws:iam::111111111111:user/student, role/AppRole or user/student';
  if (field === 'lesson') return 'the lesson id is its path under content/lessons without .mdx';
  if (/^scenario\.setup\[\d+\]/.test(field))
    return 'a setup step is { service, operation, params, account?, as? } (as: a user making the call) or { wait: 90s | 15m | 2h | 120d }';
  if (field.startsWith('scenario.add'))
    return 'these entries use the scenario format (src/sim/scenarios/schema.ts)';
  if (/Unrecognized key/i.test(message))
    return 'remove the key or fix its spelling; the format is in src/grading/README.md';
  return 'see the exercise format in src/grading/README.md';
}
