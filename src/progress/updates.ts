import type { ExerciseRecord, Progress, QuizAttempt, ReviewCard } from './schema.ts';

/** A graded exercise run, as reported by the grader. */
export interface ExerciseResult {
  exerciseId: string;
  score: number;
  maxScore: number;
  /** Whether this run met the exercise's pass mark. */
  passed: boolean;
}

// Each update returns new progress stamped with `now`; none mutates its input.

/** Marks a lesson complete; marking it again keeps the first completion date. */
export function withLessonComplete(progress: Progress, lessonId: string, now: Date): Progress {
  if (progress.lessons[lessonId]) return progress;
  const lessons = { ...progress.lessons, [lessonId]: { completedAt: now.toISOString() } };
  return { ...progress, lessons, updatedAt: now.toISOString() };
}

/** Clears a lesson's completion. */
export function withoutLesson(progress: Progress, lessonId: string, now: Date): Progress {
  if (!progress.lessons[lessonId]) return progress;
  const { [lessonId]: _removed, ...lessons } = progress.lessons;
  return { ...progress, lessons, updatedAt: now.toISOString() };
}

/** Adds one attempt to an exercise's record: best score so far, first pass date kept. */
export function withExerciseResult(progress: Progress, result: ExerciseResult, now: Date): Progress {
  const at = now.toISOString();
  const before = progress.exercises[result.exerciseId];
  const record: ExerciseRecord = {
    attempts: (before?.attempts ?? 0) + 1,
    bestScore: Math.max(before?.bestScore ?? 0, result.score),
    maxScore: result.maxScore,
    lastAttemptAt: at,
  };
  const passedAt = before?.passedAt ?? (result.passed ? at : undefined);
  if (passedAt) record.passedAt = passedAt;
  return { ...progress, exercises: { ...progress.exercises, [result.exerciseId]: record }, updatedAt: at };
}

/** Appends a finished quiz attempt. */
export function withQuizAttempt(progress: Progress, attempt: QuizAttempt, now: Date): Progress {
  return { ...progress, quizzes: [...progress.quizzes, attempt], updatedAt: now.toISOString() };
}

/** Stores a question's review card, replacing any earlier one. */
export function withReviewCard(
  progress: Progress,
  questionId: string,
  card: ReviewCard,
  now: Date,
): Progress {
  return {
    ...progress,
    reviewDeck: { ...progress.reviewDeck, [questionId]: card },
    updatedAt: now.toISOString(),
  };
}
