import { type QuizLevel, type QuizTopic, quizLevels } from '../../grading/quiz/topics.ts';
import type { QuizAttempt } from '../../progress/schema.ts';
import { seededRandom, shuffle } from './random.ts';
import type { QuizItem } from './types.ts';

/** Which questions a practice set draws from; a lesson overrides level and topic. */
export interface PracticeFilter {
  readonly level?: QuizLevel;
  readonly topic?: QuizTopic;
  readonly lesson?: string;
}

/** The questions matching `filter`, in bank order. */
export function filterItems(items: readonly QuizItem[], filter: PracticeFilter): QuizItem[] {
  if (filter.lesson !== undefined) return items.filter((q) => q.lesson === filter.lesson);
  return items.filter(
    (q) =>
      (filter.level === undefined || q.level === filter.level) &&
      (filter.topic === undefined || q.topics.includes(filter.topic)),
  );
}

/** Up to `size` matching questions in a seeded random order. */
export function practiceSet(
  items: readonly QuizItem[],
  filter: PracticeFilter,
  size: number,
  seed: number,
): QuizItem[] {
  return shuffle(filterItems(items, filter), seededRandom(seed)).slice(0, size);
}

/** Question types a timed mock interview asks; editing a policy takes longer than one interview slot. */
export const INTERVIEW_TYPES: ReadonlySet<QuizItem['type']> = new Set([
  'single',
  'multiple',
  'true-false',
  'order',
  'predict',
  'interview',
]);

/** How a mock interview is drawn. */
export interface InterviewPlan {
  readonly count: number;
  /** The hardest level asked; every level up to it is drawn from. */
  readonly maxLevel: QuizLevel;
  readonly seed: number;
}

/**
 * `count` random questions spread evenly across the levels up to `maxLevel` (one from each level in turn,
 * while a level has any left), then ordered easiest level first, as an interviewer would warm up.
 */
export function pickInterview(items: readonly QuizItem[], plan: InterviewPlan): QuizItem[] {
  const random = seededRandom(plan.seed);
  const levels = quizLevels.slice(0, quizLevels.indexOf(plan.maxLevel) + 1);
  const pools = levels.map((level) =>
    shuffle(
      items.filter((q) => q.level === level && INTERVIEW_TYPES.has(q.type)),
      random,
    ),
  );
  const picked: QuizItem[] = [];
  while (picked.length < plan.count && pools.some((pool) => pool.length > 0)) {
    for (const pool of pools) {
      const next = pool.shift();
      if (next && picked.length < plan.count) picked.push(next);
    }
  }
  const rank = (q: QuizItem) => quizLevels.indexOf(q.level);
  return picked.sort((a, b) => rank(a) - rank(b));
}

/**
 * Questions whose latest saved answer is wrong, most recently missed first. Answering one right in any
 * later attempt takes it off the list; ids the bank no longer has are skipped.
 */
export function pastMistakes(attempts: readonly QuizAttempt[], known: ReadonlySet<string>): string[] {
  const latest = new Map<string, boolean>();
  for (const attempt of attempts) {
    for (const { questionId, correct } of attempt.answers) {
      // Re-inserting moves the id to the end, so the map ends in order of last answer.
      latest.delete(questionId);
      latest.set(questionId, correct);
    }
  }
  return [...latest]
    .filter(([id, correct]) => !correct && known.has(id))
    .map(([id]) => id)
    .reverse();
}
