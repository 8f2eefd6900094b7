import { describe, expect, it } from 'vitest';
import { sandbox } from '../scenarios/fixtures.ts';
import type { AccessDeniedError } from './access-denied.ts';
import { attachScp, createScp } from './accounts.ts';

const DEV = '111111111111';
const devRoot = { principal: `arn:aws:iam::${DEV}:root` };
const scp = (effect: 'Allow' | 'Deny', sid: string, action: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Sid: sid, Effect: effect, Action: action, Resource: '*' }],
  });

/** The sandbox with an SCP attached to the Workloads OU (dev and prod), optionally instead of FullAWSAccess. */
function withWorkloadsScp(name: string, document: string, replaceFullAccess = false) {
  const { world } = sandbox();
  const workloads = Object.values(world.state.organization?.units ?? {}).find((u) => u.name === 'Workloads');
  if (!workloads) throw new Error('the sandbox has a Workloads OU');
  const id = createScp(world.state, world.ids.random, name, document);
  if (replaceFullAccess) workloads.policyIds.length = 0;
  attachScp(world.state, id, workloads.id);
  return { world, id };
}

describe('SCPs in explanations', () => {
  it('an explicit deny names the SCP and its id; the AWS message names only the policy type', () => {
    const { world, id } = withWorkloadsScp('NoIamUsers', scp('Deny', 'NoIamUsers', 'iam:CreateUser'));
    const denied = world.call(devRoot, 'iam', 'CreateUser', { UserName: 'backdoor' }) as AccessDeniedError;
    expect(denied.message).toBe(
      `User: arn:aws:iam::${DEV}:root is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::${DEV}:user/backdoor with an explicit deny in a service control policy`,
    );
    expect(denied.evaluation.explanation.summary).toBe(
      `ExplicitDeny: statement "NoIamUsers" of SCP NoIamUsers (${id}) explicitly denies iam:CreateUser on arn:aws:iam::${DEV}:user/backdoor`,
    );
    const scps = denied.evaluation.explanation.policies.filter((p) => p.type === 'scp');
    expect(scps.map((p) => p.label)).toEqual([
      'SCP FullAWSAccess (p-FullAWSAccess)',
      expect.stringMatching(/^SCP Guardrails \(p-[0-9a-z]{8}\)$/),
      'SCP FullAWSAccess (p-FullAWSAccess)',
      `SCP NoIamUsers (${id})`,
      'SCP FullAWSAccess (p-FullAWSAccess)',
    ]);
  });

  it('a level with no Allow lists the SCPs attached there', () => {
    const { world, id } = withWorkloadsScp('OnlyS3', scp('Allow', 'S3', 's3:*'), true);
    const denied = world.call(devRoot, 'iam', 'ListRoles', {}) as AccessDeniedError;
    expect(denied.message).toBe(
      `User: arn:aws:iam::${DEV}:root is not authorized to perform: iam:ListRoles on resource: arn:aws:iam::${DEV}:role/ with an explicit deny in a service control policy`,
    );
    expect(denied.evaluation.explanation.summary).toBe(
      `ImplicitDeny: no SCP at level 1 (0 = root) allows iam:ListRoles on arn:aws:iam::${DEV}:role/ (attached there: SCP OnlyS3 (${id}))`,
    );
  });
});
