import { describe, expect, it } from 'vitest';
import { formatIssues, formatPath, progressErrorMap } from './issues.ts';
import { ProgressSchema } from './schema.ts';

const messages = (value: unknown) => {
  const result = ProgressSchema.safeParse(value, { error: progressErrorMap });
  if (result.success) throw new Error('expected the value to be refused');
  return formatIssues(result.error);
};

describe('formatPath', () => {
  it('joins keys with dots and indexes with brackets', () => {
    expect(formatPath(['quizzes', 0, 'answers', 2, 'correct'])).toBe('quizzes[0].answers[2].correct');
    expect(formatPath(['lessons', 'foundations/what-is-a-role'])).toBe('lessons.foundations/what-is-a-role');
    expect(formatPath([])).toBe('progress');
  });
});

describe('formatIssues', () => {
  it('names the field and says what was expected, in plain words', () => {
    expect(
      messages({
        version: 1,
        lessons: { foo: { completedAt: 'last tuesday' } },
        exercises: {
          bar: { attempts: 'two', bestScore: 1, maxScore: 1, lastAttemptAt: '2025-01-01T00:00:00Z' },
        },
        quizzes: {},
        extra: 1,
      }),
    ).toEqual([
      'lessons.foo.completedAt: expected an ISO date',
      'exercises.bar.attempts: expected a number',
      'quizzes: expected a list',
      'reviewDeck: is missing',
      'updatedAt: is missing',
      'progress: unexpected field "extra"',
    ]);
  });

  it('explains enum and range errors', () => {
    const quiz = {
      quizId: 'q',
      questionIds: [],
      level: 'expert',
      mode: 'practice',
      score: -1,
      total: 0,
      startedAt: '2025-01-01T00:00:00Z',
      finishedAt: '2025-01-01T00:00:00Z',
      answers: [],
    };
    expect(
      messages({
        version: 1,
        lessons: {},
        exercises: {},
        quizzes: [quiz],
        reviewDeck: {},
        updatedAt: '2025-01-01T00:00:00Z',
      }),
    ).toEqual([
      'quizzes[0].level: expected "basic" or "intermediate" or "advanced"',
      'quizzes[0].score: must be at least 0',
    ]);
  });

  it('words the rarer issues too: zod/mini has no English fallback, only "Invalid input"', () => {
    const exercise = { attempts: 2 ** 60, bestScore: 1, maxScore: 0, lastAttemptAt: '2025-01-01T00:00:00Z' };
    expect(
      messages({
        version: 1,
        lessons: { '': { completedAt: '2025-01-01T00:00:00Z' } },
        exercises: { x: exercise },
        quizzes: [],
        reviewDeck: {},
        updatedAt: '2025-01-01T00:00:00Z',
      }),
    ).toEqual([
      'lessons[""]: id must not be empty',
      'exercises.x.attempts: must be at most 9007199254740991',
      'exercises.x.maxScore: must be more than 0',
    ]);
  });
});
