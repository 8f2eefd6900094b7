import { describe, expect, it } from 'vitest';
import { defaultSandbox } from './default-sandbox.ts';
import { loadScenario } from './load.ts';

describe('scenario buckets and trails', () => {
  it('the default sandbox has the exercise buckets and the organization trail', () => {
    const world = loadScenario(defaultSandbox);
    expect(Object.keys(world.state.accounts['999999999999']?.s3.buckets ?? {})).toEqual(['account-b-bucket']);
    const reports = world.state.accounts['111111111111']?.s3.buckets['dev-reports-111111111111'];
    expect(Object.keys(reports?.objects ?? {})).toEqual([
      'reports/2025-01.csv',
      'reports/2025-02.csv',
      'private/salaries.csv',
    ]);
    expect(world.state.cloudtrail.trails).toEqual([
      expect.objectContaining({ accountId: '123456789012', name: 'organization-trail' }),
    ]);
  });

  it('author mistakes name the field', () => {
    const bucket = { account: '111111111111', name: 'lesson-bucket' };
    expect(() => loadScenario({ ...defaultSandbox, buckets: [{ ...bucket, name: 'Bad_Name' }] })).toThrow(
      'scenario default-sandbox: buckets[0].name: Bad_Name is not a valid bucket name',
    );
    const policy = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }],
    };
    expect(() => loadScenario({ ...defaultSandbox, buckets: [{ ...bucket, policy }] })).toThrow(
      'scenario default-sandbox: buckets[0].policy: Policy has invalid resource (a bucket policy)',
    );
    expect(() =>
      loadScenario({
        ...defaultSandbox,
        trails: [{ account: '111111111111', name: 't', bucket: 'missing' }],
      }),
    ).toThrow('scenario default-sandbox: trails[0].bucket: no bucket named missing under buckets');
  });
});
