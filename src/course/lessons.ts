import type { CollectionEntry } from 'astro:content';
import modules from '../../content/modules.json' with { type: 'json' };

/** A course module with its lessons in reading order. */
export interface ModuleWithLessons {
  id: string;
  title: string;
  summary: string;
  level: string;
  lessons: CollectionEntry<'docs'>[];
}

/** Groups lessons by module, in course order (modules.json order, then each lesson's `order`). */
export function groupLessons(entries: CollectionEntry<'docs'>[]): ModuleWithLessons[] {
  return modules.map((m) => ({
    ...m,
    lessons: entries
      .filter((e) => e.data.module === m.id && !e.data.draft)
      .sort((a, b) => a.data.order - b.data.order),
  }));
}

/** URL of a lesson page. */
export function lessonHref(entry: CollectionEntry<'docs'>): string {
  return `/${entry.id}/`;
}
