import type { Operation } from '../world/operation.ts';

type P = { trailNameList?: string[] };

/** DescribeTrails: the caller's account's trails (all, or those named by name or ARN). */
export const describeTrails: Operation = {
  authorization: () => ({ action: 'cloudtrail:DescribeTrails', resource: '*' }),
  run(params, ctx) {
    const names = (params as P).trailNameList ?? [];
    const trails = ctx.state.cloudtrail.trails
      .filter((t) => t.accountId === ctx.account.id)
      .map((t) => ({ ...t, arn: `arn:aws:cloudtrail:us-east-1:${t.accountId}:trail/${t.name}` }))
      .filter((t) => names.length === 0 || names.includes(t.name) || names.includes(t.arn));
    return {
      trailList: trails.map((t) => ({
        Name: t.name,
        S3BucketName: t.s3BucketName,
        IncludeGlobalServiceEvents: true,
        IsMultiRegionTrail: t.isMultiRegionTrail,
        HomeRegion: 'us-east-1',
        TrailARN: t.arn,
        LogFileValidationEnabled: false,
        HasCustomEventSelectors: false,
        HasInsightSelectors: false,
        IsOrganizationTrail: t.isOrganizationTrail,
      })),
    };
  },
};
