import { z } from 'zod';
import { policyCaseSchema } from '../../sim/policy/case.ts';
import { quizLevels, quizTopics } from './topics.ts';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const text = z.string().trim().min(1, 'must not be empty');
const decision = z.enum(['Allow', 'ExplicitDeny', 'ImplicitDeny']);
/** A policy document exactly as a learner would paste it (validated by the policy parser, not here). */
const policyDocument = z.record(z.string(), z.unknown());

/** Fields every question has, whatever its type. */
const common = {
  id: z.string().regex(kebab, 'must be kebab-case').describe('Unique kebab-case id across the whole bank'),
  level: z.enum(quizLevels).describe('Difficulty: basic, intermediate or advanced'),
  topics: z
    .array(z.enum(quizTopics))
    .min(1, 'needs at least one topic')
    .refine((t) => new Set(t).size === t.length, 'lists a topic twice')
    .describe('Tags from the fixed topic list (topics.ts)'),
  lesson: z
    .string()
    .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'must look like module/lesson, e.g. foundations/what-is-a-role')
    .describe('The lesson the question practises, e.g. foundations/what-is-a-role'),
  prompt: text.describe('The question, in Markdown'),
  explanation: text.describe('Why the right answer is right, in Markdown; shown after answering'),
};

/** One option of a single- or multiple-choice question. */
const choice = z.strictObject({
  id: z.string().regex(kebab, 'must be kebab-case').describe('Stable id, unique within the question'),
  text: text.describe('What the learner sees, in Markdown'),
  correct: z.boolean().describe('Whether choosing this option is right'),
  why: text.describe('Why this option is right or wrong; shown as feedback when it is picked'),
});

const choices = z
  .array(choice)
  .min(3, 'needs at least three choices')
  .describe('The options; their order carries no meaning, and the UI may shuffle them');

const single = z.strictObject({
  ...common,
  type: z.literal('single').describe('One right choice'),
  choices: choices,
});

const multiple = z.strictObject({
  ...common,
  type: z.literal('multiple').describe('Two or more right choices'),
  choices: choices,
});

const trueFalse = z.strictObject({
  ...common,
  type: z.literal('true-false').describe('A statement that is true or false'),
  answer: z.boolean().describe('Whether the statement in the prompt is true'),
  why: text.describe('The misconception behind the opposite answer; shown when the learner picks it'),
});

const order = z.strictObject({
  ...common,
  type: z.literal('order').describe('Steps to put in order'),
  steps: z
    .array(
      z.strictObject({
        id: z.string().regex(kebab, 'must be kebab-case').describe('Stable id, unique within the question'),
        text: text.describe('One step, in Markdown'),
      }),
    )
    .min(3, 'needs at least three steps')
    .describe('The steps in the right order; the UI shuffles them'),
});

const predict = z.strictObject({
  ...common,
  type: z.literal('predict').describe("Predict the policy engine's decision"),
  request: policyCaseSchema.shape.request.describe('The request, in the policy-case format'),
  policies: policyCaseSchema.shape.policies.describe('The policy set, in the policy-case format'),
  why: z
    .strictObject({
      Allow: text.describe('Feedback for a learner who predicts Allow'),
      ExplicitDeny: text.describe('Feedback for a learner who predicts ExplicitDeny'),
      ImplicitDeny: text.describe('Feedback for a learner who predicts ImplicitDeny'),
    })
    .describe('One note per decision; the key itself is computed by the policy engine, never stored'),
});

/** One request a fixed policy must answer as expected. */
const check = z.strictObject({
  label: text.optional().describe('What the check shows, e.g. "CI can still read artifacts"'),
  request: policyCaseSchema.shape.request.describe('The request, in the policy-case format'),
  expect: decision.describe('The decision the fixed policy must produce'),
});

const fixPolicy = z.strictObject({
  ...common,
  type: z.literal('fix-policy').describe('Edit a policy until every check passes'),
  kind: z
    .enum(['identity', 'trust', 'resource', 'boundary', 'session', 'scp'])
    .describe('What the edited policy is; it also picks its slot in the policy set (SLOT_OF in cases.ts)'),
  start: policyDocument.describe('The policy the learner starts from; it must fail at least one check'),
  template: policyCaseSchema.shape.policies
    .optional()
    .describe('The other policies in the set, in the policy-case format; the edited policy joins them'),
  checks: z
    .array(check)
    .min(1, 'needs at least one check')
    .describe('Requests the fixed policy must get right'),
  sample: policyDocument.describe('A correct answer; it must pass every check'),
});

const interview = z.strictObject({
  ...common,
  type: z.literal('interview').describe('An open question, self-assessed against key points'),
  modelAnswer: text.describe('A strong answer, in Markdown'),
  keyPoints: z
    .array(text)
    .min(3, 'needs at least three key points')
    .describe('Checklist the learner ticks to assess their own answer'),
});

/** Ids within a list must be unique. */
function uniqueIds(items: readonly { id: string }[]): string | null {
  const seen = new Set<string>();
  for (const { id } of items) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return null;
}

/** One quiz question: a discriminated union on `type`. */
export const questionSchema = z
  .discriminatedUnion('type', [single, multiple, trueFalse, order, predict, fixPolicy, interview])
  .superRefine((q, ctx) => {
    const list = q.type === 'single' || q.type === 'multiple' ? q.choices : q.type === 'order' ? q.steps : [];
    const field = q.type === 'order' ? 'steps' : 'choices';
    const dup = uniqueIds(list);
    if (dup) ctx.addIssue({ code: 'custom', path: [field], message: `id "${dup}" is used twice` });
    if (q.type !== 'single' && q.type !== 'multiple') return;
    const right = q.choices.filter((c) => c.correct).length;
    if (q.type === 'single' && right !== 1)
      ctx.addIssue({
        code: 'custom',
        path: ['choices'],
        message: `needs exactly one correct choice, has ${right}`,
      });
    if (q.type === 'multiple' && right < 2)
      ctx.addIssue({
        code: 'custom',
        path: ['choices'],
        message: `needs at least two correct choices, has ${right}`,
      });
    if (q.type === 'multiple' && right === q.choices.length)
      ctx.addIssue({ code: 'custom', path: ['choices'], message: 'needs at least one wrong choice' });
  });

/** A validated question. */
export type Question = z.infer<typeof questionSchema>;
/** The question types. */
export type QuestionType = Question['type'];
/** A question of one type. */
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;
/** A fix-policy check. */
export type FixCheck = z.infer<typeof check>;
