import type { Progress } from './schema.ts';

/** Progress with one of everything, for tests. */
export const sampleProgress: Progress = {
  version: 1,
  lessons: { 'foundations/what-is-a-role': { completedAt: '2025-01-30T10:00:00.000Z' } },
  exercises: {
    'create-first-role': {
      attempts: 2,
      bestScore: 3,
      maxScore: 3,
      passedAt: '2025-01-30T11:00:00.000Z',
      lastAttemptAt: '2025-01-30T11:00:00.000Z',
    },
  },
  quizzes: [
    {
      quizId: 'foundations',
      questionIds: ['q1', 'q2'],
      level: 'basic',
      mode: 'practice',
      score: 1,
      total: 2,
      startedAt: '2025-01-30T12:00:00.000Z',
      finishedAt: '2025-01-30T12:05:00.000Z',
      answers: [
        { questionId: 'q1', correct: true },
        { questionId: 'q2', correct: false },
      ],
    },
  ],
  reviewDeck: {
    q2: {
      due: '2025-01-31T12:05:00.000Z',
      stability: 0.4,
      difficulty: 6.4,
      reps: 1,
      lapses: 0,
      state: 'learning',
    },
  },
  updatedAt: '2025-01-30T12:05:00.000Z',
};
