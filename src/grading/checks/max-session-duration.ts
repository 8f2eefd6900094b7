import { z } from 'zod';
import { resolveRole, roleRef } from './refs.ts';
import { type CheckContext, checkSchema, type Verdict, verdict } from './types.ts';

/** `max-session-duration`: the role's MaxSessionDuration lies in [min, max] seconds. */
export const maxSessionDurationSchema = checkSchema('max-session-duration', {
  role: roleRef,
  min: z
    .number()
    .int()
    .min(3600)
    .max(43200)
    .default(3600)
    .describe('Lowest accepted value in seconds (inclusive)'),
  max: z
    .number()
    .int()
    .min(3600)
    .max(43200)
    .default(43200)
    .describe('Highest accepted value in seconds (inclusive)'),
}).refine((p) => p.min <= p.max, { message: 'min must not exceed max', path: ['min'] });

/** Passes when the role exists and its maximum session duration is within the range. */
export function maxSessionDuration(
  params: z.output<typeof maxSessionDurationSchema>,
  ctx: CheckContext,
): Verdict {
  const { role, name, accountId } = resolveRole(ctx.world.state, ctx.account, params.role);
  if (!role) return verdict(false, `there is no role named ${name} in account ${accountId}`);
  const d = role.maxSessionDuration;
  const range = `${params.min}–${params.max} seconds`;
  return d >= params.min && d <= params.max
    ? verdict(true, `${role.roleName} allows sessions of up to ${d} seconds (expected ${range})`)
    : verdict(false, `${role.roleName} allows sessions of up to ${d} seconds; expected ${range}`);
}
