import { useMemo, useState } from 'react';
import { diffResults, type Flip, type Grade } from '../grading/grade.ts';
import { gradeLive } from '../grading/lab/replay.ts';
import { getProgressStore, probeLocalStorage } from '../progress/browser.ts';
import { announcement, CheckResults } from './exercise/CheckResults.tsx';
import { Hints } from './exercise/Hints.tsx';
import { loadPanel, type PanelState, savePanel } from './exercise/panel-state.ts';
import { Solution } from './exercise/Solution.tsx';
import { useProgress } from './progress/use-progress.ts';
import { Terminal, type TerminalApi } from './Terminal.tsx';
import { ResetLab, type ResetWording } from './terminal/ResetLab.tsx';
import type { ExerciseStart } from './terminal/session-adapter.ts';
import './exercise/exercise-panel.css';

export interface ExercisePanelProps {
  /** Where the terminal session is saved (`exerciseSessionId`): standalone and lab attempts are kept apart. */
  readonly sessionId: string;
  /** The scenario name the session is saved with (`exerciseScenarioName`). */
  readonly scenario: string;
  /** The exercise (without its solution), its named base scenario and the lab's seed. */
  readonly start: ExerciseStart;
  /** Each hint as HTML, rendered at build time. */
  readonly hintsHtml: readonly string[];
  /** solution.sh, or null when the lab hides solutions (then it is not in the page at all). */
  readonly solution: string | null;
}

const RESET_WORDING: ResetWording = {
  button: 'Reset exercise',
  question:
    'Start this exercise over? Only this exercise is reset: its AWS world, files, variables and command history here are deleted, and its last check is cleared. Your best score, your hints and your other exercises are kept.',
  confirm: 'Yes, reset this exercise',
  done: 'Exercise reset: a fresh start.',
};

/**
 * An exercise: the terminal on the exercise's world, "Check my work" grading that live world with the learner's
 * current credentials, progressive hints, the solution, and a reset scoped to this exercise.
 */
export function ExercisePanel({ sessionId, scenario, start, hintsHtml, solution }: ExercisePanelProps) {
  const { exercise } = start;
  const storage = useMemo(probeLocalStorage, []);
  const [terminal, setTerminal] = useState<TerminalApi | null>(null);
  const [panel, setPanel] = useState<PanelState>(() => loadPanel(storage, sessionId));
  // Flips are shown only for a check made on this visit; after a reload the last check is shown as it was.
  const [checked, setChecked] = useState<{ flips: readonly Flip[] | null } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [announced, setAnnounced] = useState({ text: '', count: 0 });
  const progress = useProgress();
  const record = progress?.progress.exercises[exercise.id];

  const announce = (text: string) => setAnnounced((a) => ({ text, count: a.count + 1 }));
  const update = (next: PanelState) => {
    setPanel(next);
    savePanel(storage, sessionId, next);
  };

  function check() {
    if (!terminal) return;
    let grade: Grade;
    try {
      grade = gradeLive(exercise, terminal.session());
    } catch (error) {
      console.error(error);
      const message = `The grader hit a problem and could not check your work: ${error instanceof Error ? error.message : String(error)}`;
      setFailure(message);
      announce(message);
      return;
    }
    setFailure(null);
    const flips = panel.lastCheck ? diffResults(panel.lastCheck.grade, grade) : null;
    update({ ...panel, lastCheck: { after: terminal.transcript().length, grade } });
    setChecked({ flips });
    getProgressStore().recordExercise({
      exerciseId: exercise.id,
      score: grade.score,
      maxScore: grade.maxScore,
      passed: grade.passed,
    });
    announce(announcement(grade, flips));
  }

  function reset() {
    terminal?.reset();
    update({ ...panel, lastCheck: null });
    setChecked(null);
    setFailure(null);
  }

  const last = panel.lastCheck?.grade ?? null;
  return (
    <div className="exercise" data-testid="exercise-panel" data-ready={terminal ? '' : undefined}>
      <section className="exercise-lab not-content" aria-label="Terminal">
        <Terminal labId={sessionId} scenario={scenario} exercise={start} onReady={setTerminal} />
        <div className="exercise-reset">
          <ResetLab onReset={reset} wording={RESET_WORDING} />
        </div>
      </section>

      <section aria-labelledby="check-your-work" className="exercise-section">
        <h2 id="check-your-work">Check your work</h2>
        <p className="exercise-muted">
          The checks ask the simulated AWS account questions, such as "can EC2 assume this role?", so any
          correct answer passes. Check as often as you like.
        </p>
        <div className="exercise-actions">
          <button
            type="button"
            className="lab-button lab-button--primary"
            disabled={!terminal}
            onClick={check}
          >
            Check my work
          </button>
          <p className="exercise-best" data-testid="exercise-best">
            {record
              ? `Best score: ${record.bestScore} / ${record.maxScore}${record.passedAt ? ' — passed' : ''} (${record.attempts} ${record.attempts === 1 ? 'check' : 'checks'})`
              : 'Not checked yet.'}
          </p>
        </div>
        {failure && (
          <p className="lab-notice lab-notice--danger" data-testid="exercise-failure">
            {failure}
          </p>
        )}
        {last && <CheckResults grade={last} flips={checked?.flips ?? null} fresh={checked !== null} />}
      </section>

      <Hints
        hintsHtml={hintsHtml}
        shown={panel.hints}
        onReveal={() => update({ ...panel, hints: panel.hints + 1 })}
      />
      <Solution solution={solution} failedAttempt={last !== null && !last.passed} />

      <div className="sr-only" aria-live="polite" aria-atomic="true" data-testid="exercise-announcer">
        {announced.count % 2 === 0 ? announced.text : `${announced.text}\u00a0`}
      </div>
    </div>
  );
}
