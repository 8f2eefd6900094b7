import type { QuizLevel, QuizTopic } from '../../grading/quiz/topics.ts';
import type { QuizItem } from './types.ts';

/** A minimal single-choice item for tests; `over` replaces any field. */
export function fakeItem(
  id: string,
  over: { level?: QuizLevel; topics?: QuizTopic[]; lesson?: string; type?: QuizItem['type'] } = {},
): QuizItem {
  return {
    id,
    level: over.level ?? 'basic',
    topics: over.topics ?? ['roles-basics'],
    lesson: over.lesson ?? 'foundations/what-is-a-role',
    promptHtml: `<p>${id}?</p>`,
    explanationHtml: '<p>Because.</p>',
    type: 'single',
    choices: [],
    ...(over.type ? { type: over.type } : {}),
  } as QuizItem;
}
