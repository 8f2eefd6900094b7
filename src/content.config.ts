import { defineCollection } from 'astro:content';
import { docsSchema } from '@astrojs/starlight/schema';
import { glob } from 'astro/loaders';
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

export const collections = { docs };
