import { AstroError } from 'astro/errors';
import { type BankFile, parseBank, type QuizBank, QuizBankError } from '../grading/quiz/index.ts';

/**
 * The quiz bank at build time: every `content/quizzes/*.yaml`, read through Vite (so edits reload in dev),
 * validated once per build. Author mistakes fail the build with every problem listed.
 */

const raw = import.meta.glob<string>('../../content/quizzes/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The bank files, named relative to the project root for messages. */
export function bankFiles(): BankFile[] {
  return Object.entries(raw)
    .map(([path, text]) => ({ path: path.replace(/^(\.\.\/)+/, ''), text }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

let cached: QuizBank | undefined;

/** The validated bank; throws an AstroError naming each file, question and field at fault. */
export function quizBank(): QuizBank {
  if (cached) return cached;
  try {
    cached = parseBank(bankFiles());
  } catch (error) {
    if (!(error instanceof QuizBankError)) throw error;
    throw new AstroError(
      error.message,
      'Fix the fields named above in content/quizzes/; the schema and its field notes are in src/grading/quiz/schema.ts.',
    );
  }
  return cached;
}

/** How many questions practise each lesson, by lesson id. */
export function questionCounts(): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const q of quizBank().questions) counts.set(q.lesson, (counts.get(q.lesson) ?? 0) + 1);
  return counts;
}
