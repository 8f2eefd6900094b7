import type { LabSession } from '../../shell/session.ts';
import type { ExerciseSpec } from '../exercise/schema.ts';
import { gradeLive } from './replay.ts';
import { type Claim, claimOf, type ExerciseSubmission, type TranscriptEntry } from './report.ts';

/** The entry for `line` entered now: stamped with the session's simulated clock, as the browser terminal does. */
export function lineEntry(session: Pick<LabSession, 'world'>, line: string): TranscriptEntry {
  return { at: new Date(session.world.clock.epochMs()).toISOString(), line };
}

/** Types `script` line by line into the session as a learner would, appending each line to `transcript`. */
export async function typeRecorded(
  session: LabSession,
  script: string,
  transcript: TranscriptEntry[] = [],
): Promise<TranscriptEntry[]> {
  for (const line of script.replace(/\n$/, '').split('\n')) {
    transcript.push(lineEntry(session, line));
    await session.shell.feed(line);
  }
  return transcript;
}

/** A submission for what was typed, with the claim a "Check my work" would make now. */
export function submissionOf(
  exercise: ExerciseSpec,
  session: LabSession,
  transcript: readonly TranscriptEntry[],
): ExerciseSubmission & { readonly claimed: Claim } {
  return { id: exercise.id, transcript, claimed: claimOf(gradeLive(exercise, session), transcript.length) };
}
