import type { InstanceRecord } from '../../sim/ec2/state.ts';
import type { World } from '../../sim/world/index.ts';

/** An instance found by id, private IP or private DNS name (`ip-10-0-1-23.ec2.internal`), in any account. */
export function findInstance(world: World, target: string): InstanceRecord | undefined {
  for (const account of Object.values(world.state.accounts)) {
    for (const instance of Object.values(account.ec2.instances)) {
      const dns = `ip-${instance.privateIp.replaceAll('.', '-')}`;
      if (
        instance.instanceId === target ||
        instance.privateIp === target ||
        target === dns ||
        target.startsWith(`${dns}.`)
      )
        return instance;
    }
  }
  return undefined;
}

/** The hostname an Amazon Linux instance reports: `ip-10-0-1-23`. */
export function instanceHostname(instance: InstanceRecord): string {
  return `ip-${instance.privateIp.replaceAll('.', '-')}`;
}
