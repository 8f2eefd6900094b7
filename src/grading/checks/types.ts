import { z } from 'zod';
import type { Caller } from '../../sim/world/credentials.ts';
import type { World } from '../../sim/world/index.ts';

/** What a check's own logic answers: pass or fail, and why in the learner's terms. */
export interface Verdict {
  readonly passed: boolean;
  /** Why it passed or failed, from the engine's explanation where there is one. */
  readonly feedback: string;
}

/** What every check sees when it runs. */
export interface CheckContext {
  readonly world: World;
  /** The learner's account: bare role, user and profile names resolve here. */
  readonly account: string;
  /** The learner shell's current credentials (for `current-credentials-are-role`), or null when unknown. */
  readonly currentCaller: Caller | null;
}

/** One graded check's outcome. */
export interface CheckResult {
  readonly id: string;
  readonly kind: string;
  /** What the learner sees as the check's name. */
  readonly title: string;
  readonly passed: boolean;
  /** Points earned: the check's points when it passed, else 0. */
  readonly points: number;
  readonly maxPoints: number;
  readonly feedback: string;
}

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Fields every check has, whatever its kind. */
export const commonCheckFields = {
  id: z
    .string()
    .regex(kebab, 'must be kebab-case, e.g. ec2-can-assume')
    .describe('Unique id within the exercise'),
  title: z
    .string()
    .min(1)
    .optional()
    .describe('What the learner sees; a sentence built from the parameters when absent'),
  points: z.number().int().min(0).default(1).describe('Points the check is worth'),
};

/** A check kind's schema: `kind` plus the common fields plus its own parameters. */
export function checkSchema<K extends string, S extends z.ZodRawShape>(kind: K, shape: S) {
  return z.strictObject({ kind: z.literal(kind).describe('The check kind'), ...commonCheckFields, ...shape });
}

/** Why a check about the learner's current credentials cannot tell (no credentials, or a role profile not yet used). */
export const NO_CURRENT_CREDENTIALS =
  'the grader could not see which credentials your shell uses (with a role profile, run an aws command such as `aws sts get-caller-identity` first)';

/** Shorthand for a verdict. */
export function verdict(passed: boolean, feedback: string): Verdict {
  return { passed, feedback };
}
