import type { CollectionEntry } from 'astro:content';
import modules from '../../content/modules.json' with { type: 'json' };

/** A lesson with the fields the schema guarantees for `kind: lesson` entries. */
export interface Lesson {
  id: string;
  title: string;
  description?: string;
  module: string;
  order: number;
  level: 'basic' | 'intermediate' | 'advanced';
  minutes: number;
  objectives: string[];
  prerequisites: string[];
}

/** A course module with its lessons in reading order. */
export interface ModuleWithLessons {
  id: string;
  title: string;
  summary: string;
  level: string;
  lessons: Lesson[];
}

/** Narrows a docs entry to a lesson (the schema has already required these fields of lessons). */
export function toLesson(entry: CollectionEntry<'docs'>): Lesson | null {
  const d = entry.data;
  if (d.kind !== 'lesson' || d.draft) return null;
  if (!d.module || !d.order || !d.level || !d.minutes || !d.objectives) {
    throw new Error(`lesson ${entry.id} passed validation without its lesson fields`);
  }
  return {
    id: entry.id,
    title: d.title,
    description: d.description,
    module: d.module,
    order: d.order,
    level: d.level,
    minutes: d.minutes,
    objectives: d.objectives,
    prerequisites: d.prerequisites,
  };
}

/** Groups lessons by module, in course order (modules.json order, then each lesson's `order`). */
export function groupLessons(entries: CollectionEntry<'docs'>[]): ModuleWithLessons[] {
  const lessons = entries.map(toLesson).filter((l): l is Lesson => l !== null);
  return modules.map((m) => ({
    ...m,
    lessons: lessons.filter((l) => l.module === m.id).sort((a, b) => a.order - b.order),
  }));
}

/** URL of a lesson page. */
export function lessonHref(lesson: { id: string }): string {
  return `/${lesson.id}/`;
}
