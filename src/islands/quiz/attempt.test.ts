import { describe, expect, it } from 'vitest';
import { QuizAttempt } from '../../progress/schema.ts';
import { describeQuiz, hardestLevel, interviewQuizId, practiceQuizId, toAttempt } from './attempt.ts';
import { fakeItem } from './fixtures.ts';

const basic = fakeItem('basic-q', { level: 'basic' });
const advanced = fakeItem('advanced-q', { level: 'advanced' });
const startedAt = new Date('2025-01-30T12:00:00.000Z');
const finishedAt = new Date('2025-01-30T12:04:00.000Z');

describe('quiz ids', () => {
  it('name practice sets by their filter, lessons by their id', () => {
    expect(practiceQuizId({ level: 'basic' })).toBe('practice:basic:all-topics');
    expect(practiceQuizId({ topic: 'sts' })).toBe('practice:all-levels:sts');
    expect(practiceQuizId({ level: 'basic', lesson: 'foundations/what-is-a-role' })).toBe(
      'lesson:foundations/what-is-a-role',
    );
    expect(interviewQuizId('advanced', 10)).toBe('interview:advanced:10');
  });

  it('read back as names', () => {
    const lessons = {
      'foundations/what-is-a-role': {
        title: 'What an IAM role is',
        href: '/foundations/what-is-a-role/',
        level: 'basic',
      },
    } as const;
    expect(describeQuiz('practice:basic:trust-policy', lessons)).toBe('Basic · Trust policies');
    expect(describeQuiz('practice:all-levels:all-topics', lessons)).toBe('All levels · all topics');
    expect(describeQuiz('lesson:foundations/what-is-a-role', lessons)).toBe('Lesson: What an IAM role is');
    expect(describeQuiz('interview:intermediate:10', lessons)).toBe('Mock interview, up to Intermediate');
    expect(describeQuiz('review:mistakes', lessons)).toBe('Past mistakes');
    expect(describeQuiz('foundations', lessons)).toBe('foundations');
  });
});

describe('toAttempt', () => {
  it('scores every question asked, counting unanswered ones wrong, and validates', () => {
    const attempt = toAttempt({
      quizId: 'interview:advanced:2',
      mode: 'interview',
      asked: [basic, advanced],
      results: [{ item: basic, correct: true }],
      startedAt,
      finishedAt,
    });
    expect(attempt).toEqual({
      quizId: 'interview:advanced:2',
      questionIds: ['basic-q', 'advanced-q'],
      level: 'advanced',
      mode: 'interview',
      score: 1,
      total: 2,
      startedAt: '2025-01-30T12:00:00.000Z',
      finishedAt: '2025-01-30T12:04:00.000Z',
      answers: [
        { questionId: 'basic-q', correct: true },
        { questionId: 'advanced-q', correct: false },
      ],
    });
    expect(QuizAttempt.safeParse(attempt).success).toBe(true);
  });

  it('keeps the level the learner chose', () => {
    const run = {
      quizId: 'x',
      mode: 'practice' as const,
      asked: [advanced],
      results: [],
      startedAt,
      finishedAt,
    };
    expect(toAttempt({ ...run, level: 'basic' }).level).toBe('basic');
  });

  it('records a set spanning levels at its hardest level', () => {
    expect(hardestLevel([basic, advanced, basic])).toBe('advanced');
    expect(hardestLevel([])).toBe('basic');
  });
});
