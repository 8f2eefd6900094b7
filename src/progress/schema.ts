// zod/mini rather than zod: the same core, tree-shaken to a few kilobytes, because every lesson page loads it.
import * as z from 'zod/mini';

/** The schema version this site writes; bump it and add one migration in migrations.ts to change the shape. */
export const CURRENT_VERSION = 1;

/** Quiz difficulty levels; the same three as the course's lesson levels (a test pins that they match). */
export const quizLevels = ['basic', 'intermediate', 'advanced'] as const;

/** An ISO 8601 timestamp such as `2025-01-31T09:30:00.000Z`, as written by `Date.prototype.toISOString`. */
const isoDate = z.iso.datetime({
  offset: true,
  error: (issue) => (issue.input === undefined ? 'is missing' : 'expected an ISO date'),
});
const count = z.int().check(z.nonnegative());
const id = z.string().check(z.minLength(1));

/** A lesson the learner marked complete. */
export const LessonRecord = z.strictObject({
  completedAt: isoDate.check(z.describe('When the learner marked the lesson complete.')),
});

/** The learner's results on one graded exercise, summed over all attempts. */
export const ExerciseRecord = z.strictObject({
  attempts: count.check(z.describe('How many times the exercise was graded.')),
  bestScore: z.number().check(z.nonnegative(), z.describe('Highest score over all attempts.')),
  maxScore: z.number().check(z.positive(), z.describe('Highest possible score, as of the latest attempt.')),
  passedAt: z.optional(isoDate).check(z.describe('When the exercise was first passed; absent until then.')),
  lastAttemptAt: isoDate.check(z.describe('When the exercise was last graded.')),
});

/** One answered question within a quiz attempt. */
export const QuizAnswer = z.strictObject({
  questionId: id.check(z.describe('Id of the question answered.')),
  correct: z.boolean().check(z.describe('Whether the answer was right.')),
});

/** One finished quiz or mock-interview attempt. */
export const QuizAttempt = z.strictObject({
  quizId: id.check(z.describe('Id of the quiz, or of the generated question set for interview mode.')),
  questionIds: z.array(id).check(z.describe('Questions asked, in the order they were shown.')),
  level: z.enum(quizLevels).check(z.describe('Difficulty level the learner chose.')),
  mode: z
    .enum(['practice', 'interview'])
    .check(z.describe('Practice shows answers as you go; interview only at the end.')),
  score: count.check(z.describe('Number of correct answers.')),
  total: count.check(z.describe('Number of questions asked.')),
  startedAt: isoDate.check(z.describe('When the attempt began.')),
  finishedAt: isoDate.check(z.describe('When the attempt was submitted.')),
  answers: z.array(QuizAnswer).check(z.describe('Per-question results, in the order asked.')),
});

/** Spaced-repetition states, named after ts-fsrs's `State` enum (New, Learning, Review, Relearning). */
export const cardStates = ['new', 'learning', 'review', 'relearning'] as const;

/** A review-deck card: the scheduling fields of a ts-fsrs `Card`, in camelCase with ISO dates. */
export const ReviewCard = z.strictObject({
  due: isoDate.check(z.describe('When the question is next due for review.')),
  stability: z.number().check(z.nonnegative(), z.describe('FSRS memory stability, in days.')),
  difficulty: z.number().check(z.nonnegative(), z.describe('FSRS difficulty, from 1 (easy) to 10 (hard).')),
  reps: count.check(z.describe('Times the card was reviewed.')),
  lapses: count.check(z.describe('Times the learner forgot the answer after learning it.')),
  state: z.enum(cardStates).check(z.describe('Where the card is in the FSRS learning cycle.')),
  scheduledDays: z
    .optional(count)
    .check(z.describe('Interval, in days, chosen at the last review (ts-fsrs `scheduled_days`).')),
  learningSteps: z.optional(count).check(z.describe('Current (re)learning step (ts-fsrs `learning_steps`).')),
  lastReview: z.optional(isoDate).check(z.describe('When the card was last reviewed; absent for new cards.')),
});

/** Version 1 of everything the site remembers about a learner, as stored in localStorage and exported. */
export const ProgressV1 = z.strictObject({
  version: z.literal(1).check(z.describe('Schema version; see migrations.ts.')),
  lessons: z
    .record(id, LessonRecord)
    .check(z.describe('Completed lessons, keyed by lesson id such as "foundations/what-is-a-role".')),
  exercises: z.record(id, ExerciseRecord).check(z.describe('Exercise results, keyed by exercise id.')),
  quizzes: z.array(QuizAttempt).check(z.describe('Finished quiz attempts, oldest first.')),
  reviewDeck: z.record(id, ReviewCard).check(z.describe('Spaced-repetition cards, keyed by question id.')),
  updatedAt: isoDate.check(z.describe('When any of the above last changed.')),
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
