import type { Answer } from '../../grading/quiz/score.ts';
import type { QuizItem } from './types.ts';

/** Answers the browser grades on its own; fix-the-policy answers need the policy engine (fix-engine.ts). */
export type PlainAnswer = Exclude<Answer, { type: 'fix-policy' }>;

/**
 * Whether `answer` is right, by the same rules as `scoreAnswer` in src/grading/quiz/score.ts (a test runs both
 * over the whole bank), but from a prepared item, so the engine and the YAML parser stay out of the page.
 */
export function isCorrect(item: QuizItem, answer: PlainAnswer): boolean {
  if (item.type !== answer.type)
    throw new Error(`a ${answer.type} answer cannot grade ${item.type} item ${item.id}`);
  switch (answer.type) {
    case 'single':
      return item.type === 'single' && item.choices.some((c) => c.correct && c.id === answer.choice);
    case 'multiple': {
      if (item.type !== 'multiple') return false;
      const picked = new Set(answer.choices);
      return item.choices.every((c) => picked.has(c.id) === c.correct);
    }
    case 'true-false':
      return item.type === 'true-false' && item.answer === answer.answer;
    case 'order':
      return item.type === 'order' && item.steps.every((s, i) => answer.steps[i] === s.id);
    case 'predict':
      return item.type === 'predict' && item.decision === answer.decision;
    case 'interview':
      return item.type === 'interview' && item.keyPointsHtml.every((_, i) => answer.covered.includes(i));
  }
}
