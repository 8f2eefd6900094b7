import type { Operation } from '../world/operation.ts';
import { ec2Authorize } from './authorize.ts';
import { dryRunResult } from './dry-run.ts';
import { ec2Errors } from './errors.ts';
import { applyFilters, type Filter } from './filters.ts';
import { instanceView, privateDnsName } from './instance-view.ts';
import { associationOf, type Ec2State, type InstanceRecord } from './state.ts';

type P = { InstanceIds?: string[]; Filters?: Filter[]; DryRun?: boolean };

/** DescribeInstances: reservations in launch order, filtered by ids and the common filters. */
export const describeInstances: Operation = {
  authorization: null,
  run(params, ctx) {
    const p = params as P;
    const denied = ec2Authorize(ctx, { action: 'ec2:DescribeInstances', resource: '*' });
    if (denied) return denied;
    const dry = dryRunResult(p);
    if (dry) return dry;
    const all = Object.values(ctx.account.ec2.instances);
    const ids = p.InstanceIds ?? [];
    const missing = ids.filter((id) => !ctx.account.ec2.instances[id]);
    if (missing.length > 0) return ec2Errors.instanceNotFound(missing);
    const wanted = ids.length > 0 ? all.filter((i) => ids.includes(i.instanceId)) : all;
    const ec2 = ctx.account.ec2;
    const filtered = applyFilters(wanted, p.Filters ?? [], (i, name) => field(ec2, i, name));
    if ('kind' in filtered) return filtered;
    const reservations = new Map<string, InstanceRecord[]>();
    for (const instance of filtered) {
      const list = reservations.get(instance.reservationId) ?? [];
      list.push(instance);
      reservations.set(instance.reservationId, list);
    }
    return {
      Reservations: [...reservations].map(([reservationId, instances]) => ({
        ReservationId: reservationId,
        OwnerId: ctx.account.id,
        Groups: [],
        Instances: instances.map((i) => instanceView(ctx.account, i)),
      })),
    };
  },
};

/** Values of the supported DescribeInstances filters. */
function field(ec2: Ec2State, i: InstanceRecord, name: string): readonly string[] | undefined {
  if (name.startsWith('tag:')) return i.tags.filter((t) => t.Key === name.slice(4)).map((t) => t.Value);
  const profileArn = associationOf(ec2, i.instanceId)?.profileArn;
  switch (name) {
    case 'instance-id':
      return [i.instanceId];
    case 'instance-state-name':
      return [i.state];
    case 'instance-type':
      return [i.instanceType];
    case 'image-id':
      return [i.imageId];
    case 'tag-key':
      return i.tags.map((t) => t.Key);
    case 'private-ip-address':
      return [i.privateIp];
    case 'private-dns-name':
      return [privateDnsName(i.privateIp)];
    case 'iam-instance-profile.arn':
      return profileArn ? [profileArn] : [];
    case 'reservation-id':
      return [i.reservationId];
    default:
      return undefined;
  }
}
