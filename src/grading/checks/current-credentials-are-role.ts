import { z } from 'zod';
import { isAwsError } from '../../sim/aws-error.ts';
import { authenticate } from '../../sim/world/credentials.ts';
import { resolveRole, roleRef } from './refs.ts';
import { type CheckContext, checkSchema, NO_CURRENT_CREDENTIALS, type Verdict, verdict } from './types.ts';

/** `current-credentials-are-role`: the credentials the learner's shell uses now belong to a session of the role. */
export const currentCredentialsAreRoleSchema = checkSchema('current-credentials-are-role', {
  role: roleRef,
  sessionName: z.string().min(1).optional().describe('Required role session name, when the task names one'),
});

/** Passes when the grader context's current caller authenticates as a live session of the role. */
export function currentCredentialsAreRole(
  params: z.output<typeof currentCredentialsAreRoleSchema>,
  ctx: CheckContext,
): Verdict {
  const { state } = ctx.world;
  const target = resolveRole(state, ctx.account, params.role);
  if (!ctx.currentCaller) return verdict(false, NO_CURRENT_CREDENTIALS);
  const who = authenticate(state, ctx.currentCaller, ctx.world.clock.now());
  if (isAwsError(who))
    return verdict(false, `your shell's credentials do not work: ${who.code}: ${who.message}`);
  if (who.kind !== 'session')
    return verdict(false, `your shell's credentials are ${who.arn}, not a session of ${target.name}`);
  const { session } = who;
  if (session.accountId !== target.accountId || session.roleKey !== target.name.toLowerCase())
    return verdict(
      false,
      `your shell's credentials are a session of ${session.roleName}, not of ${target.name}`,
    );
  if (params.sessionName !== undefined && session.sessionName !== params.sessionName)
    return verdict(
      false,
      `your session of ${session.roleName} is named ${session.sessionName}, not ${params.sessionName}`,
    );
  return verdict(true, `your shell's credentials are ${who.arn}, a session of ${session.roleName}`);
}
