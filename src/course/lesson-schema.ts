import { z } from 'astro/zod';
import modules from '../../content/modules.json' with { type: 'json' };

/** Course module ids, from content/modules.json. */
export const moduleIds = modules.map((m) => m.id) as [string, ...string[]];

/** Difficulty levels shared by lessons, exercises and quizzes. */
export const levels = ['basic', 'intermediate', 'advanced'] as const;

/**
 * Frontmatter fields every lesson adds to Starlight's own. They are optional in the object because Starlight
 * validates non-lesson pages (`<StarlightPage frontmatter={{ kind: 'page' }}>`) with the same schema;
 * `requireLessonFields` makes them required for lessons.
 */
export const lessonFields = z.object({
  /** `lesson` (default) for content/lessons entries; `page` for site pages rendered with StarlightPage. */
  kind: z.enum(['lesson', 'page']).default('lesson'),
  /** Course module the lesson belongs to: one of content/modules.json's ids. */
  module: z.enum(moduleIds).optional(),
  /** Position within the module, from 1. */
  order: z.number().int().positive().optional(),
  /** How hard the lesson is. */
  level: z.enum(levels).optional(),
  /** What the learner can do after the lesson; at least one. */
  objectives: z.array(z.string().min(1)).min(1).optional(),
  /** Estimated reading and practice time in minutes. */
  minutes: z.number().int().positive().optional(),
  /** Lesson ids (e.g. "foundations/what-is-a-role") to read first. */
  prerequisites: z.array(z.string()).default([]),
});

const required = ['module', 'order', 'level', 'objectives', 'minutes'] as const;

/** Adds an issue naming each lesson field that a lesson leaves out. */
export function requireLessonFields(
  data: Partial<Record<(typeof required)[number], unknown>> & { kind: string },
  ctx: z.RefinementCtx,
): void {
  if (data.kind !== 'lesson') return;
  for (const field of required) {
    if (data[field] === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: `Required: every lesson needs \`${field}\` in its frontmatter`,
      });
    }
  }
}
