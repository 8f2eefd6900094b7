import { describe, expect, it } from 'vitest';
import { sampleProgress } from './fixtures.ts';
import { emptyProgress } from './schema.ts';
import {
  withExerciseResult,
  withLessonComplete,
  withoutLesson,
  withQuizAttempt,
  withReviewCard,
} from './updates.ts';

const t1 = new Date('2025-02-01T08:00:00.000Z');
const t2 = new Date('2025-02-02T08:00:00.000Z');
const t3 = new Date('2025-02-03T08:00:00.000Z');

describe('lesson updates', () => {
  it('marks a lesson once, keeping the first completion date', () => {
    const once = withLessonComplete(emptyProgress(t1), 'a', t1);
    const twice = withLessonComplete(once, 'a', t2);
    expect(twice).toBe(once);
    expect(twice.lessons).toEqual({ a: { completedAt: t1.toISOString() } });
  });

  it('unmarks without touching the input', () => {
    const marked = withLessonComplete(emptyProgress(t1), 'a', t1);
    const cleared = withoutLesson(marked, 'a', t2);
    expect(cleared.lessons).toEqual({});
    expect(cleared.updatedAt).toBe(t2.toISOString());
    expect(marked.lessons).toHaveProperty('a');
    expect(withoutLesson(cleared, 'a', t3)).toBe(cleared);
  });
});

describe('withExerciseResult', () => {
  it('counts attempts, keeps the best score and the first pass date', () => {
    let p = emptyProgress(t1);
    p = withExerciseResult(p, { exerciseId: 'x', score: 1, maxScore: 3, passed: false }, t1);
    expect(p.exercises.x).toEqual({
      attempts: 1,
      bestScore: 1,
      maxScore: 3,
      lastAttemptAt: t1.toISOString(),
    });
    p = withExerciseResult(p, { exerciseId: 'x', score: 3, maxScore: 3, passed: true }, t2);
    p = withExerciseResult(p, { exerciseId: 'x', score: 2, maxScore: 3, passed: false }, t3);
    expect(p.exercises.x).toEqual({
      attempts: 3,
      bestScore: 3,
      maxScore: 3,
      passedAt: t2.toISOString(),
      lastAttemptAt: t3.toISOString(),
    });
  });
});

describe('quiz and review updates', () => {
  it('appends quiz attempts in order', () => {
    const attempt = sampleProgress.quizzes[0];
    if (!attempt) throw new Error('fixture has a quiz');
    const p = withQuizAttempt(withQuizAttempt(emptyProgress(t1), attempt, t1), { ...attempt, score: 2 }, t2);
    expect(p.quizzes.map((q) => q.score)).toEqual([1, 2]);
  });

  it('replaces a question card', () => {
    const card = sampleProgress.reviewDeck.q2;
    if (!card) throw new Error('fixture has a card');
    const p = withReviewCard(
      withReviewCard(emptyProgress(t1), 'q2', card, t1),
      'q2',
      { ...card, reps: 2 },
      t2,
    );
    expect(p.reviewDeck).toEqual({ q2: { ...card, reps: 2 } });
    expect(p.updatedAt).toBe(t2.toISOString());
  });
});
