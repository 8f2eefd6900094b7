import { describe, expect, it } from 'vitest';
import { EXAMPLE_OVERBROAD, EXAMPLE_SOLUTION, EXAMPLE_YAML } from '../exercise/example.ts';
import { parseExercise } from '../exercise/load.ts';
import { startExercise } from '../exercise/start.ts';
import { submissionOf, typeRecorded } from './record.ts';
import { replaySubmission } from './replay.ts';

const exercise = parseExercise({
  dir: 'exercises/ec2-reports-reader',
  yaml: EXAMPLE_YAML,
  solution: EXAMPLE_SOLUTION,
});
const SEED = 'class-of-2026';

async function submit(script: string) {
  const session = startExercise(exercise, {}, { seed: SEED });
  const transcript = await typeRecorded(session, script);
  return submissionOf(exercise, session, transcript);
}

describe('replaySubmission', () => {
  it('an honest solution replays to the same passing grade', async () => {
    const honest = await submit(EXAMPLE_SOLUTION);
    expect(honest.claimed).toMatchObject({ score: 10, passed: true, after: honest.transcript.length });
    const replay = await replaySubmission(exercise, honest, { seed: SEED });
    expect(replay.flags).toEqual([]);
    expect(replay.grade).toMatchObject({ score: 10, passed: true });
  });

  it('flags a claim the transcript does not earn', async () => {
    const overbroad = await submit(EXAMPLE_OVERBROAD);
    const tampered = {
      ...overbroad,
      claimed: {
        ...overbroad.claimed,
        score: 10,
        passed: true,
        checks: { ...overbroad.claimed.checks, 'no-salaries': true },
      },
    };
    const replay = await replaySubmission(exercise, tampered, { seed: SEED });
    expect(replay.flags).toEqual(['claims 10/10 (passed) but the replay gives 6/10: no-salaries fails']);
  });

  it('grades a claim where it was made, even when more was typed afterwards', async () => {
    const session = startExercise(exercise, {}, { seed: SEED });
    const transcript = await typeRecorded(session, EXAMPLE_SOLUTION);
    const checked = submissionOf(exercise, session, transcript);
    await typeRecorded(
      session,
      'aws iam delete-role-policy --role-name ReportsReader --policy-name read-reports',
      transcript,
    );
    const replay = await replaySubmission(exercise, { ...checked, transcript }, { seed: SEED });
    expect(replay.flags).toEqual([]);
    expect(replay.atClaim?.score).toBe(10);
    expect(replay.grade.passed).toBe(false);
  });

  it('flags an edited timestamp, an out-of-range claim and a dropped Ctrl-C', async () => {
    const honest = await submit(`sleep 60\n${EXAMPLE_SOLUTION}`);
    const restamped = honest.transcript.map((e, i) =>
      i === 1 ? { ...e, at: '2025-01-15T09:00:00.000Z' } : e,
    );
    const replay = await replaySubmission(
      exercise,
      { ...honest, transcript: restamped, claimed: { ...honest.claimed, after: 99 } },
      { seed: SEED },
    );
    expect(replay.flags).toEqual([
      `the claim is for entry 99 but the transcript has ${honest.transcript.length}`,
      'entry 2 is stamped 2025-01-15T09:00:00.000Z but the replay reached it at 2025-01-15T09:01:00.000Z',
    ]);

    // An unfinished quote, then Ctrl-C: the replay drops it exactly as the terminal did.
    const session = startExercise(exercise, {}, { seed: SEED });
    const transcript = await typeRecorded(session, 'echo "half');
    session.shell.cancel();
    transcript.push({ at: new Date(session.world.clock.epochMs()).toISOString(), interrupt: true });
    await typeRecorded(session, EXAMPLE_SOLUTION, transcript);
    const interrupted = submissionOf(exercise, session, transcript);
    expect((await replaySubmission(exercise, interrupted, { seed: SEED })).flags).toEqual([]);
  });
});
