import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseExercise } from '../grading/exercise/load.ts';
import type { Exercise, ExerciseSpec } from '../grading/exercise/schema.ts';
import type { ScenarioLibrary } from '../grading/exercise/start.ts';
import { parseLab } from '../grading/lab/load.ts';
import type { Lab } from '../grading/lab/schema.ts';
import { EXERCISES_DIR, exerciseSlugs, readExerciseFiles } from './exercise-files.ts';
import { findWorld } from './worlds.ts';

/** The repository's `content/labs/` folder. */
export const LABS_DIR = join(import.meta.dirname, '..', '..', 'content', 'labs');

/** Every exercise of the course (`exercises/<id>/`), sorted by id; throws the first folder's ExerciseError. */
export function readCourseExercises(root = EXERCISES_DIR): Exercise[] {
  if (!existsSync(root)) return [];
  return exerciseSlugs(root).map((slug) => parseExercise(readExerciseFiles(slug, root)));
}

/** Every `content/labs/*.yaml`, sorted by id; each listed exercise must be in `exerciseIds` (else LabError). */
export function readLabs(exerciseIds: readonly string[], root = LABS_DIR): Lab[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) =>
      parseLab({ file: `content/labs/${name}`, yaml: readFileSync(join(root, name), 'utf8') }, exerciseIds),
    );
}

/**
 * The named scenarios (`content/scenarios/<name>.yaml`) the exercises start from; a name with no file is left out,
 * so `startExercise` reports it as the author's mistake with the exercise's file and field.
 */
export function scenarioLibrary(exercises: readonly ExerciseSpec[]): ScenarioLibrary {
  const library: Record<string, ScenarioLibrary[string]> = {};
  for (const { scenario } of exercises) {
    if (scenario.base === 'default' || scenario.base in library) continue;
    const found = findWorld(scenario.base, (path) => readFileSync(path, 'utf8'));
    if (found.ok) library[scenario.base] = found.scenario;
  }
  return library;
}
