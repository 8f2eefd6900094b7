import type { LabSession } from '../../shell/session.ts';
import type { ExerciseSpec } from '../exercise/schema.ts';
import { type ScenarioLibrary, startExercise } from '../exercise/start.ts';
import { type Grade, gradeExercise } from '../grade.ts';
import type { Claim, ExerciseSubmission, TranscriptEntry } from './report.ts';

/** How to rebuild the learner's starting world. */
export interface ReplayOptions {
  /** The lab's seed (every learner of the lab started from the world it makes). */
  readonly seed?: number | string;
  readonly library?: ScenarioLibrary;
}

/** One exercise replayed from its transcript. */
export interface ExerciseReplay {
  /** The grade after the whole transcript: what the learner's world holds. */
  readonly grade: Grade;
  /** The grade where the learner checked (`claimed.after`), or null without a claim. */
  readonly atClaim: Grade | null;
  /** Why the submission does not match its replay; empty when it does. */
  readonly flags: readonly string[];
}

/** Grades a session the way the browser does: its world and the credentials its shell would use now. */
export function gradeLive(
  exercise: ExerciseSpec,
  session: Pick<LabSession, 'world' | 'currentCaller'>,
): Grade {
  return gradeExercise(exercise, session.world, { currentCaller: session.currentCaller() });
}

/** Feeds one transcript entry to the session as the terminal did: a line, or Ctrl-C dropping unfinished input. */
export async function replayEntry(session: LabSession, entry: TranscriptEntry): Promise<void> {
  if ('line' in entry) await session.shell.feed(entry.line);
  else session.shell.cancel();
}

/**
 * Replays a submission in a fresh session of the exercise (the lab's seed), checking each entry's timestamp
 * against the simulated clock, and compares the claimed results with a grade taken at the same point.
 */
export async function replaySubmission(
  exercise: ExerciseSpec,
  submission: ExerciseSubmission,
  options: ReplayOptions = {},
): Promise<ExerciseReplay> {
  const session = startExercise(exercise, options.library, { seed: options.seed });
  const { transcript, claimed } = submission;
  const flags: string[] = [];
  let atClaim: Grade | null = null;
  if (claimed && claimed.after > transcript.length)
    flags.push(`the claim is for entry ${claimed.after} but the transcript has ${transcript.length}`);
  let stampFlagged = false;
  for (const [i, entry] of transcript.entries()) {
    if (claimed?.after === i) atClaim = gradeLive(exercise, session);
    const now = new Date(session.world.clock.epochMs()).toISOString();
    // The simulated clock moves only when a command moves it, so every stamp is predictable.
    if (!stampFlagged && entry.at !== now) {
      flags.push(`entry ${i + 1} is stamped ${entry.at} but the replay reached it at ${now}`);
      stampFlagged = true;
    }
    await replayEntry(session, entry);
  }
  const grade = gradeLive(exercise, session);
  if (claimed?.after === transcript.length) atClaim = grade;
  if (claimed && atClaim) flags.push(...claimMismatch(claimed, atClaim));
  return { grade, atClaim, flags };
}

/** What a claim says that its replayed grade does not: score, pass, or individual checks. */
export function claimMismatch(claimed: Claim, replayed: Grade): string[] {
  const differing = replayed.results
    .filter((r) => claimed.checks[r.id] !== r.passed)
    .map((r) => `${r.id} ${r.passed ? 'passes' : 'fails'}`);
  const unknown = Object.keys(claimed.checks).filter((id) => !replayed.results.some((r) => r.id === id));
  const sameScore = claimed.score === replayed.score && claimed.maxScore === replayed.maxScore;
  if (sameScore && claimed.passed === replayed.passed && differing.length === 0 && unknown.length === 0)
    return [];
  const parts = [...differing, ...unknown.map((id) => `${id} is not a check of this exercise`)];
  return [
    `claims ${claimed.score}/${claimed.maxScore}${claimed.passed ? ' (passed)' : ''} but the replay gives ` +
      `${replayed.score}/${replayed.maxScore}${replayed.passed ? ' (passed)' : ''}` +
      (parts.length > 0 ? `: ${parts.join(', ')}` : ''),
  ];
}
