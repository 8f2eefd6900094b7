import type { z } from 'zod';
import { resolveRole, roleRef } from './refs.ts';
import { type CheckContext, checkSchema, type Verdict, verdict } from './types.ts';

/** `role-exists`: the role is there. */
export const roleExistsSchema = checkSchema('role-exists', { role: roleRef });

/** Passes when the role exists. */
export function roleExists(params: z.output<typeof roleExistsSchema>, ctx: CheckContext): Verdict {
  const { name, accountId, role, otherPath } = resolveRole(ctx.world.state, ctx.account, params.role);
  if (role) return verdict(true, `role ${role.roleName} exists in account ${accountId} (${role.arn})`);
  if (otherPath !== undefined)
    return verdict(
      false,
      `role ${name} exists in account ${accountId} under path ${otherPath}, not where ${params.role} says`,
    );
  return verdict(false, `there is no role named ${name} in account ${accountId}`);
}
