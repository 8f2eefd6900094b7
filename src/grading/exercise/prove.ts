import type { LabSession } from '../../shell/session.ts';
import { MUST_DENY_KINDS } from '../checks/index.ts';
import { type Grade, gradeExercise } from '../grade.ts';
import type { Exercise, ExerciseSpec } from './schema.ts';
import { type ScenarioLibrary, startExercise } from './start.ts';

/** Grades a learner's lab session: the world plus the credentials their shell would use now. */
export function gradeSession(exercise: ExerciseSpec, session: LabSession): Grade {
  return gradeExercise(exercise, session.world, { currentCaller: session.currentCaller() });
}

/** A command line of a solution script that failed when typed. */
export interface FailedLine {
  /** 1-based line number where the command starts. */
  readonly line: number;
  readonly command: string;
  readonly exitCode: number;
  readonly stderr: string;
}

/** One solution script run in a fresh session of the exercise. */
export interface SolutionRun {
  readonly script: 'solution.sh' | 'alt-solution.sh';
  readonly grade: Grade;
  /** Commands that exited non-zero (a reference solution types none), or an unfinished last command. */
  readonly failedLines: readonly FailedLine[];
  readonly passed: boolean;
}

/** The proof rustlings-style: the exercise starts unsolved and each solution solves it. */
export interface ExerciseProof {
  readonly id: string;
  /** The grade of the untouched starting world. */
  readonly start: Grade;
  /** True when the start fails at least one check. */
  readonly startFails: boolean;
  readonly solutions: readonly SolutionRun[];
  readonly passed: boolean;
}

/** How many checks ask for access (must-allow) and how many refuse it (must-deny). */
export function checkBalance(exercise: ExerciseSpec): { readonly allow: number; readonly deny: number } {
  const deny = exercise.checks.filter((c) => MUST_DENY_KINDS.includes(c.kind)).length;
  return { allow: exercise.checks.length - deny, deny };
}

/**
 * Proves an exercise: grades its starting session, then types `solution.sh` (and `alt-solution.sh`) line by line
 * into a fresh session as a learner would and grades again, with the shell's current credentials.
 */
export async function proveExercise(
  exercise: Exercise,
  library: ScenarioLibrary = {},
): Promise<ExerciseProof> {
  const start = gradeSession(exercise, startExercise(exercise, library));
  const scripts: [SolutionRun['script'], string][] = [['solution.sh', exercise.solution]];
  if (exercise.altSolution !== undefined) scripts.push(['alt-solution.sh', exercise.altSolution]);
  const solutions: SolutionRun[] = [];
  for (const [script, text] of scripts) {
    const session = startExercise(exercise, library);
    const failedLines = await typeScript(session, text);
    const grade = gradeSession(exercise, session);
    solutions.push({ script, grade, failedLines, passed: grade.passed && failedLines.length === 0 });
  }
  const startFails = !start.passed;
  return {
    id: exercise.id,
    start,
    startFails,
    solutions,
    passed: startFails && solutions.every((s) => s.passed),
  };
}

/** Feeds the script one line at a time, as typed; returns the commands that failed. */
async function typeScript(session: LabSession, script: string): Promise<FailedLine[]> {
  const failed: FailedLine[] = [];
  const lines = script.replace(/\n$/, '').split('\n');
  let first = 1;
  let pending: string[] = [];
  for (const [i, line] of lines.entries()) {
    if (pending.length === 0) first = i + 1;
    pending.push(line);
    const result = await session.shell.feed(line);
    if (result.status === 'more') continue;
    if (result.exitCode !== 0)
      failed.push({
        line: first,
        command: pending.join('\n'),
        exitCode: result.exitCode,
        stderr: result.stderr,
      });
    pending = [];
    if (result.exited) break;
  }
  if (pending.length > 0)
    failed.push({
      line: first,
      command: pending.join('\n'),
      exitCode: 2,
      stderr: 'unexpected end of file\n',
    });
  return failed;
}
