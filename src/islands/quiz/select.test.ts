import { describe, expect, it } from 'vitest';
import type { QuizAttempt } from '../../progress/schema.ts';
import { fakeItem } from './fixtures.ts';
import { filterItems, pastMistakes, pickInterview, practiceSet } from './select.ts';
import type { QuizItem } from './types.ts';

const bank: QuizItem[] = [
  ...Array.from({ length: 6 }, (_, i) => fakeItem(`b${i}`, { level: 'basic', topics: ['sts'] })),
  ...Array.from({ length: 6 }, (_, i) =>
    fakeItem(`i${i}`, {
      level: 'intermediate',
      topics: ['cross-account'],
      lesson: 'cross-account/cross-account-roles',
    }),
  ),
  ...Array.from({ length: 2 }, (_, i) => fakeItem(`a${i}`, { level: 'advanced', topics: ['sts', 'scps'] })),
  fakeItem('fix', { level: 'advanced', type: 'fix-policy' }),
];
const ids = (items: readonly QuizItem[]) => items.map((q) => q.id);

describe('practice sets', () => {
  it('filter by level and topic, or by lesson alone', () => {
    expect(ids(filterItems(bank, { level: 'advanced', topic: 'sts' }))).toEqual(['a0', 'a1']);
    expect(ids(filterItems(bank, { topic: 'sts' }))).toHaveLength(8);
    expect(ids(filterItems(bank, { level: 'basic', lesson: 'cross-account/cross-account-roles' }))).toEqual([
      'i0',
      'i1',
      'i2',
      'i3',
      'i4',
      'i5',
    ]);
  });

  it('take a seeded sample of the requested size', () => {
    const set = practiceSet(bank, { level: 'basic' }, 4, 9);
    expect(set).toHaveLength(4);
    expect(set.every((q) => q.level === 'basic')).toBe(true);
    expect(ids(practiceSet(bank, { level: 'basic' }, 4, 9))).toEqual(ids(set));
  });
});

describe('pickInterview', () => {
  it('takes one question from each level in turn, then orders them easiest first', () => {
    const picked = pickInterview(bank, { count: 7, maxLevel: 'advanced', seed: 1 });
    expect(new Set(ids(picked)).size).toBe(7);
    expect(picked.map((q) => q.level)).toEqual([
      'basic',
      'basic',
      'basic',
      'intermediate',
      'intermediate',
      'advanced',
      'advanced',
    ]);
  });

  it('tops up from other levels when one runs out, and never asks a fix-the-policy question', () => {
    const picked = pickInterview(bank, { count: 20, maxLevel: 'advanced', seed: 2 });
    expect(picked).toHaveLength(14);
    expect(ids(picked)).not.toContain('fix');
  });

  it('stays at or below the chosen level', () => {
    const picked = pickInterview(bank, { count: 5, maxLevel: 'basic', seed: 3 });
    expect(picked.every((q) => q.level === 'basic')).toBe(true);
  });

  it('is the same for the same seed and differs between seeds', () => {
    const plan = { count: 6, maxLevel: 'intermediate' as const };
    expect(ids(pickInterview(bank, { ...plan, seed: 5 }))).toEqual(
      ids(pickInterview(bank, { ...plan, seed: 5 })),
    );
    const seen = new Set(
      Array.from({ length: 10 }, (_, seed) => ids(pickInterview(bank, { ...plan, seed })).join()),
    );
    expect(seen.size).toBeGreaterThan(1);
  });
});

describe('pastMistakes', () => {
  const attempt = (answers: [string, boolean][]): QuizAttempt => ({
    quizId: 'practice:basic:all-topics',
    questionIds: answers.map(([id]) => id),
    level: 'basic',
    mode: 'practice',
    score: answers.filter(([, ok]) => ok).length,
    total: answers.length,
    startedAt: '2025-01-30T12:00:00.000Z',
    finishedAt: '2025-01-30T12:05:00.000Z',
    answers: answers.map(([questionId, correct]) => ({ questionId, correct })),
  });
  const known = new Set(['q1', 'q2', 'q3', 'q4']);

  it('lists questions whose latest answer is wrong, most recent first', () => {
    const attempts = [
      attempt([
        ['q1', false],
        ['q2', false],
        ['q3', true],
      ]),
      attempt([
        ['q3', false],
        ['q1', true],
      ]),
    ];
    expect(pastMistakes(attempts, known)).toEqual(['q3', 'q2']);
  });

  it('skips questions the bank no longer has', () => {
    expect(pastMistakes([attempt([['gone', false]])], known)).toEqual([]);
  });
});
