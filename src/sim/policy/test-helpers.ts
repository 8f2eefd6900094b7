import type { NamedPolicy, PolicyType } from './model.ts';
import { parsePolicy } from './parse.ts';
import type { PolicyKind } from './types.ts';

const KINDS: Readonly<Record<PolicyType, PolicyKind>> = {
  identity: 'identity',
  resource: 'resource',
  permissionsBoundary: 'boundary',
  session: 'session',
  scp: 'scp',
};

/** Parses a test policy, failing loudly (tests only). */
export function policy(type: PolicyType, document: unknown, name?: string): NamedPolicy {
  const r = parsePolicy(document, KINDS[type]);
  if (!r.ok) throw new Error(`test policy is malformed: ${r.error.message}`);
  return name === undefined ? { type, document: r.policy } : { type, name, document: r.policy };
}

/** A one-statement 2012-10-17 document. */
export function doc(statement: Record<string, unknown>): unknown {
  return { Version: '2012-10-17', Statement: [statement] };
}
