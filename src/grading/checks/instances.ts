import { associationOf, type InstanceRecord } from '../../sim/ec2/state.ts';
import type { InstanceProfileRecord } from '../../sim/iam/state.ts';
import type { AccountState } from '../../sim/world/state.ts';

/** An instance by id (`i-…`) or by its Name tag; terminated instances do not count. */
export function findInstance(account: AccountState, ref: string): InstanceRecord | undefined {
  const all = Object.values(account.ec2.instances).filter((i) => i.state !== 'terminated');
  return (
    all.find((i) => i.instanceId === ref) ??
    all.find((i) => i.tags.some((t) => t.Key === 'Name' && t.Value === ref))
  );
}

/** The instance profile associated with the instance now, if any. */
export function profileOf(
  account: AccountState,
  instance: InstanceRecord,
): InstanceProfileRecord | undefined {
  const association = associationOf(account.ec2, instance.instanceId);
  return association ? account.iam.instanceProfiles[association.profileKey] : undefined;
}

/** The display name of a profile's role (profiles hold at most one), or null. */
export function profileRoleName(account: AccountState, profile: InstanceProfileRecord): string | null {
  const key = profile.roles[0];
  if (key === undefined) return null;
  return account.iam.roles[key]?.roleName ?? key;
}
