import type { z } from 'zod';
import { resolveRole, roleRef } from './refs.ts';
import { type CheckContext, checkSchema, type Verdict, verdict } from './types.ts';

/** `role-absent`: the role is gone (the cleanup exercises). */
export const roleAbsentSchema = checkSchema('role-absent', { role: roleRef });

/** Passes when no role by that name exists. */
export function roleAbsent(params: z.output<typeof roleAbsentSchema>, ctx: CheckContext): Verdict {
  const { name, accountId, role } = resolveRole(ctx.world.state, ctx.account, params.role);
  return role
    ? verdict(false, `role ${role.roleName} still exists in account ${accountId}`)
    : verdict(true, `there is no role named ${name} in account ${accountId}`);
}
