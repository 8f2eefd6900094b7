import type { z } from 'zod';
import { lookUpResource, OBJECT_NEEDS_BUCKET, objectHasBucket, resourceShape } from './resources.ts';
import { type CheckContext, checkSchema, type Verdict, verdict } from './types.ts';

/**
 * `resource-not-deleted`, a guard: a resource the scenario starts with must survive the learner's fix (a role
 * allowed to delete objects must not have been used to delete the one the task protects).
 */
export const resourceNotDeletedSchema = checkSchema('resource-not-deleted', resourceShape).refine(
  objectHasBucket,
  OBJECT_NEEDS_BUCKET,
);

/** Passes while the resource still exists. */
export function resourceNotDeleted(
  params: z.output<typeof resourceNotDeletedSchema>,
  ctx: CheckContext,
): Verdict {
  const { exists, label } = lookUpResource(ctx.world.state, ctx.account, params);
  return exists
    ? verdict(true, `${label} is still there`)
    : verdict(false, `${label} was deleted; the task needs it kept`);
}
