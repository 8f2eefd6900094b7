import type { Operation } from '../world/operation.ts';
import { ec2Authorize, instanceArn } from './authorize.ts';
import { dryRunResult } from './dry-run.ts';
import { ec2Errors } from './errors.ts';

type P = {
  InstanceId: string;
  HttpTokens?: 'optional' | 'required';
  HttpPutResponseHopLimit?: number;
  HttpEndpoint?: 'enabled' | 'disabled';
  DryRun?: boolean;
};

/** ModifyInstanceMetadataOptions: takes effect at once here; the response reports State `pending` as AWS does. */
export const modifyInstanceMetadataOptions: Operation = {
  authorization: null,
  run(params, ctx) {
    const p = params as P;
    const instance = ctx.account.ec2.instances[p.InstanceId];
    if (!instance || instance.state === 'terminated') return ec2Errors.instanceNotFound([p.InstanceId]);
    const denied = ec2Authorize(ctx, {
      action: 'ec2:ModifyInstanceMetadataOptions',
      resource: instanceArn(ctx, p.InstanceId),
    });
    if (denied) return denied;
    const dry = dryRunResult(p);
    if (dry) return dry;
    if (p.HttpTokens) instance.httpTokens = p.HttpTokens;
    if (p.HttpEndpoint) instance.httpEndpoint = p.HttpEndpoint;
    if (p.HttpPutResponseHopLimit !== undefined) instance.httpPutResponseHopLimit = p.HttpPutResponseHopLimit;
    return {
      InstanceId: instance.instanceId,
      InstanceMetadataOptions: {
        State: 'pending',
        HttpTokens: instance.httpTokens,
        HttpPutResponseHopLimit: instance.httpPutResponseHopLimit,
        HttpEndpoint: instance.httpEndpoint,
        HttpProtocolIpv6: 'disabled',
        InstanceMetadataTags: 'disabled',
      },
    };
  },
};
