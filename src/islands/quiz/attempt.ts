import { type QuizLevel, type QuizTopic, quizLevels } from '../../grading/quiz/topics.ts';
import type { QuizAttempt } from '../../progress/schema.ts';
import { LEVEL_LABEL, TOPIC_LABEL } from './labels.ts';
import type { PracticeFilter } from './select.ts';
import type { LessonLinks, QuizItem } from './types.ts';

/** One question's outcome in a run. */
export interface RunResult {
  readonly item: QuizItem;
  readonly correct: boolean;
}

/** Names a practice set so repeated runs of the same choice group together in progress. */
export function practiceQuizId(filter: PracticeFilter): string {
  if (filter.lesson !== undefined) return `lesson:${filter.lesson}`;
  return `practice:${filter.level ?? 'all-levels'}:${filter.topic ?? 'all-topics'}`;
}

/** The quiz id of past-mistakes review runs. */
export const REVIEW_QUIZ_ID = 'review:mistakes';

/** Names a mock interview by what was asked for. */
export function interviewQuizId(maxLevel: QuizLevel, count: number): string {
  return `interview:${maxLevel}:${count}`;
}

/** The hardest level among `items`: what a run spanning levels records as its level. */
export function hardestLevel(items: readonly Pick<QuizItem, 'level'>[]): QuizLevel {
  const rank = Math.max(0, ...items.map((q) => quizLevels.indexOf(q.level)));
  return quizLevels[rank] ?? 'basic';
}

/** What a run knows when it ends. */
export interface RunRecord {
  readonly quizId: string;
  readonly mode: QuizAttempt['mode'];
  /** The level the learner chose; when absent, the hardest level asked. */
  readonly level?: QuizLevel;
  /** Questions shown, in order; ones never answered count as wrong. */
  readonly asked: readonly QuizItem[];
  readonly results: readonly RunResult[];
  readonly startedAt: Date;
  readonly finishedAt: Date;
}

/** The attempt to save in progress. */
export function toAttempt(run: RunRecord): QuizAttempt {
  const answers = run.asked.map((item) => ({
    questionId: item.id,
    correct: run.results.some((r) => r.item.id === item.id && r.correct),
  }));
  return {
    quizId: run.quizId,
    questionIds: run.asked.map((q) => q.id),
    level: run.level ?? hardestLevel(run.asked),
    mode: run.mode,
    score: answers.filter((a) => a.correct).length,
    total: answers.length,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt.toISOString(),
    answers,
  };
}

/** A quiz id as a learner reads it: "Basic · Trust policies", "Lesson: What an IAM role is". */
export function describeQuiz(quizId: string, lessons: LessonLinks): string {
  const [kind, first = '', second = ''] = quizId.split(':');
  if (kind === 'lesson') return `Lesson: ${lessons[first]?.title ?? first}`;
  if (kind === 'review') return 'Past mistakes';
  if (kind === 'interview') return `Mock interview, up to ${LEVEL_LABEL[first as QuizLevel] ?? first}`;
  if (kind === 'practice') {
    const level = LEVEL_LABEL[first as QuizLevel] ?? 'All levels';
    return `${level} · ${TOPIC_LABEL[second as QuizTopic] ?? 'all topics'}`;
  }
  return quizId;
}
