import { useMemo } from 'react';
import { quizLevels } from '../../grading/quiz/topics.ts';
import { interviewQuizId } from './attempt.ts';
import { LEVEL_LABEL } from './labels.ts';
import { type InterviewSettings, readInterview, TIME_LIMITS } from './params.ts';
import { QuestionRun } from './QuestionRun.tsx';
import { pickInterview } from './select.ts';
import type { LessonLinks, QuizItem } from './types.ts';
import { anotherSetHref, useRunSeed, useSearchParams } from './use-run.ts';

const COUNTS = [5, 10, 15] as const;
const timeName = (s: number) => (s === 0 ? 'No time limit' : s < 120 ? `${s} seconds` : `${s / 60} minutes`);

/** A radio group in the setup form. */
function Choice<T extends string | number>({
  legend,
  name,
  values,
  initial,
  label,
}: {
  legend: string;
  name: string;
  values: readonly T[];
  initial: T;
  label: (v: T) => string;
}) {
  return (
    <fieldset className="qz-options qz-options--inline">
      <legend className="qz-legend">{legend}</legend>
      {values.map((v) => (
        <div className="qz-option" key={v}>
          <input type="radio" id={`${name}-${v}`} name={name} value={v} defaultChecked={v === initial} />
          <label htmlFor={`${name}-${v}`}>{label(v)}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** The setup form: a plain GET form, so the chosen settings live in the URL. */
function InterviewSetup() {
  return (
    <form method="get" action="/quizzes/interview/" className="qz-setup" data-testid="interview-setup">
      <Choice legend="Number of questions" name="count" values={COUNTS} initial={10} label={String} />
      <Choice
        legend="Hardest level"
        name="level"
        values={quizLevels}
        initial="advanced"
        label={(l) => (l === 'basic' ? 'Basic only' : `Up to ${LEVEL_LABEL[l].toLowerCase()}`)}
      />
      <Choice legend="Time per question" name="time" values={TIME_LIMITS} initial={90} label={timeName} />
      <p className="qz-hint">
        With a time limit, the time left is announced at one minute, 30 seconds and 10 seconds, and the clock
        stops when you reveal a model answer. Unanswered questions count as wrong.
      </p>
      <button type="submit" className="qz-button qz-button--primary">
        Start the interview
      </button>
    </form>
  );
}

function InterviewRun({
  items,
  lessons,
  settings,
}: {
  items: readonly QuizItem[];
  lessons: LessonLinks;
  settings: InterviewSettings;
}) {
  const seed = useRunSeed(useSearchParams());
  const { count, maxLevel, seconds } = settings;
  const picked = useMemo(
    () => pickInterview(items, { count, maxLevel, seed }),
    [items, count, maxLevel, seed],
  );
  return (
    <>
      <p className="qz-intro" data-testid="interview-title">
        <strong>Mock interview</strong>: {picked.length} questions{' '}
        {maxLevel === 'basic' ? 'at basic level' : `from basic up to ${LEVEL_LABEL[maxLevel].toLowerCase()}`},{' '}
        {seconds === 0 ? 'no time limit' : `${timeName(seconds)} each`}. Your score and feedback come at the
        end.
      </p>
      <QuestionRun
        items={picked}
        lessons={lessons}
        seed={seed}
        mode="interview"
        quizId={interviewQuizId(maxLevel, count)}
        level={maxLevel}
        seconds={seconds}
        after={
          <p className="qz-actions">
            <a className="qz-button qz-button--primary" href={anotherSetHref()}>
              Another interview
            </a>
            <a className="qz-button" href="/quizzes/review/">
              Review your mistakes
            </a>
            <a className="qz-button" href="/quizzes/deck/">
              Interview review deck
            </a>
          </p>
        }
      />
    </>
  );
}

/** `/quizzes/interview/`: the setup form, then a timed mock interview across levels. */
export function InterviewMode({ items, lessons }: { items: readonly QuizItem[]; lessons: LessonLinks }) {
  const settings = readInterview(useSearchParams());
  return settings ? <InterviewRun items={items} lessons={lessons} settings={settings} /> : <InterviewSetup />;
}
