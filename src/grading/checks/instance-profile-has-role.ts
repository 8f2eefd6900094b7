import { z } from 'zod';
import { profileRoleName } from './instances.ts';
import { roleRef } from './refs.ts';
import { type CheckContext, checkSchema, type Verdict, verdict } from './types.ts';

/** `instance-profile-has-role`: the instance profile exists and holds the role. */
export const instanceProfileHasRoleSchema = checkSchema('instance-profile-has-role', {
  profile: z.string().min(1).describe('Instance profile name (learner account)'),
  role: roleRef.describe('Role name the profile must hold'),
});

/** Passes when the profile holds the role. */
export function instanceProfileHasRole(
  params: z.output<typeof instanceProfileHasRoleSchema>,
  ctx: CheckContext,
): Verdict {
  const account = ctx.world.state.accounts[ctx.account];
  const profile = account?.iam.instanceProfiles[params.profile.toLowerCase()];
  if (!account || !profile)
    return verdict(false, `there is no instance profile named ${params.profile} in account ${ctx.account}`);
  const wanted = params.role.slice(params.role.lastIndexOf('/') + 1);
  const held = profileRoleName(account, profile);
  if (held === null)
    return verdict(
      false,
      `instance profile ${profile.instanceProfileName} holds no role; add ${wanted} to it`,
    );
  return held.toLowerCase() === wanted.toLowerCase()
    ? verdict(true, `instance profile ${profile.instanceProfileName} holds role ${held}`)
    : verdict(false, `instance profile ${profile.instanceProfileName} holds role ${held}, not ${wanted}`);
}
