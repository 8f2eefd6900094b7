import { type QuizLevel, type QuizTopic, quizLevels, quizTopics } from '../../grading/quiz/topics.ts';
import { parseSeed } from './random.ts';
import type { PracticeFilter } from './select.ts';

/** Reading a quiz page's query string: anything unknown is dropped rather than trusted. */

const isLevel = (v: string | null): v is QuizLevel => quizLevels.includes(v as QuizLevel);
const isTopic = (v: string | null): v is QuizTopic => quizTopics.includes(v as QuizTopic);

/** A whole number in [min, max], or `fallback`. */
function count(text: string | null, min: number, max: number, fallback: number): number {
  const n = text !== null && /^\d+$/.test(text) ? Number(text) : Number.NaN;
  return n >= min && n <= max ? n : fallback;
}

/** Questions in a practice set unless `n` says otherwise. */
export const PRACTICE_SIZE = 10;

/** `/quizzes/practice/?level=&topic=&lesson=&n=&seed=`; `filter` is null when the URL chooses nothing. */
export function readPractice(
  params: URLSearchParams,
  lessons: ReadonlySet<string>,
): { filter: PracticeFilter | null; size: number; seed: number | null } {
  const level = params.get('level');
  const topic = params.get('topic');
  const lesson = params.get('lesson');
  const filter: PracticeFilter = {
    ...(isLevel(level) ? { level } : {}),
    ...(isTopic(topic) ? { topic } : {}),
    ...(lesson !== null && lessons.has(lesson) ? { lesson } : {}),
  };
  // `level=all` chooses every level explicitly, so the set starts instead of showing the chooser.
  const chosen = Object.keys(filter).length > 0 || level === 'all';
  return {
    filter: chosen ? filter : null,
    size: count(params.get('n'), 1, 50, PRACTICE_SIZE),
    seed: parseSeed(params.get('seed')),
  };
}

/** Time-limit choices for a mock interview, in seconds; 0 means no limit. */
export const TIME_LIMITS = [90, 180, 0] as const;

/** A mock interview as the setup form submits it. */
export interface InterviewSettings {
  readonly count: number;
  readonly maxLevel: QuizLevel;
  /** Seconds per question; 0 for no limit. */
  readonly seconds: number;
  readonly seed: number | null;
}

/** `/quizzes/interview/?count=&level=&time=&seed=`; null until the setup form has been submitted. */
export function readInterview(params: URLSearchParams): InterviewSettings | null {
  if (!params.has('count')) return null;
  const level = params.get('level');
  const time = Number(params.get('time'));
  return {
    count: count(params.get('count'), 1, 30, 10),
    maxLevel: isLevel(level) ? level : 'advanced',
    seconds: (TIME_LIMITS as readonly number[]).includes(time) ? time : 90,
    seed: parseSeed(params.get('seed')),
  };
}
