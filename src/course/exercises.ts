import { type CollectionEntry, getCollection } from 'astro:content';
import type { Lab } from '../grading/lab/schema.ts';
import type { ExerciseEntryData } from './exercise-loader.ts';

/** The three levels, in course order, with their headings. */
export const LEVELS = [
  { id: 'basic', title: 'Basic' },
  { id: 'intermediate', title: 'Intermediate' },
  { id: 'advanced', title: 'Advanced' },
] as const;

/** An exercise entry with its data typed (the loader validated it with the grading schema). */
export type ExerciseEntry = CollectionEntry<'exercises'> & { data: ExerciseEntryData };

/** Every exercise, by level then title. */
export async function courseExercises(): Promise<ExerciseEntry[]> {
  const entries = (await getCollection('exercises')) as ExerciseEntry[];
  const rank = (e: ExerciseEntry) => LEVELS.findIndex((l) => l.id === e.data.exercise.level);
  return entries.sort(
    (a, b) => rank(a) - rank(b) || a.data.exercise.title.localeCompare(b.data.exercise.title),
  );
}

/** Every instructor lab, by title. */
export async function courseLabs(): Promise<Lab[]> {
  const entries = await getCollection('labs');
  return entries.map((e) => e.data as Lab).sort((a, b) => a.title.localeCompare(b.title));
}

/** URL of an exercise page, standalone or inside a lab. */
export function exerciseHref(exerciseId: string, labId?: string): string {
  return labId ? `/labs/${labId}/${exerciseId}/` : `/exercises/${exerciseId}/`;
}
