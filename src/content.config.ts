import { defineCollection } from 'astro:content';
import { docsSchema } from '@astrojs/starlight/schema';
import { glob } from 'astro/loaders';
import { exercisesLoader, labsLoader } from './course/exercise-loader.ts';
import { lessonFields, requireLessonFields } from './course/lesson-schema.ts';

/** Lessons live in content/lessons/<module>/<lesson>.mdx and render through Starlight. */
const docs = defineCollection({
  loader: glob({ base: './content/lessons', pattern: '**/[^_]*.{md,mdx}' }),
  schema: (context) =>
    docsSchema({ extend: lessonFields })(context)
      .superRefine(requireLessonFields)
      .transform((data) => ({
        ...data,
        // Our `order` drives the sidebar, so authors write it once.
        sidebar: { ...data.sidebar, order: data.sidebar.order ?? data.order },
      })),
});

/** Graded exercises (exercises/<slug>/) and instructor labs (content/labs/*.yaml), validated by the grading loaders. */
const exercises = defineCollection({ loader: exercisesLoader() });
const labs = defineCollection({ loader: labsLoader() });

export const collections = { docs, exercises, labs };
