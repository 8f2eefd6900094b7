import { parse as parseYaml } from 'yaml';
import { type ExerciseProblem, fieldPath, formatProblem } from '../exercise/errors.ts';
import { type Lab, labSchema } from './schema.ts';

/** An instructor's mistake(s) in a lab file; fails the build. Each line names the file and field, with a hint. */
export class LabError extends Error {
  readonly problems: readonly ExerciseProblem[];
  constructor(problems: readonly ExerciseProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'LabError';
    this.problems = problems;
  }
}

/** The text of one lab file, read by the caller. */
export interface LabFile {
  /** e.g. `content/labs/iam-roles-workshop.yaml`; its name without `.yaml` must equal `id`. */
  readonly file: string;
  readonly yaml: string;
}

/**
 * Validates a lab file; `exerciseIds` are the exercises that exist (each listed one must be among them).
 * Throws LabError listing every problem with its file, field and a hint.
 */
export function parseLab({ file, yaml }: LabFile, exerciseIds: readonly string[]): Lab {
  let data: unknown;
  try {
    data = parseYaml(yaml);
  } catch (error) {
    const first = (error as Error).message.split('\n')[0] ?? '';
    throw new LabError([{ file, field: '(file)', message: `is not valid YAML: ${first}`, hint: HINT }]);
  }
  const parsed = labSchema.safeParse(data);
  if (!parsed.success)
    throw new LabError(
      parsed.error.issues.map((issue) => {
        const field = fieldPath(issue.path);
        return { file, field, message: issue.message, hint: hintFor(field, exerciseIds) };
      }),
    );
  const lab = parsed.data;
  const problems: ExerciseProblem[] = [];
  const name = file
    .split('/')
    .at(-1)
    ?.replace(/\.ya?ml$/, '');
  if (lab.id !== name)
    problems.push({
      file,
      field: 'id',
      message: `is ${lab.id} but the file is ${name}.yaml`,
      hint: 'the id is the file name: rename one of them',
    });
  lab.exercises.forEach((id, i) => {
    if (!exerciseIds.includes(id))
      problems.push({
        file,
        field: `exercises[${i}]`,
        message: `no exercise named ${id}`,
        hint: hintFor('exercises', exerciseIds),
      });
  });
  if (problems.length > 0) throw new LabError(problems);
  return lab;
}

const HINT = 'the lab format is in the README, "Running a lab for a class"';

function hintFor(field: string, exerciseIds: readonly string[]): string {
  if (field.startsWith('exercises'))
    return `list exercise ids (folders under exercises/): ${exerciseIds.join(', ') || '(none yet)'}`;
  if (field.startsWith('options'))
    return 'options: { seed: 2026, hideSolutions: true } — the seed is required so every learner gets the same world';
  return HINT;
}
