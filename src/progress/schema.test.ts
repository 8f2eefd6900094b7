import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { levels } from '../course/lesson-schema.ts';
import { sampleProgress } from './fixtures.ts';
import { emptyProgress, ProgressSchema, quizLevels } from './schema.ts';

describe('ProgressSchema', () => {
  it('accepts empty progress and a sample with one of everything', () => {
    expect(ProgressSchema.safeParse(emptyProgress(new Date('2025-01-01T00:00:00Z'))).success).toBe(true);
    expect(ProgressSchema.parse(sampleProgress)).toEqual(sampleProgress);
  });

  it('rejects impossible values', () => {
    const bad = [
      { ...sampleProgress, version: 2 },
      { ...sampleProgress, lessons: { x: { completedAt: 'yesterday' } } },
      {
        ...sampleProgress,
        exercises: { x: { ...sampleProgress.exercises['create-first-role'], attempts: -1 } },
      },
      { ...sampleProgress, quizzes: [{ ...sampleProgress.quizzes[0], mode: 'exam' }] },
      { ...sampleProgress, reviewDeck: { q: { ...sampleProgress.reviewDeck.q2, state: 'forgotten' } } },
      { ...sampleProgress, surprise: true },
    ];
    for (const value of bad)
      expect(ProgressSchema.safeParse(value).success, JSON.stringify(value)).toBe(false);
  });

  it('describes every field of the top level', () => {
    for (const [name, field] of Object.entries(ProgressSchema.shape)) {
      // zod/mini keeps descriptions in the global registry; classic zod's `.description` reads the same place.
      expect(z.globalRegistry.get(field)?.description, name).toBeTruthy();
    }
  });

  it('uses the same levels as lessons', () => {
    expect([...quizLevels]).toEqual([...levels]);
  });
});
