import { z } from 'zod';
import { findBucket } from '../../sim/s3/buckets.ts';
import type { WorldState } from '../../sim/world/state.ts';
import { findInstance } from './instances.ts';

/** The kinds of resource `resource-exists` / `resource-not-deleted` can look for. */
export const RESOURCE_TYPES = [
  'bucket',
  'object',
  'role',
  'user',
  'instance',
  'function',
  'table',
  'policy',
  'instance-profile',
] as const;

/** Parameters shared by `resource-exists` and `resource-not-deleted`. */
export const resourceShape = {
  type: z.enum(RESOURCE_TYPES).describe('What kind of resource'),
  name: z
    .string()
    .min(1)
    .describe(
      'Its name: bucket name, object key (with bucket), role/user/policy/profile/function/table name, instance id or Name tag',
    ),
  bucket: z.string().min(1).optional().describe('For type object: the bucket'),
  account: z
    .string()
    .regex(/^\d{12}$/)
    .optional()
    .describe('Owner account; the learner account by default (buckets are global)'),
};

type Params = z.output<z.ZodObject<typeof resourceShape>>;

/** Whether the resource exists now, with a label for feedback. */
export function lookUpResource(
  state: WorldState,
  learnerAccount: string,
  p: Params,
): { readonly exists: boolean; readonly label: string } {
  const accountId = p.account ?? learnerAccount;
  const account = state.accounts[accountId];
  const key = p.name.toLowerCase();
  switch (p.type) {
    case 'bucket':
      return { exists: findBucket(state, p.name) !== null, label: `bucket ${p.name}` };
    case 'object': {
      const bucket = p.bucket === undefined ? null : findBucket(state, p.bucket);
      return {
        exists: Boolean(bucket?.bucket.objects[p.name]),
        label: `object s3://${p.bucket ?? '?'}/${p.name}`,
      };
    }
    case 'role':
      return { exists: Boolean(account?.iam.roles[key]), label: `role ${p.name}` };
    case 'user':
      return { exists: Boolean(account?.iam.users[key]), label: `user ${p.name}` };
    case 'instance-profile':
      return { exists: Boolean(account?.iam.instanceProfiles[key]), label: `instance profile ${p.name}` };
    case 'policy': {
      const arn = p.name.startsWith('arn:') ? p.name : `arn:aws:iam::${accountId}:policy/${p.name}`;
      const found = Object.values(account?.iam.policies ?? {}).some(
        (x) => x.arn === arn || x.policyName === p.name,
      );
      return { exists: found, label: `managed policy ${p.name}` };
    }
    case 'instance':
      return { exists: Boolean(account && findInstance(account, p.name)), label: `instance ${p.name}` };
    case 'function':
      return { exists: Boolean(account?.lambda.functions[p.name]), label: `Lambda function ${p.name}` };
    case 'table':
      return { exists: Boolean(account?.dynamodb.tables[p.name]), label: `DynamoDB table ${p.name}` };
  }
}

/** Zod refinement: an object needs its bucket. */
export function objectHasBucket(p: { type: string; bucket?: string | undefined }): boolean {
  return p.type !== 'object' || p.bucket !== undefined;
}

export const OBJECT_NEEDS_BUCKET = { message: 'type object needs bucket', path: ['bucket'] };
