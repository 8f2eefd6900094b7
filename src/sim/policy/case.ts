import { z } from 'zod';
import type { EvalRequest, NamedPolicy, PolicySet, PolicyType } from './model.ts';
import { parsePolicy } from './parse.ts';
import type { PolicyKind } from './types.ts';

const contextValue = z.union([z.string(), z.array(z.string())]);
const decision = z.enum(['Allow', 'ExplicitDeny', 'ImplicitDeny']);

/** One policy case (spec/policy-case.md). Unknown extra fields, such as a `rule` note, are tolerated. */
export const policyCaseSchema = z.looseObject({
  id: z.string().min(1).describe('Unique kebab-case id'),
  description: z.string().optional().describe('What the case shows'),
  rule: z.string().optional().describe('The documented rule the case pins'),
  request: z.looseObject({
    principal: z.string().describe('Caller: ARN, account id, service principal, provider or "*"'),
    action: z.string().describe('service:Action'),
    resource: z.string().describe('Resource ARN'),
    resourceAccount: z.string().optional().describe('Owner account when the ARN names none'),
    context: z.record(z.string(), contextValue).optional().describe('Request context keys'),
  }),
  policies: z.looseObject({
    identity: z.array(z.unknown()).nullish().describe('Identity-based policy documents'),
    resource: z.unknown().optional().describe('Resource-based policy document or null'),
    permissionsBoundary: z.unknown().optional().describe('Permissions boundary document or null'),
    session: z.array(z.unknown()).nullish().describe('Session policy documents or null'),
    scps: z.array(z.array(z.unknown())).nullish().describe('SCP levels root → account'),
  }),
  expected: z.looseObject({ decision }).optional().describe('The answer AWS gives'),
});

/** A case ready to evaluate. */
export interface LoadedCase {
  readonly id: string;
  readonly description?: string;
  readonly request: EvalRequest;
  readonly policies: PolicySet;
  readonly expected?: z.infer<typeof decision>;
}

/** Loading result: the case, or a one-line message naming the case and field. */
export type LoadResult =
  | { readonly ok: true; readonly value: LoadedCase }
  | { readonly ok: false; readonly message: string };

/** Validates one raw case and parses its policy documents. `index` is its position in the input. */
export function loadCase(raw: unknown, index: number): LoadResult {
  const rawId = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  const name = typeof rawId === 'string' ? `case ${index} (${JSON.stringify(rawId)})` : `case ${index}`;
  const shape = policyCaseSchema.safeParse(raw);
  if (!shape.success) {
    const issue = shape.error.issues[0];
    return {
      ok: false,
      message: `${name}: ${issue ? `${formatPath(issue.path)}: ${issueText(issue)}` : 'invalid case'}`,
    };
  }
  const c = shape.data;
  const slots: [PolicyType, PolicyKind, string, unknown][] = [];
  for (const [i, d] of (c.policies.identity ?? []).entries())
    slots.push(['identity', 'identity', `policies.identity[${i}]`, d]);
  if (c.policies.resource != null)
    slots.push(['resource', 'resource', 'policies.resource', c.policies.resource]);
  if (c.policies.permissionsBoundary != null) {
    slots.push([
      'permissionsBoundary',
      'boundary',
      'policies.permissionsBoundary',
      c.policies.permissionsBoundary,
    ]);
  }
  for (const [i, d] of (c.policies.session ?? []).entries())
    slots.push(['session', 'session', `policies.session[${i}]`, d]);
  for (const [l, level] of (c.policies.scps ?? []).entries()) {
    for (const [i, d] of level.entries()) slots.push(['scp', 'scp', `policies.scps[${l}][${i}]`, d]);
  }
  const parsed: NamedPolicy[] = [];
  for (const [type, kind, path, document] of slots) {
    const r = parsePolicy(document, kind);
    if (!r.ok) {
      const at = r.path ? ` (at ${r.path})` : '';
      return { ok: false, message: `${name}: ${path}: ${r.error.code}: ${r.error.message}${at}` };
    }
    parsed.push({ type, document: r.policy });
  }
  const of = (type: PolicyType) => parsed.filter((p) => p.type === type);
  const scps = (c.policies.scps ?? []).map((level, l) => {
    const before = (c.policies.scps ?? []).slice(0, l).reduce((n, lv) => n + lv.length, 0);
    return of('scp').slice(before, before + level.length);
  });
  const policies: PolicySet = {
    identity: of('identity'),
    resource: of('resource')[0] ?? null,
    permissionsBoundary: of('permissionsBoundary')[0] ?? null,
    session: c.policies.session ? of('session') : null,
    scps: c.policies.scps ? scps : null,
  };
  const { principal, action, resource, resourceAccount, context } = c.request;
  const request: EvalRequest = {
    principal,
    action,
    resource,
    ...(resourceAccount === undefined ? {} : { resourceAccount }),
    ...(context === undefined ? {} : { context }),
  };
  return {
    ok: true,
    value: {
      id: c.id,
      ...(c.description === undefined ? {} : { description: c.description }),
      request,
      policies,
      ...(c.expected ? { expected: c.expected.decision } : {}),
    },
  };
}

function issueText(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    const expected = String(issue.expected);
    return `expected ${/^[aeiou]/.test(expected) ? 'an' : 'a'} ${expected}`;
  }
  if (issue.code === 'invalid_value')
    return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  return issue.message;
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(case)';
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}
