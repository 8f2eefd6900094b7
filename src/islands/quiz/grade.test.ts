import { describe, expect, it } from 'vitest';
import { quizBank } from '../../course/quiz-bank.ts';
import { toQuizItem } from '../../course/quiz-items.ts';
import { scoreAnswer } from '../../grading/quiz/score.ts';
import { fakeItem } from './fixtures.ts';
import { isCorrect, type PlainAnswer } from './grade.ts';
import type { QuizItem } from './types.ts';

function subsets<T>(items: readonly T[]): T[][] {
  const out: T[][] = [[]];
  for (const item of items) for (const s of out.slice()) out.push([...s, item]);
  return out;
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

/** Every answer a learner could give (orders of more than six steps: a sample). */
function possibleAnswers(item: QuizItem): PlainAnswer[] {
  switch (item.type) {
    case 'single':
      return item.choices.map((c) => ({ type: 'single', choice: c.id }));
    case 'multiple':
      return subsets(item.choices.map((c) => c.id)).map((choices) => ({ type: 'multiple', choices }));
    case 'true-false':
      return [true, false].map((answer) => ({ type: 'true-false', answer }));
    case 'order': {
      const ids = item.steps.map((s) => s.id);
      const orders =
        ids.length <= 6 ? permutations(ids) : [ids, [...ids].reverse(), [...ids.slice(1), ids[0] ?? '']];
      return orders.map((steps) => ({ type: 'order', steps }));
    }
    case 'predict':
      return (['Allow', 'ExplicitDeny', 'ImplicitDeny'] as const).map((decision) => ({
        type: 'predict',
        decision,
      }));
    case 'interview':
      return subsets(item.keyPointsHtml.map((_, i) => i)).map((covered) => ({ type: 'interview', covered }));
    case 'fix-policy':
      return [];
  }
}

describe('isCorrect', () => {
  it('agrees with scoreAnswer on every possible answer to every question in the bank', () => {
    let compared = 0;
    for (const question of quizBank().questions) {
      const item = toQuizItem(question);
      for (const answer of possibleAnswers(item)) {
        expect(isCorrect(item, answer), `${question.id}: ${JSON.stringify(answer)}`).toBe(
          scoreAnswer(question, answer).correct,
        );
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('refuses an answer of another type', () => {
    expect(() => isCorrect(fakeItem('q'), { type: 'true-false', answer: true })).toThrow(
      'a true-false answer cannot grade single item q',
    );
  });
});
