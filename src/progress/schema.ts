import { z } from 'zod';

/** The schema version this site writes; bump it and add one migration in migrations.ts to change the shape. */
export const CURRENT_VERSION = 1;

/** Quiz difficulty levels; the same three as the course's lesson levels (a test pins that they match). */
export const quizLevels = ['basic', 'intermediate', 'advanced'] as const;

/** An ISO 8601 timestamp such as `2025-01-31T09:30:00.000Z`, as written by `Date.prototype.toISOString`. */
const isoDate = z.iso.datetime({
  offset: true,
  error: (issue) => (issue.input === undefined ? 'is missing' : 'expected an ISO date'),
});
const count = z.number().int().nonnegative();
const id = z.string().min(1);

/** A lesson the learner marked complete. */
export const LessonRecord = z.strictObject({
  completedAt: isoDate.describe('When the learner marked the lesson complete.'),
});

/** The learner's results on one graded exercise, summed over all attempts. */
export const ExerciseRecord = z.strictObject({
  attempts: count.describe('How many times the exercise was graded.'),
  bestScore: z.number().nonnegative().describe('Highest score over all attempts.'),
  maxScore: z.number().positive().describe('Highest possible score, as of the latest attempt.'),
  passedAt: isoDate.optional().describe('When the exercise was first passed; absent until then.'),
  lastAttemptAt: isoDate.describe('When the exercise was last graded.'),
});

/** One answered question within a quiz attempt. */
export const QuizAnswer = z.strictObject({
  questionId: id.describe('Id of the question answered.'),
  correct: z.boolean().describe('Whether the answer was right.'),
});

/** One finished quiz or mock-interview attempt. */
export const QuizAttempt = z.strictObject({
  quizId: id.describe('Id of the quiz, or of the generated question set for interview mode.'),
  questionIds: z.array(id).describe('Questions asked, in the order they were shown.'),
  level: z.enum(quizLevels).describe('Difficulty level the learner chose.'),
  mode: z
    .enum(['practice', 'interview'])
    .describe('Practice shows answers as you go; interview only at the end.'),
  score: count.describe('Number of correct answers.'),
  total: count.describe('Number of questions asked.'),
  startedAt: isoDate.describe('When the attempt began.'),
  finishedAt: isoDate.describe('When the attempt was submitted.'),
  answers: z.array(QuizAnswer).describe('Per-question results, in the order asked.'),
});

/** Spaced-repetition states, named after ts-fsrs's `State` enum (New, Learning, Review, Relearning). */
export const cardStates = ['new', 'learning', 'review', 'relearning'] as const;

/** A review-deck card: the scheduling fields of a ts-fsrs `Card`, in camelCase with ISO dates. */
export const ReviewCard = z.strictObject({
  due: isoDate.describe('When the question is next due for review.'),
  stability: z.number().nonnegative().describe('FSRS memory stability, in days.'),
  difficulty: z.number().nonnegative().describe('FSRS difficulty, from 1 (easy) to 10 (hard).'),
  reps: count.describe('Times the card was reviewed.'),
  lapses: count.describe('Times the learner forgot the answer after learning it.'),
  state: z.enum(cardStates).describe('Where the card is in the FSRS learning cycle.'),
  scheduledDays: count
    .optional()
    .describe('Interval, in days, chosen at the last review (ts-fsrs `scheduled_days`).'),
  learningSteps: count.optional().describe('Current (re)learning step (ts-fsrs `learning_steps`).'),
  lastReview: isoDate.optional().describe('When the card was last reviewed; absent for new cards.'),
});

/** Version 1 of everything the site remembers about a learner, as stored in localStorage and exported. */
export const ProgressV1 = z.strictObject({
  version: z.literal(1).describe('Schema version; see migrations.ts.'),
  lessons: z
    .record(id, LessonRecord)
    .describe('Completed lessons, keyed by lesson id such as "foundations/what-is-a-role".'),
  exercises: z.record(id, ExerciseRecord).describe('Exercise results, keyed by exercise id.'),
  quizzes: z.array(QuizAttempt).describe('Finished quiz attempts, oldest first.'),
  reviewDeck: z.record(id, ReviewCard).describe('Spaced-repetition cards, keyed by question id.'),
  updatedAt: isoDate.describe('When any of the above last changed.'),
});

/** The current progress schema: what `load()` returns and `importJson` accepts after migration. */
export const ProgressSchema = ProgressV1;

export type Progress = z.infer<typeof ProgressV1>;
export type LessonRecord = z.infer<typeof LessonRecord>;
export type ExerciseRecord = z.infer<typeof ExerciseRecord>;
export type QuizAttempt = z.infer<typeof QuizAttempt>;
export type ReviewCard = z.infer<typeof ReviewCard>;

/** Progress for a learner who has done nothing yet. */
export function emptyProgress(now: Date): Progress {
  return {
    version: 1,
    lessons: {},
    exercises: {},
    quizzes: [],
    reviewDeck: {},
    updatedAt: now.toISOString(),
  };
}
