import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import type { QuizLevel } from '../../grading/quiz/topics.ts';
import { getProgressStore } from '../../progress/browser.ts';
import type { QuizAttempt } from '../../progress/schema.ts';
import { useAnnounce } from './announce.tsx';
import { toAttempt } from './attempt.ts';
import { Countdown } from './Countdown.tsx';
import { Feedback, verdictText } from './Feedback.tsx';
import { LEVEL_LABEL, TOPIC_LABEL } from './labels.ts';
import { QuestionBody } from './QuestionBody.tsx';
import { Summary } from './Summary.tsx';
import type { LessonLinks, Outcome, QuizItem } from './types.ts';

type Phase = 'question' | 'feedback' | 'done';
type FocusTarget = 'question' | 'feedback' | 'summary' | null;

export interface RunProps {
  readonly items: readonly QuizItem[];
  readonly lessons: LessonLinks;
  readonly seed: number;
  /** Practice shows feedback after each answer; interview only at the end, against the clock. */
  readonly mode: QuizAttempt['mode'];
  readonly quizId: string;
  /** The level the learner chose, if they chose one. */
  readonly level?: QuizLevel;
  /** Interview mode: seconds per question, 0 for no limit. */
  readonly seconds?: number;
  /** Buttons and links under the score. */
  readonly after?: ReactNode;
}

/**
 * A run through `items`, one question at a time, saved to progress when it ends. Practice runs are also
 * saved when the learner leaves part-way, so no answer is lost; an abandoned mock interview is not.
 */
export function QuestionRun({ items, lessons, seed, mode, quizId, level, seconds = 0, after }: RunProps) {
  const announce = useAnnounce();
  const [index, setIndex] = useState(0);
  const [phase, setPhase] = useState<Phase>('question');
  const [outcomes, setOutcomes] = useState<ReadonlyMap<string, Outcome>>(new Map());
  const [clockRunning, setClockRunning] = useState(true);
  const [asked, setAsked] = useState<readonly QuizItem[]>(items);
  const startedAt = useRef(new Date());
  const saved = useRef(false);
  const latest = useRef(outcomes);
  latest.current = outcomes;
  const focus = useRef<FocusTarget>(null);
  const questionHeading = useRef<HTMLHeadingElement>(null);
  const feedbackHeading = useRef<HTMLHeadingElement>(null);
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const item = items[index];
  const practice = mode === 'practice';

  const save = useCallback(
    (questions: readonly QuizItem[], results: ReadonlyMap<string, Outcome>) => {
      if (saved.current || questions.length === 0) return;
      saved.current = true;
      const runResults = questions.flatMap((q) => {
        const o = results.get(q.id);
        return o ? [{ item: q, correct: o.correct }] : [];
      });
      getProgressStore().recordQuiz(
        toAttempt({
          quizId,
          mode,
          ...(level ? { level } : {}),
          asked: questions,
          results: runResults,
          startedAt: startedAt.current,
          finishedAt: new Date(),
        }),
      );
    },
    [quizId, mode, level],
  );

  const finish = useCallback(
    (questions: readonly QuizItem[], results: ReadonlyMap<string, Outcome>) => {
      save(questions, results);
      setAsked(questions);
      focus.current = 'summary';
      setPhase('done');
    },
    [save],
  );

  // Leaving a practice run part-way keeps what was answered.
  useEffect(() => {
    if (!practice) return;
    const keep = () =>
      save(
        items.filter((q) => latest.current.has(q.id)),
        latest.current,
      );
    window.addEventListener('pagehide', keep);
    return () => window.removeEventListener('pagehide', keep);
  }, [practice, items, save]);

  // Focus follows the run, but never on first render: the page keeps its own initial focus.
  useEffect(() => {
    const target = focus.current;
    focus.current = null;
    if (target === 'question') questionHeading.current?.focus();
    if (target === 'feedback') feedbackHeading.current?.focus();
    if (target === 'summary') summaryHeading.current?.focus();
  });

  const advance = useCallback(
    (results: ReadonlyMap<string, Outcome>, note: string) => {
      if (index + 1 >= items.length) {
        finish(items, results);
        announce(`${note}That was the last question.`);
        return;
      }
      focus.current = 'question';
      setIndex(index + 1);
      setPhase('question');
      setClockRunning(true);
      announce(`${note}Question ${index + 2} of ${items.length}.`);
    },
    [index, items, finish, announce],
  );

  const answer = (outcome: Outcome) => {
    if (!item) return;
    const next = new Map(outcomes).set(item.id, outcome);
    setOutcomes(next);
    if (practice) {
      focus.current = 'feedback';
      setPhase('feedback');
      announce(`${verdictText(outcome)}.`);
    } else {
      advance(next, 'Answer saved. ');
    }
  };

  const timeUp = useCallback(() => {
    if (!item) return;
    const next = new Map(latest.current).set(item.id, { answer: null, correct: false });
    setOutcomes(next);
    advance(next, 'Time is up. ');
  }, [item, advance]);

  if (phase === 'done' || !item) {
    return (
      <Summary asked={asked} outcomes={outcomes} lessons={lessons} seed={seed} headingRef={summaryHeading}>
        {after}
      </Summary>
    );
  }

  const outcome = outcomes.get(item.id) ?? null;
  const last = index + 1 === items.length;
  return (
    <article
      className="qz-question"
      aria-labelledby="qz-question-heading"
      data-question-id={item.id}
      data-type={item.type}
    >
      <header className="qz-question-header">
        <h2 id="qz-question-heading" tabIndex={-1} ref={questionHeading}>
          Question {index + 1} of {items.length}
        </h2>
        <p className="qz-meta">
          {LEVEL_LABEL[item.level]} ·{' '}
          {item.topics
            .filter((t) => t !== 'interview')
            .map((t) => TOPIC_LABEL[t])
            .join(', ') || TOPIC_LABEL.interview}
        </p>
        {!practice && seconds > 0 && (
          <Countdown key={item.id} seconds={seconds} running={clockRunning} onExpire={timeUp} />
        )}
      </header>
      <QuestionBody
        key={item.id}
        item={item}
        seed={seed}
        outcome={phase === 'feedback' ? outcome : null}
        submitLabel={practice ? 'Check answer' : last ? 'Submit and finish' : 'Submit answer'}
        onAnswer={answer}
        // Answering an interview question ends when the model answer is shown: only ticking is left.
        onReveal={() => setClockRunning(false)}
      />
      {phase === 'feedback' && outcome && (
        <>
          <Feedback
            item={item}
            outcome={outcome}
            lessons={lessons}
            seed={seed}
            headingRef={feedbackHeading}
          />
          <div className="qz-actions">
            <button
              type="button"
              className="qz-button qz-button--primary"
              onClick={() => (last ? finish(items, outcomes) : advance(outcomes, ''))}
            >
              {last ? 'See your score' : 'Next question'}
            </button>
          </div>
        </>
      )}
      {practice && index > 0 && phase === 'question' && (
        <p className="qz-finish">
          <button
            type="button"
            className="qz-button qz-button--quiet"
            onClick={() =>
              finish(
                items.filter((q) => outcomes.has(q.id)),
                outcomes,
              )
            }
          >
            Finish now and see your score
          </button>
        </p>
      )}
    </article>
  );
}
