import { useState } from 'react';
import { getProgressStore } from '../../progress/browser.ts';
import { REVIEW_QUIZ_ID } from './attempt.ts';
import { AfterPractice } from './PracticeMode.tsx';
import { PRACTICE_SIZE } from './params.ts';
import { QuestionRun } from './QuestionRun.tsx';
import { pastMistakes } from './select.ts';
import type { LessonLinks, QuizItem } from './types.ts';
import { useRunSeed, useSearchParams } from './use-run.ts';

/** `/quizzes/review/`: questions whose latest saved answer was wrong, most recent first, until answered right. */
export function ReviewMode({ items, lessons }: { items: readonly QuizItem[]; lessons: LessonLinks }) {
  const seed = useRunSeed(useSearchParams());
  const [set] = useState(() => {
    const byId = new Map(items.map((q) => [q.id, q]));
    const ids = pastMistakes(getProgressStore().getState().progress.quizzes, new Set(byId.keys()));
    return ids.flatMap((id) => byId.get(id) ?? []);
  });
  if (set.length === 0) {
    return (
      <p data-testid="review-empty">
        No mistakes to review. Questions you answer wrong in practice or in a mock interview wait here until
        you get them right. <a href="/quizzes/">Practise something</a>.
      </p>
    );
  }
  const round = set.slice(0, PRACTICE_SIZE);
  return (
    <>
      <p className="qz-intro" data-testid="review-count">
        <strong>
          {set.length} {set.length === 1 ? 'question' : 'questions'}
        </strong>{' '}
        to review{set.length > round.length ? `; this round has the ${round.length} most recent` : ''}. Answer
        one right and it leaves the list.
      </p>
      <QuestionRun
        items={round}
        lessons={lessons}
        seed={seed}
        mode="practice"
        quizId={REVIEW_QUIZ_ID}
        after={<AfterPractice again="Review what is left" />}
      />
    </>
  );
}
