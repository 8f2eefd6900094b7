import type { ContextValues } from './request-context.ts';
import type { WorldState } from './state.ts';

const IAM_ENTITY = /^arn:aws:iam::(\d{12}):(role|user)\/(?:.*\/)?([^/]+)$/;

/**
 * The tags of the IAM role or user a request acts on, as `aws:ResourceTag/KEY` and `iam:ResourceTag/KEY` ("Controlling
 * access to IAM resources" with tags: both keys name the tags of the role or user in the request). Empty for other
 * resources.
 */
export function resourceTagContext(state: WorldState, resource: string): ContextValues {
  const match = IAM_ENTITY.exec(resource);
  if (!match) return {};
  const iam = state.accounts[match[1] ?? '']?.iam;
  const key = (match[3] ?? '').toLowerCase();
  const entity = match[2] === 'role' ? iam?.roles[key] : iam?.users[key];
  const context: ContextValues = {};
  for (const tag of entity?.tags ?? []) {
    context[`aws:ResourceTag/${tag.Key}`] = tag.Value;
    context[`iam:ResourceTag/${tag.Key}`] = tag.Value;
  }
  return context;
}
