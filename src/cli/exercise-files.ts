import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ExerciseFiles } from '../grading/exercise/load.ts';

/** The repository's `exercises/` folder. */
export const EXERCISES_DIR = join(import.meta.dirname, '..', '..', 'exercises');

const read = (path: string): string | undefined =>
  existsSync(path) ? readFileSync(path, 'utf8') : undefined;

/** Every `exercises/<slug>/` folder holding an exercise.yaml, sorted by slug. */
export function exerciseSlugs(root = EXERCISES_DIR): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'exercise.yaml')))
    .map((d) => d.name)
    .sort();
}

/** The text of one exercise folder, for `parseExercise`; `dir` is relative to the repository (`exercises/<slug>`). */
export function readExerciseFiles(slug: string, root = EXERCISES_DIR): ExerciseFiles {
  const dir = join(root, slug);
  const yaml = read(join(dir, 'exercise.yaml'));
  if (yaml === undefined) throw new Error(`${relative(process.cwd(), dir)}/exercise.yaml does not exist`);
  const solution = read(join(dir, 'solution.sh'));
  const altSolution = read(join(dir, 'alt-solution.sh'));
  return {
    dir: `exercises/${slug}`,
    yaml,
    ...(solution === undefined ? {} : { solution }),
    ...(altSolution === undefined ? {} : { altSolution }),
  };
}
