import { z } from 'zod';
import { findInstance, profileOf, profileRoleName } from './instances.ts';
import { roleRef } from './refs.ts';
import { type CheckContext, checkSchema, type Verdict, verdict } from './types.ts';

/** `instance-uses-profile`: the instance's associated profile (and through it, its role) is the expected one. */
export const instanceUsesProfileSchema = checkSchema('instance-uses-profile', {
  instance: z.string().min(1).describe('Instance id (i-…) or Name tag (learner account)'),
  profile: z.string().min(1).optional().describe('Expected instance profile name'),
  role: roleRef.optional().describe('Expected role, reached through the profile'),
}).refine((p) => p.profile !== undefined || p.role !== undefined, {
  message: 'give profile, role or both',
  path: ['profile'],
});

/** Passes when the instance → profile → role chain matches what is given. */
export function instanceUsesProfile(
  params: z.output<typeof instanceUsesProfileSchema>,
  ctx: CheckContext,
): Verdict {
  const account = ctx.world.state.accounts[ctx.account];
  const instance = account ? findInstance(account, params.instance) : undefined;
  if (!account || !instance)
    return verdict(false, `there is no instance ${params.instance} in account ${ctx.account}`);
  const label = `instance ${params.instance}${params.instance === instance.instanceId ? '' : ` (${instance.instanceId})`}`;
  const profile = profileOf(account, instance);
  if (!profile) return verdict(false, `${label} has no instance profile associated`);
  const name = profile.instanceProfileName;
  if (params.profile !== undefined && name.toLowerCase() !== params.profile.toLowerCase())
    return verdict(false, `${label} uses instance profile ${name}, not ${params.profile}`);
  const role = profileRoleName(account, profile);
  if (params.role !== undefined) {
    const wanted = params.role.slice(params.role.lastIndexOf('/') + 1);
    if (role === null) return verdict(false, `${label} uses instance profile ${name}, which holds no role`);
    if (role.toLowerCase() !== wanted.toLowerCase())
      return verdict(false, `${label} uses instance profile ${name}, whose role is ${role}, not ${wanted}`);
  }
  return verdict(true, `${label} uses instance profile ${name}${role === null ? '' : ` with role ${role}`}`);
}
