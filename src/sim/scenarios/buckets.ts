import { utf8 } from '../s3/body.ts';
import { checkBucketPolicy } from '../s3/bucket-policy-check.ts';
import { validBucketName } from '../s3/buckets.ts';
import { storeObject } from '../s3/objects.ts';
import type { BucketRecord } from '../s3/state.ts';
import type { World } from '../world/world.ts';
import { ScenarioError } from './load.ts';
import type { Scenario } from './schema.ts';

/** Creates the scenario's buckets (objects, policies) and trails; author mistakes name the field. */
export function buildBuckets(world: World, s: Scenario, created: string): void {
  const { state } = world;
  const taken = new Set<string>();
  s.buckets.forEach((b, i) => {
    const field = `buckets[${i}]`;
    const owner = state.accounts[b.account];
    if (!owner)
      throw new ScenarioError(
        s.name,
        `${field}.account`,
        `account ${b.account} is not listed under accounts`,
      );
    if (!validBucketName(b.name))
      throw new ScenarioError(s.name, `${field}.name`, `${b.name} is not a valid bucket name`);
    if (taken.has(b.name))
      throw new ScenarioError(s.name, `${field}.name`, `bucket ${b.name} is listed twice`);
    taken.add(b.name);
    const bucket: BucketRecord = {
      name: b.name,
      region: b.region,
      creationDate: created,
      policy: null,
      tags: null,
      objects: {},
    };
    owner.s3.buckets[b.name] = bucket;
    for (const o of b.objects) storeObject({ bucket, owner }, o.key, utf8(o.body), created, 'text/plain');
    if (b.policy !== undefined) {
      const text = typeof b.policy === 'string' ? b.policy : JSON.stringify(b.policy);
      const bad = checkBucketPolicy(state, b.name, text);
      if (bad) throw new ScenarioError(s.name, `${field}.policy`, `${bad.message} (a bucket policy)`);
      bucket.policy = text;
    }
  });
  s.trails.forEach((t, i) => {
    if (!state.accounts[t.account])
      throw new ScenarioError(
        s.name,
        `trails[${i}].account`,
        `account ${t.account} is not listed under accounts`,
      );
    if (!taken.has(t.bucket))
      throw new ScenarioError(s.name, `trails[${i}].bucket`, `no bucket named ${t.bucket} under buckets`);
    state.cloudtrail.trails.push({
      accountId: t.account,
      name: t.name,
      s3BucketName: t.bucket,
      isMultiRegionTrail: true,
      isOrganizationTrail: t.organization,
    });
  });
}
