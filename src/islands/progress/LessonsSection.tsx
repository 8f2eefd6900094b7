import type { Progress } from '../../progress/schema.ts';
import { FormattedDate } from './FormattedDate.tsx';
import type { LessonSummary } from './lesson-summary.ts';

/** Completed lessons in course order; completions for lessons no longer in the course are listed last. */
export function LessonsSection({ lessons, progress }: { lessons: LessonSummary[]; progress: Progress }) {
  const done = lessons.filter((l) => progress.lessons[l.id]);
  const known = new Set(lessons.map((l) => l.id));
  const retired = Object.keys(progress.lessons).filter((id) => !known.has(id));
  const count = done.length + retired.length;
  return (
    <section aria-labelledby="lessons">
      <h2 id="lessons">Lessons</h2>
      <p>
        <strong data-testid="lessons-completed-count">{count}</strong> of {lessons.length} lessons completed.
      </p>
      {count === 0 ? (
        <p>Mark a lesson complete with the checkbox at the end of its page.</p>
      ) : (
        <ul data-testid="lessons-completed">
          {done.map((l) => (
            <li key={l.id}>
              <a href={l.href}>{l.title}</a> <span className="pp-muted">({l.module})</span>
              <CompletedAt iso={progress.lessons[l.id]?.completedAt} />
            </li>
          ))}
          {retired.map((id) => (
            <li key={id}>
              <code>{id}</code> <span className="pp-muted">(no longer in the course)</span>
              <CompletedAt iso={progress.lessons[id]?.completedAt} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function CompletedAt({ iso }: { iso: string | undefined }) {
  if (!iso) return null;
  return (
    <span className="pp-muted">
      {' '}
      · completed <FormattedDate iso={iso} />
    </span>
  );
}
