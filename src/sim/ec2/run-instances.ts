import { isAwsError } from '../aws-error.ts';
import type { Operation, OperationContext } from '../world/operation.ts';
import { ec2Authorize, instanceArn } from './authorize.ts';
import { dryRunResult } from './dry-run.ts';
import { ec2Errors } from './errors.ts';
import { AVAILABILITY_ZONE, defaultSubnetId, defaultVpcId, instanceView } from './instance-view.ts';
import { authorizePassRole, type ProfileSpec, resolveProfile } from './profile-lookup.ts';
import type { Ec2Tag, InstanceRecord } from './state.ts';

type P = {
  ImageId?: string;
  InstanceType?: string;
  MinCount: number;
  MaxCount: number;
  IamInstanceProfile?: ProfileSpec;
  TagSpecifications?: { ResourceType?: string; Tags?: Ec2Tag[] }[];
  MetadataOptions?: { HttpTokens?: 'optional' | 'required'; HttpPutResponseHopLimit?: number };
  DryRun?: boolean;
};

/**
 * RunInstances: ec2:RunInstances on `instance/*`, ec2:CreateTags when tagging on launch, iam:PassRole when a profile
 * with a role is given. Instances start `pending` in the response and are `running` right after (no boot delay).
 */
export const runInstances: Operation = {
  authorization: null,
  run(params, ctx) {
    const p = params as P;
    if (p.ImageId === undefined) return ec2Errors.missingImage();
    if (!/^ami-[0-9a-f]{8,17}$/.test(p.ImageId)) return ec2Errors.invalidAmi(p.ImageId);
    if (p.MinCount > p.MaxCount || p.MinCount < 1) return ec2Errors.invalidCount();
    const denied = ec2Authorize(ctx, { action: 'ec2:RunInstances', resource: instanceArn(ctx, '*') });
    if (denied) return denied;
    const tags = (p.TagSpecifications ?? [])
      .filter((s) => s.ResourceType === undefined || s.ResourceType === 'instance')
      .flatMap((s) => s.Tags ?? []);
    if (tags.length > 0) {
      const tagDenied = ec2Authorize(ctx, {
        action: 'ec2:CreateTags',
        resource: instanceArn(ctx, '*'),
        context: { 'ec2:CreateAction': 'RunInstances' },
      });
      if (tagDenied) return tagDenied;
    }
    const profile = p.IamInstanceProfile ? resolveProfile(ctx, p.IamInstanceProfile) : null;
    if (isAwsError(profile)) return profile;
    if (profile) {
      const passDenied = authorizePassRole(ctx, profile);
      if (passDenied) return passDenied;
    }
    const dry = dryRunResult(p);
    if (dry) return dry;
    const reservationId = ctx.ids.hexId('r-');
    const launched = Array.from({ length: p.MaxCount }, (_, index) =>
      launch(ctx, p, reservationId, index, tags),
    );
    if (profile) {
      for (const instance of launched) {
        const associationId = ctx.ids.hexId('iip-assoc-');
        ctx.account.ec2.associations[associationId] = {
          associationId,
          instanceId: instance.instanceId,
          profileArn: profile.profile.arn,
          profileId: profile.profile.instanceProfileId,
          profileKey: profile.key,
          state: 'associated',
          timestamp: ctx.timestamp,
        };
      }
    }
    return {
      ReservationId: reservationId,
      OwnerId: ctx.account.id,
      Groups: [],
      Instances: launched.map((instance) => instanceView(ctx.account, instance, 'pending')),
    };
  },
};

function launch(
  ctx: OperationContext,
  p: P,
  reservationId: string,
  index: number,
  tags: readonly Ec2Tag[],
): InstanceRecord {
  const instance: InstanceRecord = {
    instanceId: ctx.ids.instanceId(),
    imageId: p.ImageId ?? '',
    instanceType: p.InstanceType ?? 'm1.small',
    reservationId,
    amiLaunchIndex: index,
    state: 'running',
    launchTime: `${ctx.timestamp.slice(0, 19)}.000Z`,
    privateIp: privateIp(ctx),
    subnetId: defaultSubnetId(ctx.account.id),
    vpcId: defaultVpcId(ctx.account.id),
    availabilityZone: AVAILABILITY_ZONE,
    tags: tags.map((t) => ({ Key: t.Key, Value: t.Value })),
    httpTokens: p.MetadataOptions?.HttpTokens ?? 'optional',
    httpEndpoint: 'enabled',
    httpPutResponseHopLimit: p.MetadataOptions?.HttpPutResponseHopLimit ?? 1,
    stateTransitionReason: '',
    imdsCredentials: null,
  };
  ctx.account.ec2.instances[instance.instanceId] = instance;
  return instance;
}

/** A free address in the default subnet 10.0.1.0/24 (hosts .4–.254; AWS reserves the first four). */
function privateIp(ctx: OperationContext): string {
  const used = new Set(Object.values(ctx.account.ec2.instances).map((i) => i.privateIp));
  for (let tries = 0; tries < 1000; tries++) {
    const ip = `10.0.1.${4 + (ctx.ids.random.nextUint32() % 251)}`;
    if (!used.has(ip)) return ip;
  }
  throw new Error('the default subnet has no free address');
}
