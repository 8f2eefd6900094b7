import { useState } from 'react';
import { FormattedDate } from '../progress/FormattedDate.tsx';
import { useProgress } from '../progress/use-progress.ts';
import { describeQuiz } from './attempt.ts';
import { dueToday } from './due.ts';
import { pastMistakes } from './select.ts';
import type { LessonLinks } from './types.ts';

const RECENT = 5;

/** The quizzes page's live part: mistakes to review, cards due today, and recent results. */
export function HomeMode({
  questionIds,
  deckIds,
  lessons,
}: {
  questionIds: readonly string[];
  deckIds: readonly string[];
  lessons: LessonLinks;
}) {
  const state = useProgress();
  const [now] = useState(() => new Date());
  if (!state) return null;
  const { quizzes, reviewDeck } = state.progress;
  const mistakes = pastMistakes(quizzes, new Set(questionIds)).length;
  const { due, fresh } = dueToday(reviewDeck, deckIds, now);
  const recent = quizzes.slice(-RECENT).reverse();
  return (
    <>
      <section aria-labelledby="review">
        <h2 id="review">Review</h2>
        <ul className="qz-home">
          <li>
            <strong data-testid="mistakes-count">{mistakes}</strong>{' '}
            {mistakes === 1 ? 'question' : 'questions'} you last answered wrong.{' '}
            {mistakes > 0 ? (
              <a href="/quizzes/review/">Review your mistakes</a>
            ) : (
              'Questions you miss wait here until you get them right.'
            )}
          </li>
          <li>
            <strong data-testid="due-today">{due.length + fresh.length}</strong> interview{' '}
            {due.length + fresh.length === 1 ? 'card' : 'cards'} due today
            {fresh.length > 0 && `, ${fresh.length} of them new`}, in the spaced-repetition deck.{' '}
            <a href="/quizzes/deck/">Open the review deck</a>
          </li>
        </ul>
      </section>
      <section aria-labelledby="recent">
        <h2 id="recent">Recent results</h2>
        {recent.length === 0 ? (
          <p>No quizzes taken yet in this browser.</p>
        ) : (
          <table className="qz-table" data-testid="recent-results">
            <thead>
              <tr>
                <th scope="col">Quiz</th>
                <th scope="col">Score</th>
                <th scope="col">Finished</th>
              </tr>
            </thead>
            <tbody>
              {recent.map((q) => (
                <tr key={`${q.quizId}@${q.finishedAt}`}>
                  <th scope="row">{describeQuiz(q.quizId, lessons)}</th>
                  <td>
                    {q.score} / {q.total}
                  </td>
                  <td>
                    <FormattedDate iso={q.finishedAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p>
          <a href="/progress/">All your progress</a>
        </p>
      </section>
    </>
  );
}
