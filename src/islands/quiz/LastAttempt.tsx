import { useState } from 'react';
import { getProgressStore } from '../../progress/browser.ts';
import { FormattedDate } from '../progress/FormattedDate.tsx';

/** The learner's previous result on this quiz, as it stood when the page opened. */
export function LastAttempt({ quizId }: { quizId: string }) {
  const [last] = useState(() =>
    getProgressStore()
      .getState()
      .progress.quizzes.findLast((q) => q.quizId === quizId),
  );
  if (!last) return null;
  return (
    <p className="qz-last" data-testid="last-attempt">
      Last time you scored{' '}
      <strong>
        {last.score} out of {last.total}
      </strong>{' '}
      on this quiz (<FormattedDate iso={last.finishedAt} />
      ).
    </p>
  );
}
