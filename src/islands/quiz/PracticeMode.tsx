import { useMemo } from 'react';
import { describeQuiz, practiceQuizId } from './attempt.ts';
import { LastAttempt } from './LastAttempt.tsx';
import { readPractice } from './params.ts';
import { QuestionRun } from './QuestionRun.tsx';
import { filterItems, practiceSet } from './select.ts';
import type { LessonLinks, QuizItem } from './types.ts';
import { anotherSetHref, useRunSeed, useSearchParams } from './use-run.ts';

/** Links under a practice score. */
export function AfterPractice({ again = 'Practise another set' }: { again?: string }) {
  return (
    <p className="qz-actions">
      <a className="qz-button qz-button--primary" href={anotherSetHref()}>
        {again}
      </a>
      <a className="qz-button" href="/quizzes/review/">
        Review your mistakes
      </a>
      <a className="qz-button" href="/quizzes/">
        All quizzes
      </a>
    </p>
  );
}

/** `/quizzes/practice/`: a random set by level and topic (or by lesson), with feedback after each answer. */
export function PracticeMode({ items, lessons }: { items: readonly QuizItem[]; lessons: LessonLinks }) {
  const params = useSearchParams();
  const seed = useRunSeed(params);
  const { filter, size } = readPractice(params, new Set(Object.keys(lessons)));
  const set = useMemo(
    () => (filter ? practiceSet(items, filter, size, seed) : []),
    [items, filter, size, seed],
  );

  if (!filter) {
    return (
      <p>
        Choose a level and a topic, or a lesson, on <a href="/quizzes/">the quizzes page</a>.
      </p>
    );
  }
  const quizId = practiceQuizId(filter);
  const matching = filterItems(items, filter).length;
  if (set.length === 0) {
    return (
      <p data-testid="practice-empty">
        No questions match {describeQuiz(quizId, lessons)} yet. <a href="/quizzes/">Choose another set</a>.
      </p>
    );
  }
  const level = filter.lesson !== undefined ? lessons[filter.lesson]?.level : filter.level;
  return (
    <>
      <p className="qz-intro" data-testid="practice-title">
        <strong>{describeQuiz(quizId, lessons)}</strong>: {set.length} of {matching} questions, in random
        order, with feedback after each answer.
      </p>
      <LastAttempt quizId={quizId} />
      <QuestionRun
        items={set}
        lessons={lessons}
        seed={seed}
        mode="practice"
        quizId={quizId}
        {...(level ? { level } : {})}
        after={<AfterPractice />}
      />
    </>
  );
}
