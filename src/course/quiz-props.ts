import type { CollectionEntry } from 'astro:content';
import type { LessonLinks, QuizItem } from '../islands/quiz/types.ts';
import { groupLessons, lessonHref } from './lessons.ts';
import { quizBank } from './quiz-bank.ts';
import { toQuizItem } from './quiz-items.ts';

/** Build-time props for the quiz pages. */

let items: QuizItem[] | undefined;

/** Every bank question, prepared for the island (Markdown rendered, predict keys computed). */
export function quizItems(): readonly QuizItem[] {
  items ??= quizBank().questions.map(toQuizItem);
  return items;
}

/** The course's lessons by id, for links from questions and summaries. */
export function lessonLinks(entries: CollectionEntry<'docs'>[]): LessonLinks {
  return Object.fromEntries(
    groupLessons(entries).flatMap((m) =>
      m.lessons.map((l) => [l.id, { title: l.title, href: lessonHref(l), level: l.level }]),
    ),
  );
}
