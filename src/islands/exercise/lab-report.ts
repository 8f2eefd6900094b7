// The lab page's side of the lab report: read each exercise's saved transcript and last check from this browser.
import { claimOf, type ExerciseSubmission, type LabReport, REPORT_FORMAT } from '../../grading/lab/report.ts';
import type { StorageLike } from '../../progress/storage.ts';
import { loadLab } from '../terminal/saved-session.ts';
import { exerciseScenarioName, exerciseSessionId } from './keys.ts';
import { loadPanel } from './panel-state.ts';

/** What the lab page knows about its lab. */
export interface LabRef {
  readonly id: string;
  readonly seed: number | string;
  readonly exercises: readonly string[];
}

/** Where the learner is with one exercise of the lab, as this browser remembers it. */
export type ExerciseStatus =
  | { readonly kind: 'not-started' }
  | { readonly kind: 'started'; readonly commands: number }
  | { readonly kind: 'checked'; readonly score: number; readonly maxScore: number; readonly passed: boolean };

/** The exercise's submission as saved in this browser, or null when the learner has not started it. */
export function savedSubmission(
  storage: StorageLike,
  lab: LabRef,
  exerciseId: string,
): ExerciseSubmission | null {
  const sessionId = exerciseSessionId(exerciseId, lab.id);
  const saved = loadLab(storage, sessionId, exerciseScenarioName(exerciseId, lab.seed));
  const transcript = saved.kind === 'saved' ? [...(saved.saved.transcript ?? [])] : [];
  const { lastCheck } = loadPanel(storage, sessionId);
  // A check made before a reset (or on a session since set aside) belongs to no transcript this browser has.
  const claimed =
    lastCheck && lastCheck.after <= transcript.length ? claimOf(lastCheck.grade, lastCheck.after) : null;
  if (transcript.length === 0 && !claimed) return null;
  return { id: exerciseId, transcript, claimed };
}

/** The status line of each exercise, in lab order. */
export function labStatus(storage: StorageLike, lab: LabRef): ExerciseStatus[] {
  return lab.exercises.map((id) => {
    const submission = savedSubmission(storage, lab, id);
    if (!submission) return { kind: 'not-started' };
    const c = submission.claimed;
    if (c) return { kind: 'checked', score: c.score, maxScore: c.maxScore, passed: c.passed };
    return { kind: 'started', commands: submission.transcript.length };
  });
}

/** The learner's lab report: every exercise started, with its full transcript and last claimed result. */
export function labReport(storage: StorageLike, lab: LabRef, learner: string, now: Date): LabReport {
  return {
    format: REPORT_FORMAT,
    lab: lab.id,
    seed: lab.seed,
    learner,
    exportedAt: now.toISOString(),
    exercises: lab.exercises.flatMap((id) => savedSubmission(storage, lab, id) ?? []),
  };
}
