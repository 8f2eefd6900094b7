import { z } from 'zod';
import { models } from '../../sim/api/model.ts';
import { scenarioSchema } from '../../sim/scenarios/schema.ts';
import { checkSpecSchema, MUST_DENY_KINDS } from '../checks/index.ts';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const services = Object.keys(models) as [string, ...string[]];
const shape = scenarioSchema.shape;

/** A world API call made while setting the exercise up, as the account's root (the scenario's administrator). */
const setupCall = z.strictObject({
  service: z.enum(services).describe('Service, as world.call names it: iam, sts, s3, ec2, lambda, …'),
  operation: z
    .string()
    .regex(/^[A-Z][A-Za-z0-9]+$/, 'the API name, e.g. CreateInstanceProfile')
    .describe('API operation name'),
  params: z
    .record(z.string(), z.unknown())
    .default({})
    .describe('API parameters with their API member names (RoleName, …)'),
  account: z
    .string()
    .regex(/^\d{12}$/)
    .optional()
    .describe('Account whose root makes the call; the learner account by default'),
  as: z
    .string()
    .regex(/^(?:user\/)?[\w+=,.@-]+$|^arn:aws:iam::\d{12}:user\/.+$/, 'a user name, user/NAME or a user ARN')
    .optional()
    .describe(
      "A user of the step's account who makes the call instead of the root (roles cannot be assumed as root)",
    ),
});

/** A pause in the setup: the clock moves on (so roles used before it look unused for that long). */
const setupWait = z.strictObject({
  wait: z
    .string()
    .regex(/^\d+[smhd]$/, 'a duration such as 90s, 15m, 2h or 120d')
    .describe('How long the clock advances'),
});

/** Where the learner starts. */
const scenario = z.strictObject({
  base: z
    .string()
    .min(1)
    .default('default')
    .describe('`default` (the default sandbox) or the name of a scenario file'),
  add: z
    .strictObject({
      policies: shape.policies.optional(),
      users: shape.users.optional(),
      roles: shape.roles.optional(),
      buckets: shape.buckets.optional(),
      instances: shape.instances.optional(),
      tables: shape.tables.optional(),
    })
    .default({})
    .describe('Resources appended to the base scenario, in the scenario format (validated by its schema)'),
  setup: z
    .array(z.union([setupCall, setupWait]))
    .default([])
    .describe(
      'API calls (and waits) run in order after loading, for what the scenario format has no field for (instance profiles, …)',
    ),
  files: z
    .record(
      z.string().regex(/^[^/]/, 'a path relative to the learner home, e.g. policies/trust.json'),
      z.string(),
    )
    .default({})
    .describe('Files placed in the learner home directory: relative path → content'),
  credentials: z
    .string()
    .min(1)
    .default('student')
    .describe('IAM user (with an access key) the learner starts as'),
});

/** `exercises/<slug>/exercise.yaml`. */
export const exerciseSchema = z
  .strictObject({
    id: z
      .string()
      .regex(kebab, 'must be kebab-case')
      .describe('The folder slug: exercises/<id>/exercise.yaml'),
    title: z.string().trim().min(1).describe('Shown as the exercise heading'),
    level: z.enum(['basic', 'intermediate', 'advanced']).describe('Difficulty'),
    lesson: z
      .string()
      .regex(
        /^[a-z0-9-]+\/[a-z0-9-]+$/,
        'must look like module/lesson, e.g. service-roles/ec2-instance-profiles',
      )
      .describe('The lesson the exercise practises'),
    points: z.number().int().positive().describe('What the exercise is worth: the sum of its checks’ points'),
    scenario: scenario.default({ base: 'default', add: {}, setup: [], files: {}, credentials: 'student' }),
    task: z.string().trim().min(1).describe('What to do, in Markdown'),
    checks: z.array(checkSpecSchema).min(2).describe('The graded checks, in display order'),
    hints: z.array(z.string().trim().min(1)).min(1).describe('Progressive hints, gentlest first'),
  })
  .superRefine((e, ctx) => {
    const seen = new Set<string>();
    e.checks.forEach((c, i) => {
      if (seen.has(c.id))
        ctx.addIssue({ code: 'custom', path: ['checks', i, 'id'], message: `duplicate check id ${c.id}` });
      seen.add(c.id);
    });
    if (!e.checks.some((c) => MUST_DENY_KINDS.includes(c.kind)))
      ctx.addIssue({
        code: 'custom',
        path: ['checks'],
        message: `needs a must-deny check (${MUST_DENY_KINDS.join(' or ')}) so an over-broad fix such as Principal "*" or Action "*" fails`,
      });
    const sum = e.checks.reduce((n, c) => n + c.points, 0);
    if (sum !== e.points)
      ctx.addIssue({
        code: 'custom',
        path: ['points'],
        message: `is ${e.points} but the checks' points add up to ${sum}`,
      });
  });

/** An exercise as written. */
export type ExerciseInput = z.input<typeof exerciseSchema>;
/** A validated exercise definition (without its solution scripts). */
export type ExerciseSpec = z.output<typeof exerciseSchema>;

/** A validated exercise with its solution scripts (`solution.sh`, optional `alt-solution.sh`). */
export interface Exercise extends ExerciseSpec {
  readonly solution: string;
  readonly altSolution?: string;
}
