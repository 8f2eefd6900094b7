import type { z } from 'zod';
import { lookUpResource, OBJECT_NEEDS_BUCKET, objectHasBucket, resourceShape } from './resources.ts';
import { type CheckContext, checkSchema, type Verdict, verdict } from './types.ts';

/** `resource-exists`: the learner created the resource. */
export const resourceExistsSchema = checkSchema('resource-exists', resourceShape).refine(
  objectHasBucket,
  OBJECT_NEEDS_BUCKET,
);

/** Passes when the resource exists. */
export function resourceExists(params: z.output<typeof resourceExistsSchema>, ctx: CheckContext): Verdict {
  const { exists, label } = lookUpResource(ctx.world.state, ctx.account, params);
  return exists ? verdict(true, `${label} exists`) : verdict(false, `${label} does not exist`);
}
