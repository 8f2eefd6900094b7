import type { ReactNode, Ref } from 'react';
import { useProgress } from '../progress/use-progress.ts';
import { Feedback, verdictText } from './Feedback.tsx';
import { Html } from './Html.tsx';
import { TOPIC_LABEL } from './labels.ts';
import type { LessonLinks, Outcome, QuizItem } from './types.ts';
import { weakestTopics } from './weak-topics.ts';

/** Links from a weak topic to the lessons that teach it and to a practice set on it. */
function WeakTopics({ asked, outcomes, lessons }: Omit<SummaryProps, 'seed'>) {
  const weak = weakestTopics(
    asked.map((item) => ({ item, correct: outcomes.get(item.id)?.correct ?? false })),
  );
  if (weak.length === 0)
    return <p data-testid="weak-topics-none">Every answer was right: no weak topics this time.</p>;
  return (
    <>
      <h3>Topics to work on</h3>
      <ul className="qz-weak" data-testid="weak-topics">
        {weak.map((w) => (
          <li key={w.topic}>
            <strong>{TOPIC_LABEL[w.topic]}</strong>: {w.wrong} of {w.total} wrong. Revisit{' '}
            {w.lessons.map((id, i) => (
              <span key={id}>
                {i > 0 && (i === w.lessons.length - 1 ? ' and ' : ', ')}
                <a href={lessons[id]?.href ?? `/${id}/`}>{lessons[id]?.title ?? id}</a>
              </span>
            ))}
            , or <a href={`/quizzes/practice/?topic=${w.topic}`}>practise {TOPIC_LABEL[w.topic]}</a>.
          </li>
        ))}
      </ul>
    </>
  );
}

interface SummaryProps {
  readonly asked: readonly QuizItem[];
  readonly seed: number;
  readonly outcomes: ReadonlyMap<string, Outcome>;
  readonly lessons: LessonLinks;
}

/** The end of a run: the score, the weakest topics with lessons to revisit, and every answer with feedback. */
export function Summary({
  asked,
  outcomes,
  lessons,
  seed,
  headingRef,
  children,
}: SummaryProps & { headingRef: Ref<HTMLHeadingElement>; children?: ReactNode }) {
  const state = useProgress();
  const score = asked.filter((q) => outcomes.get(q.id)?.correct).length;
  return (
    <section className="qz-summary" aria-labelledby="qz-summary-heading" data-testid="quiz-summary">
      <h2 id="qz-summary-heading" tabIndex={-1} ref={headingRef}>
        Your score:{' '}
        <span data-testid="quiz-score">
          {score} out of {asked.length}
        </span>
      </h2>
      <p>
        {state?.status === 'unavailable'
          ? "This browser can't save progress, so the score lasts until you close the tab."
          : 'Saved in this browser. '}
        {state?.status !== 'unavailable' && <a href="/progress/">See all your progress</a>}
      </p>
      <WeakTopics asked={asked} outcomes={outcomes} lessons={lessons} />
      {children}
      <h3>Your answers</h3>
      <ol className="qz-answers">
        {asked.map((item) => {
          const outcome = outcomes.get(item.id) ?? { answer: null, correct: false };
          return (
            <li key={item.id} data-correct={outcome.correct}>
              <details>
                <summary>
                  <strong>
                    <span aria-hidden="true">{outcome.correct ? '✓ ' : '✗ '}</span>
                    {verdictText(outcome)}:
                  </strong>{' '}
                  <Html as="span" html={item.promptHtml} />
                </summary>
                <Feedback item={item} outcome={outcome} lessons={lessons} seed={seed} headingLevel={4} />
              </details>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
