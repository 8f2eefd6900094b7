import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exerciseSlugs, readExerciseFiles } from '../src/cli/exercise-files.ts';
import { scenarioLibrary } from '../src/cli/lab-files.ts';
import { parseExercise } from '../src/grading/exercise/load.ts';
import { checkBalance, proveExercise } from '../src/grading/exercise/prove.ts';

const slugs = exerciseSlugs();

// Every exercise is proven (rustlings' dev/check.rs): it starts unsolved, and each solution typed line by line
// into the lab shell passes every check without a failing command.
describe.each(slugs)('exercise %s', (slug) => {
  const exercise = parseExercise(readExerciseFiles(slug));

  it('starts unsolved, and every solution passes every check', async () => {
    const proof = await proveExercise(exercise, scenarioLibrary([exercise]));
    expect(proof.start.passed, 'the starting world already passes every check').toBe(false);
    for (const run of proof.solutions) {
      expect(run.failedLines, `${run.script}: commands that failed`).toEqual([]);
      const failing = run.grade.results.filter((r) => !r.passed).map((r) => `${r.id}: ${r.feedback}`);
      expect(failing, `${run.script}: checks that fail`).toEqual([]);
    }
  });

  it('has must-allow and must-deny checks, three progressive hints and a lesson that exists', () => {
    const { allow, deny } = checkBalance(exercise);
    expect(allow).toBeGreaterThan(0);
    expect(deny).toBeGreaterThan(0);
    expect(exercise.hints.length).toBeGreaterThanOrEqual(3);
    const lesson = join(import.meta.dirname, '..', 'content', 'lessons', `${exercise.lesson}.mdx`);
    expect(existsSync(lesson), `${exercise.lesson} is not a lesson`).toBe(true);
  });
});

describe('the exercise set', () => {
  it('has at least six exercises per level, and at least two with an alternative solution', () => {
    const exercises = slugs.map((slug) => parseExercise(readExerciseFiles(slug)));
    for (const level of ['basic', 'intermediate', 'advanced'])
      expect(exercises.filter((e) => e.level === level).length, level).toBeGreaterThanOrEqual(6);
    expect(exercises.filter((e) => e.altSolution !== undefined).length).toBeGreaterThanOrEqual(2);
  });
});
