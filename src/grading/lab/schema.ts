import { z } from 'zod';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What an instructor can change about how the lab's exercises run. */
const options = z.strictObject({
  hideSolutions: z
    .boolean()
    .default(false)
    .describe('True: the exercise pages of this lab never show (or ship) the solution'),
  seed: z
    .union([z.number().int().nonnegative(), z.string().min(1)], {
      error: 'must be a whole number or a word (the same for every learner)',
    })
    .describe(
      'Seeds every exercise world of the lab, so every learner gets the same ids and the grader can replay',
    ),
});

/** `content/labs/<id>.yaml`: a set of exercises an instructor runs for a class. */
export const labSchema = z
  .strictObject({
    id: z
      .string()
      .regex(kebab, 'must be kebab-case')
      .describe('The file name without .yaml; the URL /labs/<id>/'),
    title: z.string().trim().min(1).describe('Shown as the lab heading'),
    description: z.string().trim().min(1).describe('What the class practises, in one or two sentences'),
    exercises: z
      .array(z.string().regex(kebab, 'must be an exercise id (kebab-case)'))
      .min(1, 'needs at least one exercise')
      .describe('Exercise ids (folders under exercises/), in the order learners do them'),
    options: options.describe('How the lab runs: hideSolutions, seed'),
  })
  .superRefine((lab, ctx) => {
    lab.exercises.forEach((id, i) => {
      if (lab.exercises.indexOf(id) !== i)
        ctx.addIssue({ code: 'custom', path: ['exercises', i], message: `lists ${id} twice` });
    });
  });

/** A lab as written. */
export type LabInput = z.input<typeof labSchema>;
/** A validated lab. */
export type Lab = z.output<typeof labSchema>;
