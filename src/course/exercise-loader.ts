// Content-layer loaders for the graded exercises (exercises/<slug>/) and instructor labs (content/labs/*.yaml):
// read at build time with the grading loaders, so an author's mistake fails the build naming the file and field.
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readCourseExercises, readLabs, scenarioLibrary } from '../cli/lab-files.ts';
import { ExerciseError } from '../grading/exercise/errors.ts';
import type { Exercise } from '../grading/exercise/schema.ts';
import { type ScenarioLibrary, startExercise } from '../grading/exercise/start.ts';
import { LabError } from '../grading/lab/load.ts';

/** An exercise as the pages get it: the validated exercise and the named scenario its world starts from. */
export interface ExerciseEntryData {
  readonly exercise: Exercise;
  /** `{ [base]: scenario }` when the exercise starts from a named scenario, else empty. */
  readonly library: ScenarioLibrary;
  /** Each hint rendered to HTML (Markdown), in order. */
  readonly hintsHtml: readonly string[];
}

const dirs = (context: LoaderContext) => ({
  exercises: fileURLToPath(new URL('exercises/', context.config.root)),
  labs: fileURLToPath(new URL('content/labs/', context.config.root)),
});

/** Runs `read`, turning an author's mistake into an AstroError: every problem, and the hints. */
function authored<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ExerciseError || error instanceof LabError)
      throw new AstroError(
        error.problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n'),
        [...new Set(error.problems.map((p) => p.hint))].join('\n'),
      );
    throw error;
  }
}

/** Reloads when a file under `dir` changes (dev server). */
function watch(context: LoaderContext, dir: string, load: () => Promise<void>): void {
  context.watcher?.add(dir);
  context.watcher?.on('all', (_event, path) => {
    if (path.startsWith(dir)) load().catch((error) => context.logger.error(String(error)));
  });
}

/** `exercises/<slug>/exercise.yaml` + `solution.sh`, validated and proven to start (setup calls succeed). */
export function exercisesLoader(): Loader {
  return {
    name: 'iam-roles-lab:exercises',
    async load(context) {
      const { exercises: dir } = dirs(context);
      const load = async () => {
        const exercises = authored(() => readCourseExercises(dir));
        context.store.clear();
        for (const exercise of exercises) {
          const library = scenarioLibrary([exercise]);
          authored(() => startExercise(exercise, library));
          const hints = await Promise.all(exercise.hints.map((h) => context.renderMarkdown(h)));
          const data = { exercise, library, hintsHtml: hints.map((h) => h.html) };
          context.store.set({
            id: exercise.id,
            data,
            rendered: await context.renderMarkdown(exercise.task),
            digest: context.generateDigest(JSON.stringify(data)),
          });
        }
      };
      await load();
      watch(context, dir, load);
    },
  };
}

/** `content/labs/<id>.yaml`: each lab's exercises must exist. */
export function labsLoader(): Loader {
  return {
    name: 'iam-roles-lab:labs',
    async load(context) {
      const { exercises: exerciseDir, labs: dir } = dirs(context);
      const load = async () => {
        const ids = authored(() => readCourseExercises(exerciseDir)).map((e) => e.id);
        const labs = authored(() => readLabs(ids, dir));
        context.store.clear();
        for (const lab of labs)
          context.store.set({ id: lab.id, data: lab, digest: context.generateDigest(lab) });
      };
      await load();
      watch(context, dir, load);
    },
  };
}
