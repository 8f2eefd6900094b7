/** One author mistake: the file, the field, what is wrong and how to fix it. */
export interface ExerciseProblem {
  readonly file: string;
  /** Dotted field path, e.g. `checks[2].role`, or `(file)`. */
  readonly field: string;
  readonly message: string;
  readonly hint: string;
}

/** An exercise author's mistake(s); fails the build. Each line names the file and field, with a hint. */
export class ExerciseError extends Error {
  readonly problems: readonly ExerciseProblem[];
  constructor(problems: readonly ExerciseProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ExerciseError';
    this.problems = problems;
  }
}

/** `exercises/x/exercise.yaml: checks[1].role: Required (hint: …)`. */
export function formatProblem(p: ExerciseProblem): string {
  return `${p.file}: ${p.field}: ${p.message}\n  hint: ${p.hint}`;
}

/** `checks.2.role` as written in YAML terms: `checks[2].role`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>(
      (out, key) =>
        typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key),
      '',
    ) || '(root)'
  );
}
