import { describe, expect, it } from 'vitest';
import { fakeItem } from './fixtures.ts';
import { weakestTopics } from './weak-topics.ts';

const sts = fakeItem('s', { topics: ['sts', 'interview'], lesson: 'foundations/temporary-credentials' });
const trust = fakeItem('t', {
  topics: ['trust-policy'],
  lesson: 'trust-and-permissions/trust-vs-permissions',
});
const both = fakeItem('b', { topics: ['sts', 'trust-policy'], lesson: 'foundations/assume-role-flow' });

describe('weakestTopics', () => {
  it('ranks topics by share of wrong answers and names the lessons to revisit', () => {
    const weak = weakestTopics([
      { item: sts, correct: false },
      { item: both, correct: false },
      { item: trust, correct: true },
    ]);
    expect(weak).toEqual([
      {
        topic: 'sts',
        wrong: 2,
        total: 2,
        lessons: ['foundations/temporary-credentials', 'foundations/assume-role-flow'],
      },
      { topic: 'trust-policy', wrong: 1, total: 2, lessons: ['foundations/assume-role-flow'] },
    ]);
  });

  it('breaks ties on more wrong answers, then topic order, and honours the limit', () => {
    const weak = weakestTopics(
      [
        { item: trust, correct: false },
        { item: sts, correct: false },
        { item: sts, correct: false },
      ],
      1,
    );
    expect(weak.map((w) => w.topic)).toEqual(['sts']);
    expect(
      weakestTopics([
        { item: trust, correct: false },
        { item: sts, correct: false },
      ]).map((w) => w.topic),
    ).toEqual(['sts', 'trust-policy']);
  });

  it('never counts the interview tag, and has nothing to say after a perfect score', () => {
    expect(weakestTopics([{ item: sts, correct: false }]).map((w) => w.topic)).toEqual(['sts']);
    expect(
      weakestTopics([
        { item: sts, correct: true },
        { item: both, correct: true },
      ]),
    ).toEqual([]);
  });
});
