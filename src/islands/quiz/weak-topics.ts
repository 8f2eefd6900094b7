import { type QuizTopic, quizTopics } from '../../grading/quiz/topics.ts';
import type { QuizItem } from './types.ts';

/** One answered question, as far as topics are concerned. */
export interface TopicResult {
  readonly item: Pick<QuizItem, 'topics' | 'lesson'>;
  readonly correct: boolean;
}

/** A topic the learner missed questions on, and the lessons that teach what they missed. */
export interface WeakTopic {
  readonly topic: QuizTopic;
  readonly wrong: number;
  readonly total: number;
  /** Lessons of the missed questions, in the order they were asked, without repeats. */
  readonly lessons: readonly string[];
}

// Every interview-style question carries this tag; it says how a question is asked, not what it covers.
const NOT_A_SUBJECT: ReadonlySet<QuizTopic> = new Set(['interview']);

/**
 * The `limit` topics with the largest share of wrong answers (ties: more wrong answers first, then the
 * course's topic order). Topics answered without a mistake are never weak.
 */
export function weakestTopics(results: readonly TopicResult[], limit = 3): WeakTopic[] {
  const tally = new Map<QuizTopic, { wrong: number; total: number; lessons: string[] }>();
  for (const { item, correct } of results) {
    for (const topic of item.topics) {
      if (NOT_A_SUBJECT.has(topic)) continue;
      const t = tally.get(topic) ?? { wrong: 0, total: 0, lessons: [] };
      t.total += 1;
      if (!correct) {
        t.wrong += 1;
        if (!t.lessons.includes(item.lesson)) t.lessons.push(item.lesson);
      }
      tally.set(topic, t);
    }
  }
  return [...tally]
    .filter(([, t]) => t.wrong > 0)
    .map(([topic, t]) => ({ topic, ...t }))
    .sort(
      (a, b) =>
        b.wrong / b.total - a.wrong / a.total ||
        b.wrong - a.wrong ||
        quizTopics.indexOf(a.topic) - quizTopics.indexOf(b.topic),
    )
    .slice(0, limit);
}
