import type { Operation } from '../world/operation.ts';
import { ec2Authorize, instanceArn } from './authorize.ts';
import { dryRunResult } from './dry-run.ts';
import { ec2Errors } from './errors.ts';
import type { Ec2Tag } from './state.ts';

type P = { Resources: string[]; Tags: Ec2Tag[]; DryRun?: boolean };

/** CreateTags on instances (the only taggable resource simulated): adds or overwrites keys. */
export const createTags: Operation = {
  authorization: null,
  run(params, ctx) {
    const p = params as P;
    for (const id of p.Resources) {
      if (!id.startsWith('i-')) return ec2Errors.tagResourceNotFound(id);
      if (!ctx.account.ec2.instances[id]) return ec2Errors.instanceNotFound([id]);
      const denied = ec2Authorize(ctx, { action: 'ec2:CreateTags', resource: instanceArn(ctx, id) });
      if (denied) return denied;
    }
    const dry = dryRunResult(p);
    if (dry) return dry;
    for (const id of p.Resources) {
      const instance = ctx.account.ec2.instances[id];
      if (!instance) continue;
      for (const tag of p.Tags) {
        const value = tag.Value ?? '';
        const existing = instance.tags.findIndex((t) => t.Key === tag.Key);
        if (existing >= 0) instance.tags[existing] = { Key: tag.Key, Value: value };
        else instance.tags.push({ Key: tag.Key, Value: value });
      }
    }
    return {};
  },
};
