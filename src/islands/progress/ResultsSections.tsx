import type { Progress } from '../../progress/schema.ts';
import { FormattedDate } from './FormattedDate.tsx';

/** Exercise records, most recently attempted first. */
export function ExercisesSection({ exercises }: { exercises: Progress['exercises'] }) {
  const rows = Object.entries(exercises).sort(([, a], [, b]) =>
    b.lastAttemptAt.localeCompare(a.lastAttemptAt),
  );
  return (
    <section aria-labelledby="exercises">
      <h2 id="exercises">Exercises</h2>
      {rows.length === 0 ? (
        <p>No exercises graded yet.</p>
      ) : (
        <table aria-labelledby="exercises" data-testid="exercise-results">
          <thead>
            <tr>
              <th scope="col">Exercise</th>
              <th scope="col">Attempts</th>
              <th scope="col">Best score</th>
              <th scope="col">Passed</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([id, r]) => (
              <tr key={id}>
                <th scope="row">
                  <code>{id}</code>
                </th>
                <td>{r.attempts}</td>
                <td>
                  {r.bestScore} / {r.maxScore}
                </td>
                <td>{r.passedAt ? <FormattedDate iso={r.passedAt} /> : 'Not yet'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

const modeNames = { practice: 'Practice', interview: 'Interview' } as const;

/** Quiz attempts, newest first. */
export function QuizzesSection({ quizzes }: { quizzes: Progress['quizzes'] }) {
  const rows = [...quizzes].reverse();
  return (
    <section aria-labelledby="quizzes">
      <h2 id="quizzes">Quizzes</h2>
      {rows.length === 0 ? (
        <p>No quizzes taken yet.</p>
      ) : (
        <table aria-labelledby="quizzes" data-testid="quiz-attempts">
          <thead>
            <tr>
              <th scope="col">Finished</th>
              <th scope="col">Quiz</th>
              <th scope="col">Level</th>
              <th scope="col">Mode</th>
              <th scope="col">Score</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((q) => (
              <tr key={`${q.quizId}@${q.startedAt}`}>
                <td>
                  <FormattedDate iso={q.finishedAt} />
                </td>
                <td>
                  <code>{q.quizId}</code>
                </td>
                <td>{q.level}</td>
                <td>{modeNames[q.mode]}</td>
                <td>
                  {q.score} / {q.total}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** How many questions are in the spaced-repetition deck, and how many are due. */
export function ReviewSection({ deck, now }: { deck: Progress['reviewDeck']; now: Date }) {
  const cards = Object.values(deck);
  const due = cards.filter((c) => Date.parse(c.due) <= now.getTime()).length;
  return (
    <section aria-labelledby="review-deck">
      <h2 id="review-deck">Review deck</h2>
      <p>
        <strong data-testid="review-deck-size">{cards.length}</strong>{' '}
        {cards.length === 1 ? 'question' : 'questions'} in your review deck
        {cards.length > 0 && `, ${due} due for review now`}.
      </p>
    </section>
  );
}
