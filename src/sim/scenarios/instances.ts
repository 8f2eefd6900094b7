import { AVAILABILITY_ZONE, defaultSubnetId, defaultVpcId } from '../ec2/instance-view.ts';
import type { InstanceRecord } from '../ec2/state.ts';
import type { World } from '../world/world.ts';
import { ScenarioError } from './load.ts';
import type { Scenario } from './schema.ts';

/**
 * Creates the scenario's running instances directly in state (not through RunInstances, so CloudTrail's event history
 * starts empty). Each gets its own reservation and the next free address of the default subnet.
 */
export function buildInstances(world: World, s: Scenario, created: string): void {
  const { state, ids } = world;
  s.instances.forEach((spec, i) => {
    const account = state.accounts[spec.account];
    if (!account)
      throw new ScenarioError(
        s.name,
        `instances[${i}].account`,
        `account ${spec.account} is not listed under accounts`,
      );
    const instance: InstanceRecord = {
      instanceId: ids.instanceId(),
      imageId: spec.imageId,
      instanceType: spec.instanceType,
      reservationId: ids.hexId('r-'),
      amiLaunchIndex: 0,
      state: 'running',
      launchTime: `${created.slice(0, 19)}.000Z`,
      // Sequential from .10: deterministic and clear of the four addresses AWS reserves.
      privateIp: `10.0.1.${10 + Object.keys(account.ec2.instances).length}`,
      subnetId: defaultSubnetId(account.id),
      vpcId: defaultVpcId(account.id),
      availabilityZone: AVAILABILITY_ZONE,
      tags: [{ Key: 'Name', Value: spec.name }, ...spec.tags.map((t) => ({ Key: t.Key, Value: t.Value }))],
      httpTokens: spec.httpTokens,
      httpEndpoint: 'enabled',
      httpPutResponseHopLimit: 1,
      stateTransitionReason: '',
      imdsCredentials: null,
    };
    account.ec2.instances[instance.instanceId] = instance;
  });
}
