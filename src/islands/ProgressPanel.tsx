import { BackupNotice } from './progress/BackupNotice.tsx';
import { LessonsSection } from './progress/LessonsSection.tsx';
import type { LessonSummary } from './progress/lesson-summary.ts';
import { ResetControl } from './progress/ResetControl.tsx';
import { ExercisesSection, QuizzesSection, ReviewSection } from './progress/ResultsSections.tsx';
import { TransferControls } from './progress/TransferControls.tsx';
import { useProgress } from './progress/use-progress.ts';
import './progress/progress-panel.css';

export type { LessonSummary } from './progress/lesson-summary.ts';

/** The /progress page: what the learner has done, kept in this browser, with export, import and reset. */
export function ProgressPanel({ lessons }: { lessons: LessonSummary[] }) {
  const state = useProgress();
  if (!state) return <p className="pp-muted">Loading the progress saved in this browser…</p>;
  const { progress, status, backup } = state;
  return (
    <div className="pp" data-testid="progress-panel" data-status={status}>
      {backup && <BackupNotice backup={backup} />}
      {status === 'unavailable' && (
        <div className="pp-notice pp-notice--caution" role="status" data-testid="storage-unavailable">
          <p>
            Progress can't be saved in this browser (private mode or storage full); it will last until you
            close the tab.
          </p>
        </div>
      )}
      <LessonsSection lessons={lessons} progress={progress} />
      <ExercisesSection exercises={progress.exercises} />
      <QuizzesSection quizzes={progress.quizzes} />
      <ReviewSection deck={progress.reviewDeck} now={new Date()} />
      <section aria-labelledby="save-and-move">
        <h2 id="save-and-move">Save, move or reset</h2>
        <p>
          Progress is kept only in this browser. Export it to keep a copy or to carry it to another browser,
          then import it there.
        </p>
        <TransferControls />
        <ResetControl />
      </section>
    </div>
  );
}
