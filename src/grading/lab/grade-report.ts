import type { Exercise, ExerciseSpec } from '../exercise/schema.ts';
import type { ScenarioLibrary } from '../exercise/start.ts';
import type { Grade } from '../grade.ts';
import { replaySubmission } from './replay.ts';
import type { Claim, LabReport } from './report.ts';
import type { Lab } from './schema.ts';

/** One exercise of a graded report. */
export interface GradedExercise {
  readonly id: string;
  /** `ok`: replayed and matching its claim (or no claim); `flagged`: see `flags`; `not started`: absent. */
  readonly status: 'ok' | 'flagged' | 'not started';
  readonly claimed: Claim | null;
  /** The replayed grade after the whole transcript; null when not started or not part of the lab. */
  readonly grade: Grade | null;
  readonly maxScore: number;
  readonly flags: readonly string[];
}

/** A whole report, verified by replay. */
export interface GradedReport {
  readonly lab: string;
  readonly learner: string;
  /** The lab's exercises in lab order, then any the report has that the lab does not. */
  readonly exercises: readonly GradedExercise[];
  /** Problems with the report as a whole (a seed other than the lab's). */
  readonly flags: readonly string[];
  /** True when the report or any exercise is flagged. */
  readonly flagged: boolean;
  readonly score: number;
  readonly maxScore: number;
}

/**
 * Replays every exercise of `report` from the lab's start (the lab's seed) and compares what the report claims;
 * `exercises` maps ids to the exercises the lab names.
 */
export async function gradeReport(
  report: LabReport,
  lab: Lab,
  exercises: ReadonlyMap<string, Exercise | ExerciseSpec>,
  library: ScenarioLibrary = {},
): Promise<GradedReport> {
  const flags: string[] = [];
  if (String(report.seed) !== String(lab.options.seed))
    flags.push(
      `the report's seed ${report.seed} is not the lab's ${lab.options.seed}: replayed with the lab's`,
    );
  const rows: GradedExercise[] = [];
  for (const id of lab.exercises) {
    const exercise = exercises.get(id);
    if (!exercise) throw new Error(`lab ${lab.id} names exercise ${id}, which was not loaded`);
    const submission = report.exercises.find((e) => e.id === id);
    if (!submission) {
      rows.push({
        id,
        status: 'not started',
        claimed: null,
        grade: null,
        maxScore: exercise.points,
        flags: [],
      });
      continue;
    }
    const replay = await replaySubmission(exercise, submission, { seed: lab.options.seed, library });
    const seen = report.exercises.filter((e) => e.id === id).length;
    const rowFlags = [...replay.flags, ...(seen > 1 ? [`the report lists ${id} ${seen} times`] : [])];
    rows.push({
      id,
      status: rowFlags.length > 0 ? 'flagged' : 'ok',
      claimed: submission.claimed,
      grade: replay.grade,
      maxScore: exercise.points,
      flags: rowFlags,
    });
  }
  for (const extra of report.exercises.filter((e) => !lab.exercises.includes(e.id)))
    rows.push({
      id: extra.id,
      status: 'flagged',
      claimed: extra.claimed,
      grade: null,
      maxScore: 0,
      flags: [`${extra.id} is not an exercise of lab ${lab.id}`],
    });
  return {
    lab: lab.id,
    learner: report.learner,
    exercises: rows,
    flags,
    flagged: flags.length > 0 || rows.some((r) => r.status === 'flagged'),
    score: rows.reduce((n, r) => n + (r.grade?.score ?? 0), 0),
    maxScore: rows.reduce((n, r) => n + r.maxScore, 0),
  };
}
