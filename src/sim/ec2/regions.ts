import type { Operation } from '../world/operation.ts';
import { ec2Authorize } from './authorize.ts';
import { applyFilters, type Filter } from './filters.ts';

/** Regions enabled by default (not opt-in), as DescribeRegions lists them. */
const REGIONS = [
  'ap-south-1',
  'eu-north-1',
  'eu-west-3',
  'eu-west-2',
  'eu-west-1',
  'ap-northeast-3',
  'ap-northeast-2',
  'ap-northeast-1',
  'ca-central-1',
  'sa-east-1',
  'ap-southeast-1',
  'ap-southeast-2',
  'eu-central-1',
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
] as const;

type P = { RegionNames?: string[]; Filters?: Filter[] };

/** DescribeRegions: `ec2.REGION.amazonaws.com` endpoints, all `opt-in-not-required`. */
export const describeRegions: Operation = {
  authorization: null,
  run(params, ctx) {
    const p = params as P;
    const denied = ec2Authorize(ctx, { action: 'ec2:DescribeRegions', resource: '*' });
    if (denied) return denied;
    const names = p.RegionNames ?? [];
    const wanted = REGIONS.filter((r) => names.length === 0 || names.includes(r));
    const filtered = applyFilters(wanted, p.Filters ?? [], (r, name) =>
      name === 'region-name' ? [r] : name === 'endpoint' ? [`ec2.${r}.amazonaws.com`] : undefined,
    );
    if (!Array.isArray(filtered)) return filtered;
    return {
      Regions: filtered.map((r) => ({
        Endpoint: `ec2.${r}.amazonaws.com`,
        RegionName: r,
        OptInStatus: 'opt-in-not-required',
      })),
    };
  },
};
