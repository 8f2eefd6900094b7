import type { ReactNode, Ref } from 'react';
import type { Answer } from '../../grading/quiz/score.ts';
import { Html } from './Html.tsx';
import { DECISION_LABEL, DECISION_NAME } from './labels.ts';
import { JsonBlock } from './PolicyDocs.tsx';
import { shuffleFor } from './random.ts';
import type { ItemOf, LessonLinks, Outcome, QuizItem } from './types.ts';

type AnswerOf<T extends Answer['type']> = Extract<Answer, { type: T }>;

/** A line of feedback, marked in words (never colour alone). */
function Marked({
  mark,
  tone,
  children,
}: {
  mark: string;
  tone: 'right' | 'wrong' | 'plain';
  children: ReactNode;
}) {
  return (
    <li className="qz-mark" data-tone={tone}>
      <strong className="qz-mark-label">
        <span aria-hidden="true">{tone === 'right' ? '✓ ' : tone === 'wrong' ? '✗ ' : '• '}</span>
        {mark}:
      </strong>{' '}
      {children}
    </li>
  );
}

/** Every choice with why it is right or wrong, marked against what the learner picked. */
function ChoicesReview({
  item,
  picked,
  seed,
}: {
  item: ItemOf<'single' | 'multiple'>;
  picked: readonly string[];
  seed: number;
}) {
  // In the order the question showed them.
  return (
    <ul className="qz-review">
      {shuffleFor(item.choices, seed, item.id).map((c) => {
        const chosen = picked.includes(c.id);
        const mark = chosen
          ? c.correct
            ? 'Your answer, right'
            : 'Your answer, wrong'
          : c.correct
            ? item.type === 'multiple' && picked.length > 0
              ? 'Missed, also right'
              : 'Right answer'
            : 'Wrong';
        const tone = c.correct ? 'right' : chosen ? 'wrong' : 'plain';
        return (
          <Marked key={c.id} mark={mark} tone={tone}>
            <Html as="span" html={c.html} />
            <Html className="qz-why" html={c.whyHtml} />
          </Marked>
        );
      })}
    </ul>
  );
}

function TrueFalseReview({ item, answer }: { item: ItemOf<'true-false'>; answer?: AnswerOf<'true-false'> }) {
  const said = (b: boolean) => (b ? 'true' : 'false');
  return (
    <>
      <p>
        The statement is <strong>{said(item.answer)}</strong>
        {answer && (
          <>
            ; you said <strong>{said(answer.answer)}</strong>
          </>
        )}
        .
      </p>
      {answer?.answer !== item.answer && <Html className="qz-why" html={item.whyHtml} />}
    </>
  );
}

function OrderReview({ item, answer }: { item: ItemOf<'order'>; answer?: AnswerOf<'order'> }) {
  return (
    <>
      <p>The right order:</p>
      <ol className="qz-review">
        {item.steps.map((s, i) => {
          const yours = answer ? answer.steps.indexOf(s.id) : -1;
          const note = yours === -1 ? '' : yours === i ? 'in place' : `you put it at position ${yours + 1}`;
          return (
            <li
              key={s.id}
              className="qz-mark"
              data-tone={yours === i ? 'right' : yours === -1 ? 'plain' : 'wrong'}
            >
              <Html as="span" html={s.html} />
              {note && (
                <span className="qz-note">
                  {' '}
                  (<span aria-hidden="true">{yours === i ? '✓ ' : '✗ '}</span>
                  {note})
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}

function PredictReview({ item, answer }: { item: ItemOf<'predict'>; answer?: AnswerOf<'predict'> }) {
  const decisions = ['Allow', 'ExplicitDeny', 'ImplicitDeny'] as const;
  return (
    <>
      <p>
        AWS decides: <strong>{DECISION_LABEL[item.decision]}</strong>
        {answer && (
          <>
            . You predicted: <strong>{DECISION_NAME[answer.decision]}</strong>
          </>
        )}
        .
      </p>
      <ul className="qz-review">
        {decisions.map((d) => (
          <Marked
            key={d}
            tone={d === item.decision ? 'right' : d === answer?.decision ? 'wrong' : 'plain'}
            mark={`${DECISION_NAME[d]}${d === item.decision ? ', right' : d === answer?.decision ? ', your answer' : ''}`}
          >
            <Html className="qz-why" html={item.whyHtml[d]} />
          </Marked>
        ))}
      </ul>
      <p className="qz-engine">
        The policy engine says: <q>{item.engineSummary}</q>
      </p>
    </>
  );
}

function FixReview({ item, outcome }: { item: ItemOf<'fix-policy'>; outcome: Outcome }) {
  return (
    <>
      {outcome.checks && (
        <ul className="qz-review">
          {outcome.checks.map((c) => (
            <Marked key={c.label} tone={c.passed ? 'right' : 'wrong'} mark={c.passed ? 'Pass' : 'Fail'}>
              {c.label}: {DECISION_LABEL[c.got]}
              {!c.passed && `, but it must be ${DECISION_LABEL[c.expect]}`}.{' '}
              <span className="qz-note">{c.summary}</span>
            </Marked>
          ))}
        </ul>
      )}
      <details className="qz-details">
        <summary>A policy that passes every check</summary>
        <JsonBlock label={item.kindLabel} json={item.sampleJson} />
      </details>
    </>
  );
}

function InterviewReview({ item, answer }: { item: ItemOf<'interview'>; answer?: AnswerOf<'interview'> }) {
  return (
    <ul className="qz-review">
      {item.keyPointsHtml.map((html, i) => {
        const covered = answer?.covered.includes(i) ?? false;
        return (
          <Marked key={html} tone={covered ? 'right' : 'wrong'} mark={covered ? 'Covered' : 'To add'}>
            <Html as="span" html={html} />
          </Marked>
        );
      })}
    </ul>
  );
}

function Details({ item, outcome, seed }: { item: QuizItem; outcome: Outcome; seed: number }) {
  const a = outcome.answer;
  switch (item.type) {
    case 'single':
      return <ChoicesReview item={item} picked={a?.type === 'single' ? [a.choice] : []} seed={seed} />;
    case 'multiple':
      return <ChoicesReview item={item} picked={a?.type === 'multiple' ? a.choices : []} seed={seed} />;
    case 'true-false':
      return <TrueFalseReview item={item} answer={a?.type === 'true-false' ? a : undefined} />;
    case 'order':
      return <OrderReview item={item} answer={a?.type === 'order' ? a : undefined} />;
    case 'predict':
      return <PredictReview item={item} answer={a?.type === 'predict' ? a : undefined} />;
    case 'fix-policy':
      return <FixReview item={item} outcome={outcome} />;
    case 'interview':
      return <InterviewReview item={item} answer={a?.type === 'interview' ? a : undefined} />;
  }
}

/** The verdict in words and a symbol, never colour alone. */
export function verdictText(outcome: Outcome): string {
  if (outcome.answer === null) return 'Time ran out';
  return outcome.correct ? 'Correct' : 'Not quite';
}

/** Feedback on one answer: the verdict, why each option is right or wrong, the explanation, the lesson. */
export function Feedback({
  item,
  outcome,
  lessons,
  seed,
  headingLevel = 3,
  headingRef,
}: {
  item: QuizItem;
  outcome: Outcome;
  lessons: LessonLinks;
  /** The run's seed, to list choices in the order they were shown. */
  seed: number;
  headingLevel?: 3 | 4;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const lesson = lessons[item.lesson];
  const headingId = `qz-${item.id}-feedback`;
  return (
    <section
      className="qz-feedback"
      data-correct={outcome.correct}
      aria-labelledby={headingId}
      data-testid="quiz-feedback"
    >
      <Heading className="qz-verdict" id={headingId} tabIndex={-1} ref={headingRef}>
        <span aria-hidden="true">{outcome.correct ? '✓ ' : '✗ '}</span>
        {verdictText(outcome)}
      </Heading>
      <Details item={item} outcome={outcome} seed={seed} />
      <div className="qz-explanation">
        <p className="qz-label">Explanation</p>
        <Html html={item.explanationHtml} />
      </div>
      {lesson && (
        <p className="qz-lesson">
          From the lesson <a href={lesson.href}>{lesson.title}</a>.
        </p>
      )}
    </section>
  );
}
