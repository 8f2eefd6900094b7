import { lazy, Suspense } from 'react';
import { Announcer } from './quiz/announce.tsx';
import type { ItemOf, LessonLinks, QuizItem } from './quiz/types.ts';
import './quiz/quiz.css';

export type { ItemOf, LessonLinks, QuizItem } from './quiz/types.ts';

// Each page loads only its own mode: the deck brings ts-fsrs, the runs bring the question forms.
const HomeMode = lazy(() => import('./quiz/HomeMode.tsx').then((m) => ({ default: m.HomeMode })));
const PracticeMode = lazy(() => import('./quiz/PracticeMode.tsx').then((m) => ({ default: m.PracticeMode })));
const ReviewMode = lazy(() => import('./quiz/ReviewMode.tsx').then((m) => ({ default: m.ReviewMode })));
const InterviewMode = lazy(() =>
  import('./quiz/InterviewMode.tsx').then((m) => ({ default: m.InterviewMode })),
);
const DeckMode = lazy(() => import('./quiz/DeckMode.tsx').then((m) => ({ default: m.DeckMode })));

/** What each quiz page passes: questions prepared at build time, and the lessons they link to. */
export type QuizProps =
  | {
      readonly mode: 'home';
      /** Every question id, to ignore saved answers to questions the bank no longer has. */
      readonly questionIds: readonly string[];
      /** The interview questions in the spaced-repetition deck. */
      readonly deckIds: readonly string[];
      readonly lessons: LessonLinks;
    }
  | {
      readonly mode: 'practice' | 'review' | 'interview';
      readonly items: readonly QuizItem[];
      readonly lessons: LessonLinks;
    }
  | { readonly mode: 'deck'; readonly items: readonly ItemOf<'interview'>[]; readonly lessons: LessonLinks };

function Mode(props: QuizProps) {
  switch (props.mode) {
    case 'home':
      return <HomeMode {...props} />;
    case 'practice':
      return <PracticeMode {...props} />;
    case 'review':
      return <ReviewMode {...props} />;
    case 'interview':
      return <InterviewMode {...props} />;
    case 'deck':
      return <DeckMode {...props} />;
  }
}

/** The quiz island: practice, mock interviews, mistakes review and the review deck, saved in progress. */
export function Quiz(props: QuizProps) {
  return (
    <div className="qz" data-mode={props.mode}>
      <Announcer>
        <Suspense fallback={<p className="qz-loading">Loading the questions…</p>}>
          <Mode {...props} />
        </Suspense>
      </Announcer>
    </div>
  );
}
